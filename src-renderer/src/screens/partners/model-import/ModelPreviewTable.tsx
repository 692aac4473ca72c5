import { Badge, List, Select, Stack, Table, Text } from '@mantine/core';
import type { ModelImportPreview, ModelImportRow, ModelTarget } from '@contract/model-import';
import type { PartnerSummary } from '@contract/partners';
import { targetOf, type Choices } from './model-choices';
import { PreviewTable } from '../../../components/import/PreviewTable';

const COLUMNS = [
  { label: 'Строки', w: 70 },
  { label: 'В файле', w: '22%' },
  { label: 'Партнёр в реестре', w: '30%' },
  { label: 'Добавятся формы взаимодействия' },
  { label: 'Добавится социальный эффект' },
];

interface ModelPreviewTableProps {
  preview: ModelImportPreview;
  partners: readonly PartnerSummary[];
  choices: Choices;
  onChoose(line: number, target: ModelTarget): void;
}

const NEW = 'new';
const SKIP = 'skip';

function lines(row: ModelImportRow): string {
  return row.lastLine > row.line ? `${row.line}–${row.lastLine}` : String(row.line);
}

/** The partners a row may go to: the proposed ones first, then the rest of the registry, a new one, none. */
function targetOptions(row: ModelImportRow, partners: readonly PartnerSummary[]) {
  const proposed =
    row.match.kind === 'found' ? [row.match.partner] : row.match.kind === 'ambiguous' ? row.match.candidates : [];
  const proposedIds = new Set(proposed.map((p) => p.id));
  const rest = partners.filter((p) => !proposedIds.has(p.id));
  return [
    {
      group: row.match.kind === 'ambiguous' ? 'Подходят по названию' : 'Найден в реестре',
      items: proposed.map((p) => ({ value: String(p.id), label: p.fullName })),
    },
    { group: 'Другие партнёры', items: rest.map((p) => ({ value: String(p.id), label: p.fullName })) },
    {
      group: 'Или',
      items: [
        { value: NEW, label: `Новый партнёр «${row.partnerText}»` },
        { value: SKIP, label: 'Не загружать эту строку' },
      ],
    },
  ].filter((g) => g.items.length > 0);
}

function Items({ items, known }: { items: readonly string[]; known: number }) {
  return (
    <Stack gap={2}>
      {items.length > 0 && (
        <List size="sm" spacing={0}>
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
      {known > 0 && (
        <Text size="xs" c="dimmed">
          Уже есть у партнёра: {known}
        </Text>
      )}
      {items.length === 0 && known === 0 && (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
    </Stack>
  );
}

/** The preview, row by row: the lines of the file, the name it writes, the partner it goes to, what it adds. */
export function ModelPreviewTable({ preview, partners, choices, onChoose }: ModelPreviewTableProps) {
  return (
    <PreviewTable
      mah="50vh"
      columns={COLUMNS}
      withTableBorder
      verticalSpacing="xs"
      striped
      data-testid="model-import-preview"
      styles={{ td: { verticalAlign: 'top' } }}
    >
      {preview.rows.map((row) => {
        const target = targetOf(row, choices);
        return (
          <Table.Tr key={row.line} data-line={row.line}>
            <Table.Td>{lines(row)}</Table.Td>
            <Table.Td>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {row.partnerText || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.problems.length > 0 ? (
                <Stack gap={4}>
                  <Badge color="red" variant="light">
                    Не загрузится
                  </Badge>
                  {row.problems.map((problem) => (
                    <Text key={problem} size="sm" c="red.8">
                      Строка {row.line}: {problem}
                    </Text>
                  ))}
                </Stack>
              ) : (
                <Stack gap={4}>
                  {target === NEW && (
                    <Badge color="blue" variant="light">
                      Будет добавлен
                    </Badge>
                  )}
                  {row.match.kind === 'ambiguous' && target === null && (
                    <Badge color="orange" variant="light">
                      Подходит нескольким — выберите
                    </Badge>
                  )}
                  <Select
                    aria-label={`Партнёр для строки ${row.line}`}
                    placeholder="Выберите партнёра"
                    data={targetOptions(row, partners)}
                    value={target === null ? null : String(target)}
                    onChange={(value) => {
                      if (value === null) return;
                      onChoose(row.line, value === NEW || value === SKIP ? value : Number(value));
                    }}
                    searchable
                    allowDeselect={false}
                    error={target === null ? true : undefined}
                    nothingFoundMessage="Партнёр не найден"
                    comboboxProps={{ withinPortal: true }}
                  />
                </Stack>
              )}
            </Table.Td>
            {target === SKIP && row.problems.length === 0 ? (
              <Table.Td colSpan={2}>
                <Text size="sm" c="dimmed">
                  Строка не загрузится
                </Text>
              </Table.Td>
            ) : (
              <>
                <Table.Td>
                  <Items items={row.forms} known={row.formsKnown} />
                </Table.Td>
                <Table.Td>
                  <Items items={row.effects} known={row.effectsKnown} />
                </Table.Td>
              </>
            )}
          </Table.Tr>
        );
      })}
    </PreviewTable>
  );
}
