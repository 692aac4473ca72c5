import { ActionIcon, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconCircleX, IconPencil } from '@tabler/icons-react';
import { Fragment } from 'react';
import { formatRubles, sourceText, termText, totalKopecks, type Acquisition } from '@contract/acquisitions';
import { RowActions } from '../../components/RowActions';
import { GroupedTable, GroupHeading, type TableColumn } from '../../components/GroupedTable';
import { countOf } from '../../format';
import { groupsByYear, ITEM_FORMS } from './acquisition-groups';
import { AcquisitionStatusBadge } from './AcquisitionStatusBadge';
import classes from './acquisitions.module.css';

export interface AcquisitionActions {
  onEdit(item: Acquisition): void;
  onAcquired(item: Acquisition): void;
  onCancel(item: Acquisition): void;
  onRestore(item: Acquisition): void;
  onDelete(item: Acquisition): void;
}

const COLUMNS: readonly TableColumn[] = [
  { title: '№', width: 40 },
  { title: 'Наименование', width: undefined },
  { title: 'Категория', width: '12%' },
  { title: 'Кол-во', width: 76 },
  { title: 'Срок', width: 100 },
  { title: 'Источник', width: '14%' },
  { title: 'Сумма, ₽', width: 110, right: true },
  { title: 'Статус', width: 200 },
  { title: '', width: 96 },
];

const rubles = (kopecks: number) => `${formatRubles(kopecks)} ₽`;

function ItemRow({ item, n, actions }: { item: Acquisition; n: number; actions: AcquisitionActions }) {
  return (
    <Table.Tr
      data-acquisition={item.id}
      className={item.status === 'cancelled' ? classes.cancelled : undefined}
      style={{ verticalAlign: 'top' }}
    >
      <Table.Td c="dimmed">{n}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {item.name}
          </Text>
          {item.notes && (
            <Text size="xs" c="dimmed">
              {item.notes}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.category || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {item.quantity} {item.unit}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{termText(item)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{sourceText(item)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {item.costKopecks === null ? '—' : formatRubles(item.costKopecks)}
        </Text>
      </Table.Td>
      <Table.Td>
        <AcquisitionStatusBadge item={item} />
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          {item.status === 'planned' ? (
            <Tooltip label="Отметить приобретённым">
              <ActionIcon
                variant="subtle"
                color="teal"
                aria-label={`Приобретено: ${item.name}`}
                onClick={() => actions.onAcquired(item)}
              >
                <IconCircleCheck size={18} />
              </ActionIcon>
            </Tooltip>
          ) : (
            <ActionIcon variant="transparent" aria-hidden disabled style={{ visibility: 'hidden' }} />
          )}
          <RowActions
            edit={{ label: `Изменить: ${item.name}`, onClick: () => actions.onEdit(item) }}
            menu={{
              label: `Ещё: ${item.name}`,
              items: (
                <>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onEdit(item)}>
                    Изменить
                  </Menu.Item>
                  <Menu.Item leftSection={<IconCircleCheck size={14} />} onClick={() => actions.onAcquired(item)}>
                    {item.status === 'acquired' ? 'Изменить дату приобретения' : 'Приобретено…'}
                  </Menu.Item>
                  {item.status === 'planned' ? (
                    <Menu.Item leftSection={<IconCircleX size={14} />} onClick={() => actions.onCancel(item)}>
                      Отменить позицию
                    </Menu.Item>
                  ) : (
                    <Menu.Item leftSection={<IconArrowBackUp size={14} />} onClick={() => actions.onRestore(item)}>
                      Вернуть в план
                    </Menu.Item>
                  )}
                </>
              ),
            }}
            remove={{ label: `Удалить: ${item.name}`, onClick: () => actions.onDelete(item) }}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The sum of a group, saying so when cancelled items are left out of it. */
function totalText(items: readonly Acquisition[]): string {
  const cancelled = items.some((item) => item.status === 'cancelled');
  return `${rubles(totalKopecks(items))}${cancelled ? ' (без отменённых)' : ''}`;
}

/**
 * The plan as a table: a heading row per year with its count and sum, the quarters within it when any item names
 * one, and the total of everything shown at the foot.
 */
export function AcquisitionsTable({ items, actions }: { items: Acquisition[]; actions: AcquisitionActions }) {
  let n = 0;
  const row = (item: Acquisition) => <ItemRow key={item.id} item={item} n={++n} actions={actions} />;
  return (
    <GroupedTable
      columns={COLUMNS}
      testId="acquisitions-table"
      foot={
        <Table.Tr className={classes.totalRow}>
          <Table.Td colSpan={COLUMNS.length}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700} size="sm">
                Итого: {countOf(items.length, ITEM_FORMS)}
              </Text>
              <Text fw={700} size="sm" data-testid="overall-total">
                Всего на сумму {totalText(items)}
              </Text>
            </Group>
          </Table.Td>
        </Table.Tr>
      }
    >
      {groupsByYear(items).map((group) => (
        <Fragment key={group.year}>
          <GroupHeading
            columns={COLUMNS.length}
            className={classes.yearRow}
            data={{ 'data-acquisition-year': String(group.year) }}
            title={`${group.year} год`}
            count={countOf(group.items.length, ITEM_FORMS)}
            aside={
              <Text fw={700} size="sm" data-testid="year-total">
                Итого за {group.year} год: {totalText(group.items)}
              </Text>
            }
          />
          {group.quarters
            ? group.quarters.map((quarter) => (
                <Fragment key={quarter.key}>
                  <Table.Tr className={classes.quarterRow}>
                    <Table.Td colSpan={COLUMNS.length}>
                      <Text size="sm" fw={600}>
                        {quarter.label}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {quarter.items.map(row)}
                </Fragment>
              ))
            : group.items.map(row)}
        </Fragment>
      ))}
    </GroupedTable>
  );
}
