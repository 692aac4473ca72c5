import { Group, Input, Select, Table, Text, TextInput } from '@mantine/core';
import {
  blankLoanItem,
  LOAN_ITEM_KINDS,
  LOAN_ITEM_KIND_LABELS,
  MAX_ITEM_QUANTITY,
  type LoanItem,
  type LoanItemKind,
} from '@contract/loans';
import { RowActions } from '../../components/RowActions';
import { AddRowButton } from '../../components/AddRowButton';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** A row as the form holds it: NumberInput yields '' while the quantity is being retyped. */
export type ItemRow = Omit<LoanItem, 'quantity'> & { quantity: number | string };

interface Props {
  items: ItemRow[];
  onChange(items: ItemRow[]): void;
  errors: Record<string, string | undefined>;
}

/** The fields of an item typed as text. */
type TextField = 'name' | 'inventoryNumber' | 'condition';

const KIND_OPTIONS = LOAN_ITEM_KINDS.map((kind) => ({ value: kind, label: LOAN_ITEM_KIND_LABELS[kind] }));

/** The items of a loan as a table edited in place: name, kind, inventory number, quantity, condition on receipt. */
export function LoanItemsEditor({ items, onChange, errors }: Props) {
  const update = (index: number, patch: Partial<ItemRow>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const error = (index: number, field: keyof LoanItem) => errors[`items.${index}.${field}`];
  /** A cell of a row's text: `label` names it for a screen reader, with the row's number. */
  const textCell = (index: number, field: TextField, label: string, maxLength: number, placeholder?: string) => (
    <Table.Td>
      <TextInput
        aria-label={`${label}, строка ${index + 1}`}
        placeholder={placeholder}
        value={items[index]?.[field] ?? ''}
        onChange={(e) => update(index, { [field]: e.currentTarget.value })}
        error={error(index, field)}
        maxLength={maxLength}
      />
    </Table.Td>
  );
  // A new row takes the kind of the row above: a loan is most often of one kind.
  const add = () => onChange([...items, blankLoanItem(items.at(-1)?.kind ?? 'exhibits')]);

  return (
    <Input.Wrapper label="Предметы" required error={errors['items']}>
      <Table withTableBorder verticalSpacing={4} mt={4} data-testid="loan-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>№</Table.Th>
            <Table.Th>Наименование</Table.Th>
            <Table.Th w={230}>Вид</Table.Th>
            <Table.Th w={110}>Инв. №</Table.Th>
            <Table.Th w={90}>Кол-во</Table.Th>
            <Table.Th w={190}>Состояние при получении</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed">
                  Нет ни одного предмета. Нажмите «Добавить предмет».
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((item, index) => (
            <Table.Tr key={index} style={{ verticalAlign: 'top' }}>
              <Table.Td pt={10}>{index + 1}</Table.Td>
              {textCell(index, 'name', 'Наименование', 500, 'Самовар, картина «Степь»…')}
              <Table.Td>
                <Select
                  aria-label={`Вид, строка ${index + 1}`}
                  data={KIND_OPTIONS}
                  value={item.kind}
                  onChange={(kind) => kind && update(index, { kind: kind as LoanItemKind })}
                  allowDeselect={false}
                  error={error(index, 'kind')}
                  comboboxProps={{ withinPortal: true }}
                />
              </Table.Td>
              {textCell(index, 'inventoryNumber', 'Инвентарный номер', 100)}
              <Table.Td>
                <WholeNumberInput
                  aria-label={`Количество, строка ${index + 1}`}
                  min={1}
                  max={MAX_ITEM_QUANTITY}
                  value={item.quantity}
                  onChange={(quantity) => update(index, { quantity })}
                  error={error(index, 'quantity')}
                />
              </Table.Td>
              {textCell(index, 'condition', 'Состояние при получении', 1000, 'Хорошее')}
              <Table.Td pt={8}>
                <RowActions
                  remove={{
                    label: `Удалить строку ${index + 1}`,
                    onClick: () => onChange(items.filter((_, i) => i !== index)),
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs">
        <AddRowButton onClick={add}>Добавить предмет</AddRowButton>
      </Group>
    </Input.Wrapper>
  );
}
