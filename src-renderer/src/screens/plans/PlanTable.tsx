import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { PlanItem, PlanItemFields } from '@contract/plans';
import { RowActions } from '../../components/RowActions';
import { GroupedTable, GroupHeading, type TableColumn } from '../../components/GroupedTable';
import { useQueryClient } from '@tanstack/react-query';
import { savePlanItem } from './item-calendar';
import { InlineTextCell } from './InlineTextCell';
import { planItemFieldsOf } from '@contract/plans';
import { participantsText, timingText } from '@contract/plan-text';
import { groupCountText } from './plan-text';
import classes from './plan.module.css';

export interface PlanGroup {
  key: string;
  title: string;
  items: PlanItem[];
  /** A month group offers to add an item planned for that month, a partner's group one with that partner. */
  month: string | null;
  partnerId: number | null;
}

interface Props {
  groups: PlanGroup[];
  onEdit(item: PlanItem): void;
  onAdd(group: PlanGroup): void;
  onGenerate(item: PlanItem): void;
  onDelete(item: PlanItem): void;
}

const COLUMNS: readonly TableColumn[] = [
  { title: '№', width: 44 },
  { title: 'Сроки', width: 120 },
  { title: 'Мероприятие', width: undefined },
  { title: 'Форма', width: '15%' },
  { title: 'Участники', width: '11%' },
  { title: 'Партнёр', width: '13%' },
  { title: 'Ответственные', width: '15%' },
  { title: 'События', width: 86 },
  { title: '', width: 72 },
];

/** The item's texts edited in place in the table. */
type InlineField = 'title' | 'form' | 'responsibleSchool' | 'responsiblePartner';

function ItemRow({
  item,
  n,
  inMonthGroup,
  ...actions
}: { item: PlanItem; n: number; inMonthGroup: boolean } & Omit<Props, 'groups' | 'onAdd'>) {
  const queryClient = useQueryClient();
  const save = (change: Partial<PlanItemFields>) =>
    savePlanItem(item.id, { ...planItemFieldsOf(item), ...change }).then(() => void queryClient.invalidateQueries());
  /** A text of the item edited in its cell: `label` names it, `field` is where it is kept and its errors go. */
  const text = (field: InlineField, label: string, look: { prefix?: string; fw?: number } = {}) => (
    <InlineTextCell
      label={label}
      errorKey={field}
      value={item[field]}
      onSave={(value) => save({ [field]: value })}
      {...look}
    />
  );

  return (
    <Table.Tr data-plan-item={item.id} style={{ verticalAlign: 'top' }}>
      <Table.Td c="dimmed">{n}</Table.Td>
      <Table.Td>
        <Text size="sm">{timingText(item, !inMonthGroup)}</Text>
        {item.eventsCount === 0 && (
          <Tooltip
            label={
              item.timing === 'month'
                ? 'Назначьте день — и мероприятие появится в календаре'
                : 'Мероприятие удалено из календаря; создайте его снова кнопкой в столбце «События»'
            }
          >
            <Badge variant="light" color={item.timing === 'month' ? 'orange' : 'gray'} size="xs" mt={4}>
              {item.timing === 'month' ? 'задача месяца' : 'нет в календаре'}
            </Badge>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {text('title', 'Мероприятие', { fw: 500 })}
          {item.directionName && (
            <Text size="xs" c="dimmed">
              {item.directionName}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{text('form', 'Форма')}</Table.Td>
      <Table.Td>
        <Text size="sm">{participantsText(item.participants) || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.partnerNames.join(', ') || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          {text('responsibleSchool', 'Ответственный от школы', { prefix: 'школа:' })}
          {text('responsiblePartner', 'Ответственный от партнёра', { prefix: 'партнёр:' })}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={`Проведено: ${item.heldCount}`}>
            <Badge variant="light" color={item.eventsCount === 0 ? 'gray' : 'teal'} data-testid="events-count">
              {item.eventsCount}
            </Badge>
          </Tooltip>
          <Tooltip label="Создать мероприятия в календаре">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Создать мероприятия: ${item.title}`}
              onClick={() => actions.onGenerate(item)}
            >
              <IconCalendarPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <RowActions
            edit={{ label: `Изменить: ${item.title}`, onClick: () => actions.onEdit(item) }}
            menu={{
              label: `Ещё: ${item.title}`,
              items: (
                <>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onEdit(item)}>
                    Изменить полностью
                  </Menu.Item>
                  <Menu.Item leftSection={<IconCalendarPlus size={14} />} onClick={() => actions.onGenerate(item)}>
                    Создать мероприятия
                  </Menu.Item>
                </>
              ),
            }}
            remove={{
              label: `Удалить: ${item.title}`,
              text: 'Удалить из плана',
              onClick: () => actions.onDelete(item),
            }}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The plan as a table: one header row per group (a month or a partner) with its counts, then its items. */
export function PlanTable({ groups, onAdd, ...actions }: Props) {
  const firstNumbers = groups.map((_, i) => groups.slice(0, i).reduce((sum, g) => sum + g.items.length, 1));
  return (
    <GroupedTable columns={COLUMNS} testId="plan-table">
      {groups.map((group, g) => (
        <Fragment key={group.key}>
          <GroupHeading
            columns={COLUMNS.length}
            className={classes.groupRow}
            data={{ 'data-plan-group': group.key }}
            titleTestId="plan-group-title"
            title={group.title}
            count={group.items.length === 0 ? 'мероприятий нет' : groupCountText(group.items)}
            aside={
              (group.month || group.partnerId) && (
                <Tooltip
                  label={group.month ? 'Добавить мероприятие в этот месяц' : 'Добавить мероприятие с этим партнёром'}
                >
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={`Добавить мероприятие: ${group.title}`}
                    onClick={() => onAdd(group)}
                  >
                    <IconPlus size={16} />
                  </ActionIcon>
                </Tooltip>
              )
            }
          />
          {group.items.map((item, i) => (
            <ItemRow
              key={item.id}
              item={item}
              n={(firstNumbers[g] ?? 1) + i}
              inMonthGroup={group.month !== null}
              {...actions}
            />
          ))}
        </Fragment>
      ))}
    </GroupedTable>
  );
}
