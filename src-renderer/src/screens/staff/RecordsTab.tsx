import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { STAFF_FORM_LABELS, type StaffRecord } from '@contract/staff';
import { compareRussian } from '@contract/russian-order';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';
import { datesText, FORM_OPTIONS, HOUR_FORMS, RECORD_FORMS } from './labels';
import { RecordDialog, type RecordTarget } from './RecordDialog';
import { EmptyList } from '../../components/EmptyList';
import { RowLink } from '../../components/RowLink';
import { FilterCount } from '../../components/FilterCount';
import { foldForSearch } from '@contract/text-folding';
import { OneOfFilter, SearchFilter } from '../../components/list-filters';

interface Filter {
  staffId: string | null;
  form: string | null;
  partnerId: string | null;
  search: string;
}
const NO_FILTER: Filter = { staffId: null, form: null, partnerId: null, search: '' };
/** The value of the partner filter that keeps the records without a partner. */
const NO_PARTNER = 'none';

function matches(record: StaffRecord, filter: Filter): boolean {
  if (filter.staffId && String(record.staffId) !== filter.staffId) return false;
  if (filter.form && record.form !== filter.form) return false;
  if (filter.partnerId === NO_PARTNER && record.partnerId !== null) return false;
  if (filter.partnerId && filter.partnerId !== NO_PARTNER && String(record.partnerId) !== filter.partnerId) {
    return false;
  }
  const search = foldForSearch(filter.search);
  return !search || foldForSearch(`${record.title} ${record.certificate} ${record.result}`).includes(search);
}

/** Distinct options from the year's records, by label. */
function optionsOf(records: StaffRecord[], pick: (r: StaffRecord) => [number, string] | null) {
  const seen = new Map<string, string>();
  for (const record of records) {
    const picked = pick(record);
    if (picked) seen.set(String(picked[0]), picked[1]);
  }
  return [...seen.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => compareRussian(a.label, b.label));
}

function RecordsTable({
  rows,
  onOpen,
  onHistory,
}: {
  rows: StaffRecord[];
  onOpen(r: StaffRecord): void;
  onHistory(id: number): void;
}) {
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="sm" data-testid="records-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Сроки</Table.Th>
            <Table.Th>Педагог</Table.Th>
            <Table.Th>Форма, тема</Table.Th>
            <Table.Th>Партнёр</Table.Th>
            <Table.Th ta="right">Часов</Table.Th>
            <Table.Th>Удостоверение, результат</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} onClick={() => onOpen(r)} style={{ cursor: 'pointer' }} data-record-row>
              <Table.Td>{datesText(r.dateFrom, r.dateTo)}</Table.Td>
              <Table.Td>
                <RowLink onClick={() => onHistory(r.staffId)}>{r.staffName}</RowLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {STAFF_FORM_LABELS[r.form]}
                </Text>
                <Text size="sm" fw={600}>
                  {r.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.partnerName ?? '—'}</Text>
              </Table.Td>
              <Table.Td ta="right">{r.hours}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.certificate}</Text>
                <Text size="sm" c="dimmed">
                  {r.result}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The year's records with filters; a row opens the record, a teacher's name their history. */
export function RecordsTab({
  year,
  onHistory,
  onGoToStaff,
}: {
  year: string;
  onHistory(id: number): void;
  onGoToStaff(): void;
}) {
  const records = useApiQuery('staffRecords:list', { year });
  const staff = useApiQuery('staff:list', {});
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [editing, setEditing] = useState<RecordTarget | null>(null);
  const view = { values: filter, set: (change: Partial<Filter>) => setFilter({ ...filter, ...change }) };
  const noTeachers = staff.data !== undefined && !staff.data.some((m) => m.active);

  return (
    <QueryState query={records}>
      {(all) => {
        const filtered = Boolean(filter.staffId || filter.form || filter.partnerId || filter.search.trim());
        const shown = all.filter((r) => matches(r, filter));
        const hours = shown.reduce((n, r) => n + r.hours, 0);
        return (
          <>
            <Group justify="space-between" align="flex-end" mb="md">
              <Group gap="sm" align="flex-end" style={{ visibility: all.length > 0 ? 'visible' : 'hidden' }}>
                <OneOfFilter
                  view={view}
                  field="staffId"
                  label="Педагог"
                  all="Все педагоги"
                  w={220}
                  data={optionsOf(all, (r) => [r.staffId, r.staffName])}
                  searchable
                />
                <OneOfFilter
                  view={view}
                  field="form"
                  label="Форма"
                  all="Все формы"
                  w={220}
                  data={FORM_OPTIONS.filter((o) => all.some((r) => r.form === o.value))}
                />
                <OneOfFilter
                  view={view}
                  field="partnerId"
                  label="Партнёр"
                  all="Все партнёры"
                  w={220}
                  data={[
                    ...optionsOf(all, (r) => (r.partnerId === null ? null : [r.partnerId, r.partnerName ?? ''])),
                    ...(all.some((r) => r.partnerId === null) ? [{ value: NO_PARTNER, label: 'Без партнёра' }] : []),
                  ]}
                  searchable
                />
                <SearchFilter view={view} placeholder="Поиск по теме" w={200} />
              </Group>
              <Button
                leftSection={<IconPlus size={18} />}
                onClick={() => setEditing({ staffId: filter.staffId ? Number(filter.staffId) : null })}
                disabled={noTeachers}
              >
                Добавить запись
              </Button>
            </Group>
            <FilterCount testId="records-count" filtered={filtered} onReset={() => setFilter(NO_FILTER)} mb="xs">
              {filtered
                ? `Найдено: ${countOf(shown.length, RECORD_FORMS)} из ${all.length}, ${countOf(hours, HOUR_FORMS)}`
                : `За ${year} учебный год: ${countOf(all.length, RECORD_FORMS)}, ${countOf(hours, HOUR_FORMS)}`}
            </FilterCount>
            {shown.length > 0 ? (
              <RecordsTable rows={shown} onOpen={(record) => setEditing({ record })} onHistory={onHistory} />
            ) : (
              <EmptyList
                action={
                  noTeachers &&
                  !filtered && (
                    <Group justify="center" mt="md">
                      <Button variant="light" onClick={onGoToStaff}>
                        Перейти к списку педагогов
                      </Button>
                    </Group>
                  )
                }
              >
                {filtered
                  ? 'Ничего не найдено. Измените условия отбора.'
                  : noTeachers
                    ? 'Записи ведутся по педагогам: сначала добавьте педагогов школы.'
                    : `За ${year} учебный год записей о повышении квалификации нет. Нажмите «Добавить запись»: курсы, РМО, конференция, мастер-класс, конкурс или выступление с опытом работы.`}
              </EmptyList>
            )}
            {editing && <RecordDialog year={year} target={editing} onClose={() => setEditing(null)} />}
          </>
        );
      }}
    </QueryState>
  );
}
