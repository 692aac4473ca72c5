import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import {
  IMPORT_FIELD_LABELS,
  type DuplicateChoice,
  type ImportDuplicate,
  type ImportField,
  type ImportPreview,
  type ImportPreviewRow,
} from '@contract/partner-import';
import { PARTNER_STATUS_LABELS } from '@contract/partners';
import { countsLine } from './preview-counts';
import { quoted } from '@contract/quote';
import { PreviewTable } from '../../../components/import/PreviewTable';

const COLUMNS = [
  { label: 'Строка', w: 70 },
  { label: 'Полное наименование' },
  { label: 'Направление' },
  { label: 'ИНН', w: 120 },
  { label: 'Статус', w: 130 },
  { label: 'Проверка', w: '32%' },
];

interface PreviewStepProps {
  preview: ImportPreview;
  onDuplicate: DuplicateChoice;
  onDuplicateChange(choice: DuplicateChoice): void;
}

type RowFilter = 'all' | 'errors' | 'duplicates';

/** More rows than this are not drawn at once; the counts still cover every row. */
const SHOWN_ROWS = 300;

const REASONS: Record<ImportDuplicate['reason'], string> = { inn: 'по ИНН', name: 'по наименованию' };

function duplicateText(d: ImportDuplicate): string {
  return d.line === null
    ? `Уже есть: ${quoted(d.fullName)} (${REASONS[d.reason]})`
    : `Повторяет строку ${d.line}: ${quoted(d.fullName)} (${REASONS[d.reason]})`;
}

function RowChecks({ row }: { row: ImportPreviewRow }) {
  const errors = Object.entries(row.errors) as [ImportField, string][];
  if (errors.length === 0 && row.duplicates.length === 0) {
    return (
      <Group gap={4} c="teal.8" wrap="nowrap">
        <IconCheck size={14} />
        <Text size="xs">Без ошибок</Text>
      </Group>
    );
  }
  return (
    <Stack gap={2}>
      {errors.map(([field, message]) => (
        <Text key={field} size="xs" c="red.8" title={IMPORT_FIELD_LABELS[field]}>
          {message}
        </Text>
      ))}
      {row.duplicates.map((d) => (
        <Text key={`${d.id ?? ''}-${d.line ?? ''}-${d.reason}`} size="xs" c="orange.9">
          {duplicateText(d)}
        </Text>
      ))}
    </Stack>
  );
}

/** Step 3: every row as it will be written, with its errors and the partners it repeats. */
export function PreviewStep({ preview, onDuplicate, onDuplicateChange }: PreviewStepProps) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const { counts } = preview;
  const rows = preview.rows.filter((row) => {
    if (filter === 'errors') return Object.keys(row.errors).length > 0;
    if (filter === 'duplicates') return row.duplicates.length > 0;
    return true;
  });
  return (
    <Stack gap="sm">
      <Text fw={600} data-testid="import-counts">
        {countsLine(preview, onDuplicate)}
      </Text>
      {preview.newCategories.length > 0 && (
        <Text size="sm">Будут добавлены направления: {preview.newCategories.map(quoted).join(', ')}</Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Что делать с совпадениями — партнёрами, которые уже есть в реестре или повторяются в файле
        </Text>
        <SegmentedControl
          value={onDuplicate}
          onChange={(value) => onDuplicateChange(value as DuplicateChoice)}
          disabled={counts.duplicates === 0}
          data={[
            { value: 'skip', label: 'Пропустить' },
            { value: 'update', label: 'Обновить существующих' },
            { value: 'add', label: 'Добавить как новых' },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {counts.duplicates === 0 && (
          <Text size="xs" c="dimmed">
            Совпадений нет.
          </Text>
        )}
      </Stack>
      <Group justify="space-between" mt="xs">
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => setFilter(value as RowFilter)}
          data={[
            { value: 'all', label: `Все строки (${counts.rows})` },
            { value: 'errors', label: `С ошибками (${counts.invalid})` },
            { value: 'duplicates', label: `Совпадения (${preview.rows.filter((r) => r.duplicates.length).length})` },
          ]}
        />
        {rows.length > SHOWN_ROWS && (
          <Text size="xs" c="dimmed">
            Показаны первые {SHOWN_ROWS} из {rows.length}
          </Text>
        )}
      </Group>
      <PreviewTable mah="45vh" columns={COLUMNS} verticalSpacing={6} data-testid="import-preview-table">
        {rows.slice(0, SHOWN_ROWS).map((row) => {
          const invalid = Object.keys(row.errors).length > 0;
          return (
            <Table.Tr key={row.line} bg={invalid ? 'var(--mantine-color-red-0)' : undefined} data-line={row.line}>
              <Table.Td c={invalid ? 'red.8' : 'dimmed'} fw={invalid ? 600 : undefined}>
                {row.line}
              </Table.Td>
              <Table.Td>{row.fields.fullName}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{row.fields.category}</Text>
                  {row.newCategory && !invalid && (
                    // The category's name wraps beside it; the badge keeps its word whole.
                    <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }}>
                      новое
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{row.fields.inn}</Table.Td>
              <Table.Td>{row.fields.status ? PARTNER_STATUS_LABELS[row.fields.status] : ''}</Table.Td>
              <Table.Td>
                <RowChecks row={row} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </PreviewTable>
    </Stack>
  );
}
