import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import {
  PLAN_IMPORT_COLUMN_LABELS,
  type PlanImportPartner,
  type PlanImportPartnerChoice,
  type PlanImportPreview,
  type PlanImportRow,
} from '@contract/plan-import';
import { monthLabel, participantsText, timingText } from '@contract/plan-text';
import { quoted } from '@contract/quote';
import { useApiQuery } from '../../../api/queries';
import { usePartnerOptions } from '../../../components/partner-options';
import { countOf } from '../../../format';
import { ITEM_FORMS } from '../plan-text';
import classes from './import-plan.module.css';
import { PreviewTable } from '../../../components/import/PreviewTable';

const ROW_COLUMNS = [{ label: 'Строка', w: 64 }, { label: 'В файле', w: '36%' }, { label: 'Станет пунктом плана' }];

type Choices = Record<string, PlanImportPartnerChoice>;

interface PlanPreviewStepProps {
  preview: PlanImportPreview;
  yearOptions: readonly string[];
  onYear(year: string): void;
  onTable(index: number): void;
  choices: Choices;
  onChoice(key: string, choice: PlanImportPartnerChoice): void;
  categoryId: number | null;
  onCategory(id: number | null): void;
  busy: boolean;
}

const ROW_FORMS = ['строка', 'строки', 'строк'] as const;
/** More rows than this are not drawn at once; the counts still cover every row. */
const SHOWN_ROWS = 400;

/** A partner the file names: the registry's one it surely means, or a new one when it names none. */
export function initialChoices(partners: readonly PlanImportPartner[]): Choices {
  return Object.fromEntries(
    partners.map((p) => [
      p.key,
      p.matchedId !== null
        ? { kind: 'existing', id: p.matchedId }
        : p.candidates.length > 0
          ? { kind: 'none' }
          : { kind: 'create' },
    ]),
  );
}

const choiceValue = (c: PlanImportPartnerChoice | undefined) =>
  !c ? 'none' : c.kind === 'existing' ? String(c.id) : c.kind;
const valueChoice = (value: string | null): PlanImportPartnerChoice =>
  value === 'create' || value === null || value === 'none'
    ? { kind: value === 'create' ? 'create' : 'none' }
    : { kind: 'existing', id: Number(value) };

function PartnerState({ partner }: { partner: PlanImportPartner }) {
  if (partner.matchedId !== null) {
    return (
      <Badge size="xs" color="teal" variant="light">
        найден
      </Badge>
    );
  }
  return partner.candidates.length > 0 ? (
    <Badge size="xs" color="yellow" variant="light">
      похоже на {partner.candidates.length}
    </Badge>
  ) : (
    <Badge size="xs" color="gray" variant="light">
      нет в реестре
    </Badge>
  );
}

/** The file's partners of the rows to load, each with whom of the registry it will be, or created, or noted. */
function PartnerChoices({ preview, choices, onChoice, categoryId, onCategory }: PlanPreviewStepProps) {
  const options = usePartnerOptions();
  const categories = useApiQuery('partners:categories', {});
  const loaded = new Set(preview.rows.filter((r) => r.kind === 'item' && r.problems.length === 0).map((r) => r.line));
  const partners = preview.partners.filter((p) => p.lines.some((line) => loaded.has(line)));
  if (partners.length === 0) return null;
  const creating = partners.some((p) => choices[p.key]?.kind === 'create');
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" fw={600}>
          Партнёры из файла
        </Text>
        {creating && (
          <Select
            size="xs"
            w={320}
            aria-label="Направление новых партнёров"
            placeholder="Направление новых партнёров: Прочие"
            data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            value={categoryId === null ? null : String(categoryId)}
            onChange={(value) => onCategory(value === null ? null : Number(value))}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </Group>
      <PreviewTable mah={156} verticalSpacing={2} layout="fixed" data-testid="plan-import-partners">
        {partners.map((partner) => {
          const near = new Set(partner.matchedId === null ? partner.candidates.map((c) => String(c.id)) : []);
          const data = [
            { value: 'create', label: `Создать партнёра ${quoted(partner.text)}` },
            { value: 'none', label: 'Без партнёра (название — в примечание)' },
            ...options.filter((o) => near.has(o.value)).map((o) => ({ ...o, label: `${o.label} — похоже` })),
            ...options.filter((o) => !near.has(o.value)),
          ];
          return (
            <Table.Tr key={partner.key} data-partner={partner.text}>
              <Table.Td w="42%">
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" truncate="end" title={partner.text}>
                    {partner.text}
                  </Text>
                  <PartnerState partner={partner} />
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {partner.lines.length === 1 ? 'строка' : 'строки'} {partner.lines.join(', ')}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Партнёр ${partner.text}`}
                  data={data}
                  value={choiceValue(choices[partner.key])}
                  onChange={(value) => onChoice(partner.key, valueChoice(value))}
                  searchable
                  allowDeselect={false}
                  maxDropdownHeight={260}
                  comboboxProps={{ withinPortal: true }}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </PreviewTable>
    </Stack>
  );
}

/** The partners of a row as they will be: the registry's name, a new one, or left out. */
function RowPartners({ row, preview, choices }: { row: PlanImportRow; preview: PlanImportPreview; choices: Choices }) {
  const options = usePartnerOptions();
  const keys = row.item?.partnerKeys ?? [];
  if (keys.length === 0) return null;
  return (
    <Group gap={4}>
      {keys.map((key) => {
        const partner = preview.partners.find((p) => p.key === key);
        const choice = choices[key];
        const text = partner?.text ?? key;
        if (choice?.kind === 'existing') {
          const name = options.find((o) => o.value === String(choice.id))?.label ?? text;
          return (
            <Badge key={key} size="sm" color="teal" variant="light" className={classes.partner} title={name}>
              {name}
            </Badge>
          );
        }
        return choice?.kind === 'create' ? (
          <Badge key={key} size="sm" color="blue" variant="light" className={classes.partner} title={text}>
            новый: {text}
          </Badge>
        ) : (
          <Badge key={key} size="sm" color="gray" variant="outline" className={classes.partner} title={text}>
            в примечание: {text}
          </Badge>
        );
      })}
    </Group>
  );
}

function ItemCell({ row, preview, choices }: { row: PlanImportRow; preview: PlanImportPreview; choices: Choices }) {
  const item = row.item;
  if (!item) return null;
  const problems = row.problems.length > 0;
  const who = participantsText(item.participants);
  return (
    <Stack gap={2}>
      {!problems && (
        <Text size="sm">
          <Text span fw={600}>
            {item.timing === 'month' && item.month ? monthLabel(item.month) : timingText(item)}
          </Text>{' '}
          · {item.title}
        </Text>
      )}
      {!problems && (item.form || who) && (
        <Text size="xs" c="dimmed">
          {[item.form, who].filter(Boolean).join(' · ')}
        </Text>
      )}
      {!problems && <RowPartners row={row} preview={preview} choices={choices} />}
      {row.problems.map((problem) => (
        <Text key={problem} size="xs" c="red.8" fw={500}>
          {problem}
        </Text>
      ))}
      {row.remarks.map((remark) => (
        <Text key={remark} size="xs" c="orange.9">
          {remark}
        </Text>
      ))}
    </Stack>
  );
}

/** The row's cells as the file has them, the empty ones left out. */
const asRead = (row: PlanImportRow) => [...new Set(row.cells.map((c) => c.trim()).filter(Boolean))].join(' | ');

/** Step 2: the year, the file's partners, and every row as the item it will become, its problems at its line. */
export function PlanPreviewStep(props: PlanPreviewStepProps) {
  const { preview, yearOptions, onYear, onTable, busy } = props;
  const { counts } = preview;
  const years = [...new Set([preview.year, ...(preview.fileYear ? [preview.fileYear] : []), ...yearOptions])].sort(
    (a, b) => b.localeCompare(a),
  );
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <Select
          label="Учебный год плана"
          w={200}
          data={years}
          value={preview.year}
          onChange={(value) => value && onYear(value)}
          allowDeselect={false}
          disabled={busy}
          data-testid="plan-import-year"
        />
        {preview.tables.length > 1 && (
          <Select
            label="Таблица"
            w={260}
            data={preview.tables.map((t, i) => ({
              value: String(i),
              label: `${t.source} — ${countOf(t.rowCount, ROW_FORMS)}`,
              disabled: !t.isPlan,
            }))}
            value={String(preview.tableIndex)}
            onChange={(value) => value && onTable(Number(value))}
            allowDeselect={false}
            disabled={busy}
          />
        )}
        <Stack gap={0}>
          <Text fw={600} data-testid="plan-import-counts">
            Будет загружено: {countOf(counts.ready, ITEM_FORMS)}
            {counts.withProblems > 0 ? `; с ошибками, не загружаются: ${counts.withProblems}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {preview.tables[preview.tableIndex]?.source}
            {counts.groups > 0 ? ` · строк-месяцев: ${counts.groups}` : ''}
            {preview.planExists
              ? ` · мероприятия добавятся к плану на ${preview.year}`
              : ` · плана на ${preview.year} ещё нет — он будет создан`}
            {preview.fileYear && preview.fileYear !== preview.year ? ` · даты в файле — ${preview.fileYear}` : ''}
          </Text>
          <Text size="xs" c="dimmed" data-testid="plan-import-columns">
            Столбцы:{' '}
            {preview.columns
              .flatMap((c) =>
                c.column && c.column !== 'number'
                  ? [`${PLAN_IMPORT_COLUMN_LABELS[c.column]} ← ${quoted(c.heading)}`]
                  : [],
              )
              .join(' · ')}
          </Text>
        </Stack>
      </Group>

      <PartnerChoices {...props} />

      <PreviewTable mah="46vh" columns={ROW_COLUMNS} verticalSpacing={5} layout="fixed" data-testid="plan-import-rows">
        {preview.rows.slice(0, SHOWN_ROWS).map((row) => {
          const bad = row.problems.length > 0;
          if (row.kind !== 'item') {
            return (
              <Table.Tr key={row.line} data-line={row.line} className={classes.group}>
                <Table.Td c="dimmed">{row.line}</Table.Td>
                <Table.Td colSpan={2}>
                  <Text size="sm" fw={600} c={bad ? 'red.8' : undefined}>
                    {asRead(row)}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {row.kind === 'group' && row.groupMonth
                        ? ` — месяц для строк ниже: ${monthLabel(row.groupMonth)}`
                        : row.kind === 'section'
                          ? ' — заголовок раздела, не загружается'
                          : ''}
                    </Text>
                  </Text>
                  {row.problems.map((p) => (
                    <Text key={p} size="xs" c="red.8">
                      {p}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          }
          return (
            <Table.Tr key={row.line} data-line={row.line} bg={bad ? 'var(--mantine-color-red-0)' : undefined}>
              <Table.Td c={bad ? 'red.8' : 'dimmed'} fw={bad ? 600 : undefined}>
                <Group gap={2} wrap="nowrap">
                  {row.line}
                  {!bad && <IconCheck size={12} color="var(--mantine-color-teal-7)" />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="xs" className={classes.asRead}>
                  {asRead(row)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ItemCell row={row} preview={preview} choices={props.choices} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </PreviewTable>
      {preview.rows.length > SHOWN_ROWS && (
        <Text size="xs" c="dimmed">
          Показаны первые {SHOWN_ROWS} из {countOf(preview.rows.length, ROW_FORMS)}
        </Text>
      )}
    </Stack>
  );
}
