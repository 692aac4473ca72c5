import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconEye, IconPlus, IconRubberStamp } from '@tabler/icons-react';
import { useState } from 'react';
import {
  ACQUISITION_SOURCES,
  ACQUISITION_SOURCE_LABELS,
  ACQUISITION_STATUSES,
  ACQUISITION_STATUS_LABELS,
  MAX_PLAN_SPAN_YEARS,
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  NO_ACQUISITION_FILTER,
  planYearsText,
  type Acquisition,
  type AcquisitionFilter,
  type AcquisitionSource,
  type AcquisitionStatus,
  type PlanYears,
} from '@contract/acquisitions';
import type { DocumentRequest } from '@contract/documents';
import { useApiQuery } from '../../api/queries';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';
import { changeAcquisitionStatus, confirmDeleteAcquisition } from './acquisition-actions';
import { ITEM_FORMS } from './acquisition-groups';
import { AcquiredDialog } from './AcquiredDialog';
import { AcquisitionApprovalDialog, approvalSummary } from './AcquisitionApprovalDialog';
import { AcquisitionDialog, type AcquisitionTarget } from './AcquisitionDialog';
import { PlanYearInput } from './PlanYearInput';
import { AcquisitionsTable } from './AcquisitionsTable';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';
import { EmptyList } from '../../components/EmptyList';
import { FilterCount } from '../../components/FilterCount';
import { OneOfFilter } from '../../components/list-filters';

/** A year typed in a filter, or null while it is empty or not yet a year the plan may have. */
function yearOf(value: number | string): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_PLAN_YEAR && value <= MAX_PLAN_YEAR
    ? value
    : null;
}

/** The years to print: those of the filter, or else from the first to the last year of the whole plan. */
function printedYears(filter: AcquisitionFilter, all: readonly Acquisition[]): PlanYears | null {
  const years = all.map((item) => item.plannedYear);
  const fromYear = filter.fromYear ?? (years.length > 0 ? Math.min(...years) : null);
  const toYear = filter.toYear ?? (years.length > 0 ? Math.max(...years) : null);
  return fromYear !== null && toYear !== null && fromYear <= toYear ? { fromYear, toYear } : null;
}

/** The filters by status and by source, with the plan's years. */
interface Kinds {
  status: AcquisitionStatus | null;
  source: AcquisitionSource | null;
}
const ANY_KIND: Kinds = { status: null, source: null };
const KIND_FILTERS = [
  {
    field: 'status',
    label: 'Статус',
    data: ACQUISITION_STATUSES.map((s) => ({ value: s, label: ACQUISITION_STATUS_LABELS[s] })),
  },
  {
    field: 'source',
    label: 'Источник',
    data: ACQUISITION_SOURCES.map((s) => ({ value: s, label: ACQUISITION_SOURCE_LABELS[s] })),
  },
] as const;

export function AcquisitionsScreen() {
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<number | string>('');
  const [to, setTo] = useState<number | string>('');
  const [kinds, setKinds] = useState<Kinds>(ANY_KIND);
  const { status, source } = kinds;
  const [editing, setEditing] = useState<AcquisitionTarget | null>(null);
  const [acquiring, setAcquiring] = useState<Acquisition | null>(null);
  const [approving, setApproving] = useState(false);
  const [preview, setPreview] = useState(false);

  const kindsView = { values: kinds, set: (change: Partial<Kinds>) => setKinds({ ...kinds, ...change }) };
  const fromYear = yearOf(from);
  const toYear = yearOf(to);
  const backwards = fromYear !== null && toYear !== null && fromYear > toYear;
  const filter: AcquisitionFilter = { fromYear, toYear: backwards ? null : toYear, status, source };
  const filtered = fromYear !== null || toYear !== null || status !== null || source !== null;
  const list = useApiQuery('acquisitions:list', filter, { keepPrevious: true });
  const all = useApiQuery('acquisitions:list', NO_ACQUISITION_FILTER);
  const approval = useApiQuery('acquisitions:getApproval', {});
  const years = backwards ? null : printedYears(filter, all.data ?? []);
  const tooLong = years !== null && years.toYear - years.fromYear >= MAX_PLAN_SPAN_YEARS;
  const request: Extract<DocumentRequest, { kind: 'acquisitionPlan' }> | null = years && {
    kind: 'acquisitionPlan',
    ...years,
  };
  const refresh = () => queryClient.invalidateQueries();
  const reset = () => {
    setFrom('');
    setTo('');
    setKinds(ANY_KIND);
  };

  return (
    <>
      <PageHeader
        title="План приобретения"
        description={`Перспективный план приобретения оборудования, пособий и литературы${
          approval.data ? ` · ${approvalSummary(approval.data)}` : ''
        }`}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconRubberStamp size={18} />}
              onClick={() => setApproving(true)}
              disabled={!approval.data}
            >
              Утверждение
            </Button>
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setEditing({ year: fromYear ?? new Date().getFullYear() })}
            >
              Добавить позицию
            </Button>
          </Group>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Stack gap="sm">
          <Group align="flex-start" gap="sm">
            <PlanYearInput label="Годы с" placeholder="любого" w={110} value={from} onChange={setFrom} />
            <PlanYearInput
              label="по"
              placeholder="любой"
              w={110}
              value={to}
              onChange={setTo}
              error={backwards ? 'Год «по» раньше года «с»' : undefined}
            />
            {KIND_FILTERS.map((kind) => (
              <OneOfFilter key={kind.field} view={kindsView} labelled all="Все" w={180} {...kind} />
            ))}
          </Group>
          <Group justify="space-between" align="center">
            <FilterCount testId="acquisitions-count" filtered={filtered} onReset={reset}>
              {list.data &&
                (filtered
                  ? `Найдено: ${countOf(list.data.length, ITEM_FORMS)} из ${all.data?.length ?? 0}`
                  : `В плане ${countOf(list.data.length, ITEM_FORMS)}`)}
            </FilterCount>
            {request && (
              <Group gap="xs">
                <Text size="sm" c={tooLong ? 'red' : 'dimmed'} data-testid="printed-years">
                  {tooLong
                    ? `Для печати выберите не более ${MAX_PLAN_SPAN_YEARS} лет`
                    : `Печать: план на ${planYearsText(request)}`}
                </Text>
                <Button
                  variant="default"
                  leftSection={<IconEye size={16} />}
                  onClick={() => setPreview(true)}
                  disabled={tooLong}
                >
                  Предпросмотр
                </Button>
                <DocumentActions request={request} disabled={tooLong} />
                <ExportXlsxButton
                  channel="acquisitions:exportXlsx"
                  input={{ fromYear: request.fromYear, toYear: request.toYear }}
                  failText="Не удалось сохранить план приобретения в Excel."
                  disabled={tooLong}
                />
              </Group>
            )}
          </Group>
        </Stack>
      </Paper>
      <QueryState query={list}>
        {(items) =>
          items.length === 0 ? (
            <EmptyList>
              {filtered
                ? 'Ничего не найдено. Измените условия отбора.'
                : 'В плане приобретения пока нет позиций. Нажмите «Добавить позицию», чтобы запланировать покупку оборудования, пособий или литературы — из бюджета, от партнёра или спонсора.'}
            </EmptyList>
          ) : (
            <AcquisitionsTable
              items={items}
              actions={{
                onEdit: (item) => setEditing({ item }),
                onAcquired: setAcquiring,
                onCancel: (item) => void changeAcquisitionStatus(item, 'cancel', refresh),
                onRestore: (item) => void changeAcquisitionStatus(item, 'restore', refresh),
                onDelete: (item) => confirmDeleteAcquisition(item, refresh),
              }}
            />
          )
        }
      </QueryState>
      {editing && <AcquisitionDialog target={editing} onClose={() => setEditing(null)} />}
      {acquiring && <AcquiredDialog item={acquiring} onClose={() => setAcquiring(null)} />}
      {approving && approval.data && (
        <AcquisitionApprovalDialog approval={approval.data} onClose={() => setApproving(false)} />
      )}
      {request && <DocumentPreviewModal request={request} opened={preview} onClose={() => setPreview(false)} />}
    </>
  );
}
