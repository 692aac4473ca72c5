import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportRead,
} from '@contract/partner-import';
import { TitledSelect } from '../../../components/TitledSelect';

interface MappingStepProps {
  read: ImportRead;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
  /** Russian messages by field, shown at its select. */
  errors: Partial<Record<ImportField, string>>;
}

const NONE = 'none';
const EXAMPLE_LENGTH = 40;

function columnOptions(columns: readonly string[]) {
  const seen = new Map<string, number>();
  for (const c of columns) seen.set(c, (seen.get(c) ?? 0) + 1);
  return [
    { value: NONE, label: '— не загружать —' },
    // Two columns under the same header are told apart by their number.
    ...columns.map((c, i) => ({ value: String(i), label: (seen.get(c) ?? 0) > 1 ? `${c} (столбец ${i + 1})` : c })),
  ];
}

function example(read: ImportRead, index: number | null): string {
  if (index === null) return 'Не загружается';
  const value = read.sample.map((row) => row[index] ?? '').find((cell) => cell !== '');
  if (value === undefined) return 'В первых строках пусто';
  const oneLine = value.replace(/\s+/g, ' ');
  return `Например: ${oneLine.length > EXAMPLE_LENGTH ? `${oneLine.slice(0, EXAMPLE_LENGTH)}…` : oneLine}`;
}

/** Step 2: which column of the file each field of a partner is taken from. */
export function MappingStep({ read, mapping, onChange, errors }: MappingStepProps) {
  const options = columnOptions(read.columns);
  return (
    <Stack>
      <Text size="sm">
        Укажите, из какого столбца файла брать каждое поле. Столбцы подобраны по заголовкам — проверьте их. Обязательны
        полное наименование и направление.
      </Text>
      {mapping.category === null && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle />}>
          Столбец «Направление» не выбран: у партнёра направление обязательно, поэтому строки без него не загрузятся.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="md" verticalSpacing="xs">
        {IMPORT_FIELDS.map((field) => (
          <TitledSelect
            key={field}
            label={IMPORT_FIELD_LABELS[field]}
            withAsterisk={field === 'fullName' || field === 'category'}
            description={example(read, mapping[field])}
            data={options}
            value={mapping[field] === null ? NONE : String(mapping[field])}
            onChange={(value) =>
              onChange({ ...mapping, [field]: value === null || value === NONE ? null : Number(value) })
            }
            allowDeselect={false}
            error={errors[field]}
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
