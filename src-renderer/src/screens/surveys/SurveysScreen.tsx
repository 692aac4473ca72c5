import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAcademicYear } from '../../app/academic-year';
import { PageHeader } from '../../components/PageHeader';
import { NewSurveyDialog } from './NewSurveyDialog';
import { RunsList } from './RunsList';
import { confirmDiscard } from './survey-actions';
import { SurveyRunView } from './SurveyRunView';
import { TemplatesPanel } from './TemplatesPanel';

type Tab = 'runs' | 'templates';

/**
 * «Анкетирование родителей»: the year's surveys with their index and response rate, the questionnaires (templates)
 * and their blanks; `?survey=ID` opens one survey: entering its results and reading them.
 */
export function SurveysScreen() {
  const { year } = useAcademicYear();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [templatesDirty, setTemplatesDirty] = useState(false);
  const surveyId = Number(params.get('survey') ?? '');
  const tab: Tab = params.get('tab') === 'templates' ? 'templates' : 'runs';
  const open = (id: number) => confirmDiscard(templatesDirty, () => setParams({ survey: String(id) }));

  if (Number.isInteger(surveyId) && surveyId > 0) {
    return <SurveyRunView key={surveyId} id={surveyId} onBack={() => setParams({})} />;
  }
  return (
    <>
      <PageHeader
        title="Анкетирование родителей"
        description={`${year} учебный год`}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            Новое анкетирование
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'templates' ? { tab: 'templates' } : {})}
        // Hidden, not suspended: a questionnaire being edited stays as typed, and guarded, on the other tab.
        keepMountedMode="display-none"
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="runs">Анкетирования года</Tabs.Tab>
          <Tabs.Tab value="templates">Анкеты и бланки</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="runs">
          <RunsList year={year} onOpen={open} onCreate={() => setCreating(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel onDirtyChange={setTemplatesDirty} />
        </Tabs.Panel>
      </Tabs>
      {creating && <NewSurveyDialog year={year} onClose={() => setCreating(false)} onCreated={open} />}
    </>
  );
}
