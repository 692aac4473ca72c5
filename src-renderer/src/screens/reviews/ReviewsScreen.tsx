import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconLockOpen, IconRubberStamp, IconTarget } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Review } from '@contract/reviews';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import './reviews-print.css';
import { statusText } from './reviews-text';
import { ApproveDialog } from './ApproveDialog';
import { ChangesAlert } from './ChangesAlert';
import { ChartsTab } from './ChartsTab';
import { IndicatorsTab } from './IndicatorsTab';
import { LevelsTab } from './LevelsTab';
import { MembersDrawer, type MembersTarget } from './MembersDrawer';
import { PartnersTab } from './PartnersTab';
import { confirmReopen } from './reopen';
import { TargetsDialog } from './TargetsDialog';
import { TextsTab } from './TextsTab';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';

const TITLE = 'Анализ эффективности';

function ReviewView({ review }: { review: Review }) {
  const { year, approval } = review;
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<string | null>('indicators');
  const [members, setMembers] = useState<MembersTarget | null>(null);
  const [targets, setTargets] = useState(false);
  const [approving, setApproving] = useState(false);
  const reopen = () => confirmReopen(year, () => queryClient.invalidateQueries());

  return (
    <>
      <PageHeader
        title={TITLE}
        description={`${year} учебный год · аналитическая справка: ${statusText(approval)}`}
        actions={
          <Stack gap="xs" align="flex-end" className="analysis-no-print">
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconTarget size={16} />}
                onClick={() => setTargets(true)}
                disabled={approval !== null}
                title={approval ? 'Справка утверждена: цели изменить нельзя' : undefined}
              >
                Цели на год
              </Button>
              <ExportXlsxButton
                channel="reviews:exportXlsx"
                input={{ year }}
                failText="Не удалось сохранить анализ в Excel."
              />
              {approval ? (
                <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={reopen}>
                  Открыть для изменений
                </Button>
              ) : (
                <Button leftSection={<IconRubberStamp size={16} />} onClick={() => setApproving(true)}>
                  Утвердить
                </Button>
              )}
            </Group>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Аналитическая справка:
              </Text>
              <DocumentActions request={{ kind: 'analyticReport', year }} />
            </Group>
          </Stack>
        }
      />
      {approval && approval.changes.length > 0 && (
        <ChangesAlert approvedOn={approval.approvedOn} changes={approval.changes} onReopen={reopen} />
      )}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="indicators">Показатели</Tabs.Tab>
          <Tabs.Tab value="levels">По уровням</Tabs.Tab>
          <Tabs.Tab value="partners">Партнёры</Tabs.Tab>
          <Tabs.Tab value="charts">Графики</Tabs.Tab>
          <Tabs.Tab value="report">Справка</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="indicators">
          <IndicatorsTab review={review} onMembers={setMembers} />
        </Tabs.Panel>
        <Tabs.Panel value="levels">
          <LevelsTab review={review} onMembers={setMembers} />
        </Tabs.Panel>
        <Tabs.Panel value="partners">
          <PartnersTab review={review} onMembers={setMembers} />
        </Tabs.Panel>
        {/* Drawn only while shown: a chart measures its width when it appears. */}
        <Tabs.Panel value="charts">{tab === 'charts' && <ChartsTab review={review} />}</Tabs.Panel>
        <Tabs.Panel value="report">
          <TextsTab key={approval ? 'approved' : 'draft'} review={review} />
        </Tabs.Panel>
      </Tabs>
      {members && (
        <MembersDrawer year={year} target={members} approved={approval !== null} onClose={() => setMembers(null)} />
      )}
      {targets && <TargetsDialog year={year} targets={review.targets} onClose={() => setTargets(false)} />}
      {approving && <ApproveDialog year={year} onClose={() => setApproving(false)} />}
    </>
  );
}

/** Анализ: the stage-4 review of the academic year chosen in the header. */
export function ReviewsScreen() {
  const { year } = useAcademicYear();
  const review = useApiQuery('reviews:get', { year });
  return (
    <div data-analysis-screen>
      {review.data ? (
        <ReviewView key={review.data.year} review={review.data} />
      ) : (
        <>
          <PageHeader title={TITLE} description={`${year} учебный год`} />
          <QueryState query={review}>{() => null}</QueryState>
        </>
      )}
    </div>
  );
}
