import { ActionIcon, Button, Group, Input, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  blankLoanItem,
  LOAN_ITEM_KINDS,
  LOAN_ITEM_KIND_LABELS,
  MAX_ITEM_QUANTITY,
  type LoanItem,
  type LoanItemKind,
} from '@contract/loans';

/** A row as the form holds it: NumberInput yields '' while the quantity is being retyped. */
export type ItemRow = Omit<LoanItem, 'quantity'> & { quantity: number | string };

interface Props {
  items: ItemRow[];
  onChange(items: ItemRow[]): void;
  errors: Record<string, string | undefined>;
}

const KIND_OPTIONS = LOAN_ITEM_KINDS.map((kind) => ({ value: kind, label: LOAN_ITEM_KIND_LABELS[kind] }));

/** The items of a loan as a table edited in place: name, kind, inventory number, quantity, condition on receipt. */
export function LoanItemsEditor({ items, onChange, errors }: Props) {
  const update = (index: number, patch: Partial<ItemRow>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const error = (index: number, field: keyof LoanItem) => errors[`items.${index}.${field}`];
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
              <Table.Td>
                <TextInput
                  aria-label={`Наименование, строка ${index + 1}`}
                  placeholder="Самовар, картина «Степь»…"
                  value={item.name}
                  onChange={(e) => update(index, { name: e.currentTarget.value })}
                  error={error(index, 'name')}
                  maxLength={500}
                />
              </Table.Td>
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
              <Table.Td>
                <TextInput
                  aria-label={`Инвентарный номер, строка ${index + 1}`}
                  value={item.inventoryNumber}
                  onChange={(e) => update(index, { inventoryNumber: e.currentTarget.value })}
                  error={error(index, 'inventoryNumber')}
                  maxLength={100}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`Количество, строка ${index + 1}`}
                  min={1}
                  max={MAX_ITEM_QUANTITY}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  value={item.quantity}
                  onChange={(quantity) => update(index, { quantity })}
                  error={error(index, 'quantity')}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Состояние при получении, строка ${index + 1}`}
                  placeholder="Хорошее"
                  value={item.condition}
                  onChange={(e) => update(index, { condition: e.currentTarget.value })}
                  error={error(index, 'condition')}
                  maxLength={1000}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={`Удалить строку ${index + 1}`}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs">
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          Добавить предмет
        </Button>
      </Group>
    </Input.Wrapper>
  );
}
