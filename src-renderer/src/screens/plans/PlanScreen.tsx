import { Button, Group, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconEye, IconPlus, IconRubberStamp } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentRequest } from '@contract/documents';
import type { Plan, PlanItem } from '@contract/plans';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';
import { ApprovalDialog, approvalSummary } from './ApprovalDialog';
import { confirmDeletePlanItem } from './delete-item';
import { GenerateEventsDialog } from './GenerateEventsDialog';
import { PlanItemDialog, type PlanItemTarget } from './PlanItemDialog';
import { AUDIENCES, groupsOf, matches, NO_FILTER, options, type Filter, type GroupBy } from './plan-filter';
import { PlanTable } from './PlanTable';
import { ITEM_FORMS } from './plan-text';
import { StartPlanPanel } from './StartPlanPanel';
import { ImportPlanButton } from './import/ImportPlanButton';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';
import { EmptyList } from '../../components/EmptyList';
import { FilterCount } from '../../components/FilterCount';
import { OneOfFilter, SearchFilter } from '../../components/list-filters';

function PlanView({ plan }: { plan: Plan }) {
  const { year } = plan;
  const queryClient = useQueryClient();
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [editing, setEditing] = useState<PlanItemTarget | null>(null);
  const [generating, setGenerating] = useState<PlanItem | null>(null);
  const [approving, setApproving] = useState(false);
  const [preview, setPreview] = useState(false);
  const filtered = Boolean(filter.partnerId || filter.directionId || filter.audience || filter.search.trim());
  const shown = plan.items.filter((item) => matches(item, filter));
  const groups = groupsOf(year, shown, groupBy, filtered);
  const request: DocumentRequest = { kind: 'plan', year, groupBy };
  const view = { values: filter, set: (change: Partial<Filter>) => setFilter({ ...filter, ...change }) };

  return (
    <>
      <PageHeader
        title="План совместной деятельности"
        description={`${year} учебный год · ${approvalSummary(plan.approval)}`}
        actions={
          <Group gap="xs">
            <ImportPlanButton />
            <Button variant="default" leftSection={<IconRubberStamp size={18} />} onClick={() => setApproving(true)}>
              Утверждение
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing({ month: null })}>
              Добавить мероприятие
            </Button>
          </Group>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <SegmentedControl
              aria-label="Группировать"
              data={[
                { value: 'month', label: 'По месяцам' },
                { value: 'partner', label: 'По партнёрам' },
              ]}
              value={groupBy}
              onChange={(value) => setGroupBy(value === 'partner' ? 'partner' : 'month')}
            />
            <SearchFilter view={view} placeholder="Поиск по названию" w={190} />
            <OneOfFilter
              view={view}
              field="partnerId"
              label="Партнёр"
              all="Все партнёры"
              w={190}
              data={options(plan.items, (i) => i.partnerIds.map((id, n) => [id, i.partnerNames[n] ?? String(id)]))}
              searchable
              nothingFoundMessage="Нет в плане"
            />
            <OneOfFilter
              view={view}
              field="directionId"
              label="Направление воспитания"
              all="Все направления"
              w={190}
              data={options(plan.items, (i) =>
                i.directionId !== null && i.directionName ? [[i.directionId, i.directionName]] : [],
              )}
            />
            <OneOfFilter view={view} field="audience" label="Участники" all="Все участники" w={165} data={AUDIENCES} />
          </Group>
          <Group justify="space-between">
            <FilterCount testId="plan-count" filtered={filtered} onReset={() => setFilter(NO_FILTER)}>
              {filtered
                ? `Найдено: ${countOf(shown.length, ITEM_FORMS)} из ${plan.items.length}`
                : `В плане ${countOf(plan.items.length, ITEM_FORMS)}`}
            </FilterCount>
            <Group gap="xs">
              <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => setPreview(true)}>
                Предпросмотр
              </Button>
              <DocumentActions request={request} />
              <ExportXlsxButton
                channel="plans:exportXlsx"
                input={{ year, groupBy }}
                failText="Не удалось сохранить план в Excel."
              />
            </Group>
          </Group>
        </Stack>
      </Paper>
      {groups.length === 0 ? (
        <EmptyList>
          {filtered
            ? 'Ничего не найдено. Измените условия отбора.'
            : 'В плане пока нет мероприятий. Нажмите «Добавить мероприятие».'}
        </EmptyList>
      ) : (
        <PlanTable
          groups={groups}
          onAdd={(group) => setEditing({ month: group.month, partnerId: group.partnerId })}
          onEdit={(item) => setEditing({ item })}
          onGenerate={setGenerating}
          onDelete={(item) => confirmDeletePlanItem(item, () => queryClient.invalidateQueries())}
        />
      )}
      {editing && <PlanItemDialog year={year} target={editing} onClose={() => setEditing(null)} />}
      {generating && <GenerateEventsDialog year={year} item={generating} onClose={() => setGenerating(null)} />}
      {approving && <ApprovalDialog year={year} approval={plan.approval} onClose={() => setApproving(false)} />}
      <DocumentPreviewModal request={request} opened={preview} onClose={() => setPreview(false)} />
    </>
  );
}

export function PlanScreen() {
  const { year } = useAcademicYear();
  const plan = useApiQuery('plans:get', { year });
  if (plan.data?.exists) return <PlanView key={plan.data.year} plan={plan.data} />;
  return (
    <>
      <PageHeader title="План совместной деятельности" description={`${year} учебный год`} />
      <QueryState query={plan}>{() => <StartPlanPanel key={year} year={year} />}</QueryState>
    </>
  );
}
