import { Anchor, Button, Group, Paper, Tabs, Text } from '@mantine/core';
import { IconFileText, IconPencil, IconReportAnalytics, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '@contract/dates';
import { responseText, SURVEY_MODE_LABELS, type Survey } from '@contract/surveys';
import { useApiQuery } from '../../api/queries';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { IndexBadge } from './labels';
import { ResponsesEntry } from './ResponsesEntry';
import { ResultsView } from './ResultsView';
import { RunDetailsDialog } from './RunDetailsDialog';
import { confirmDeleteSurvey, confirmDiscard } from './survey-actions';
import { TallyEntry } from './TallyEntry';

type Tab = 'entry' | 'results';

function Summary({ survey }: { survey: Survey }) {
  const results = useApiQuery('surveys:results', { id: survey.id });
  return (
    <Paper withBorder p="md" mb="md">
      <Group gap="xl">
        <div>
          <Text size="xs" c="dimmed">
            Ответили
          </Text>
          <Text fw={600} data-testid="survey-response">
            {responseText(survey.respondents, survey.families, survey.responseRate)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Индекс удовлетворённости
          </Text>
          <IndexBadge index={results.data?.overall.index ?? null} band={results.data?.overall.band ?? null} />
        </div>
      </Group>
    </Paper>
  );
}

function RunPage({ survey, onBack }: { survey: Survey; onBack(): void }) {
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<Tab>(survey.hasResults ? 'results' : 'entry');
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState(false);
  const [blank, setBlank] = useState(false);
  const [resultsDocument, setResultsDocument] = useState(false);

  return (
    <>
      <BackLink onClick={() => confirmDiscard(dirty, onBack)} />
      <PageHeader
        title={survey.title}
        description={`${formatDate(survey.conductedOn)} · ${survey.year} учебный год · ${SURVEY_MODE_LABELS[survey.mode]}`}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconReportAnalytics size={16} />}
              onClick={() => setResultsDocument(true)}
              disabled={!survey.hasResults}
            >
              Результаты для печати
            </Button>
            {survey.templateId !== null && (
              <Button variant="default" leftSection={<IconFileText size={16} />} onClick={() => setBlank(true)}>
                Бланк анкеты
              </Button>
            )}
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Изменить
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => confirmDeleteSurvey(survey, () => (onBack(), queryClient.invalidateQueries()))}
            >
              Удалить
            </Button>
          </Group>
        }
      />
      {survey.notes && (
        <Text size="sm" c="dimmed" mb="sm">
          {survey.notes}
        </Text>
      )}
      <Summary survey={survey} />
      <Tabs
        value={tab}
        onChange={(value) => setTab(value === 'results' ? 'results' : 'entry')}
        // Hidden, not suspended: unsaved entries stay guarded while the results are looked at.
        keepMountedMode="display-none"
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="entry">Ввод результатов</Tabs.Tab>
          <Tabs.Tab value="results">Результаты</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="entry">
          {survey.mode === 'tally' ? (
            <TallyEntry survey={survey} onDirtyChange={setDirty} onSaved={() => setTab('results')} />
          ) : (
            <ResponsesEntry survey={survey} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="results">{tab === 'results' && <ResultsView survey={survey} />}</Tabs.Panel>
      </Tabs>
      {editing && <RunDetailsDialog survey={survey} onClose={() => setEditing(false)} />}
      <DocumentPreviewModal
        request={{ kind: 'surveyResults', id: survey.id }}
        opened={resultsDocument}
        onClose={() => setResultsDocument(false)}
      />
      {survey.templateId !== null && (
        <DocumentPreviewModal
          request={{ kind: 'surveyBlank', templateId: survey.templateId }}
          opened={blank}
          onClose={() => setBlank(false)}
        />
      )}
    </>
  );
}

function BackLink({ onClick }: { onClick(): void }) {
  return (
    <Anchor component="button" type="button" size="sm" mb="xs" onClick={onClick}>
      ← Все анкетирования
    </Anchor>
  );
}

/** One survey: its results entered as a tally or questionnaire by questionnaire, and read with the comparison. */
export function SurveyRunView({ id, onBack }: { id: number; onBack(): void }) {
  const survey = useApiQuery('surveys:get', { id });
  if (survey.data) return <RunPage survey={survey.data} onBack={onBack} />;
  return (
    <>
      <BackLink onClick={onBack} />
      <PageHeader title="Анкетирование" />
      <QueryState query={survey}>{() => null}</QueryState>
    </>
  );
}
