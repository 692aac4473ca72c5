import { Group, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useAcademicYear } from '../../app/academic-year';
import { PageHeader } from '../../components/PageHeader';
import { RecordsTab } from './RecordsTab';
import { StaffHistoryDrawer } from './StaffHistoryDrawer';
import { StaffTab } from './StaffTab';
import { SummaryTab } from './SummaryTab';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';

/** Teachers and their professional development: the staff list, the year's records and the year's summary. */
export function StaffScreen() {
  const { year } = useAcademicYear();
  const [tab, setTab] = useState<string | null>('records');
  const [historyOf, setHistoryOf] = useState<number | null>(null);

  return (
    <>
      <PageHeader
        title="Повышение квалификации"
        description={`${year} учебный год · курсы, РМО, конференции, мастер-классы, конкурсы и выступления педагогов`}
        actions={
          <Group gap="xs">
            <DocumentActions request={{ kind: 'staffDevelopment', year }} />
            <ExportXlsxButton
              channel="staff:exportXlsx"
              input={{ year }}
              failText="Не удалось сохранить итоги в Excel."
            />
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="staff">Педагоги</Tabs.Tab>
          <Tabs.Tab value="records">Мероприятия</Tabs.Tab>
          <Tabs.Tab value="summary">Итоги года</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="staff">
          <StaffTab onHistory={setHistoryOf} />
        </Tabs.Panel>
        <Tabs.Panel value="records">
          <RecordsTab key={year} year={year} onHistory={setHistoryOf} onGoToStaff={() => setTab('staff')} />
        </Tabs.Panel>
        <Tabs.Panel value="summary">
          <SummaryTab year={year} />
        </Tabs.Panel>
      </Tabs>
      {historyOf !== null && <StaffHistoryDrawer staffId={historyOf} year={year} onClose={() => setHistoryOf(null)} />}
    </>
  );
}
