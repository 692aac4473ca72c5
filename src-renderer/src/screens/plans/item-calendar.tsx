import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { HandEdit, HandEditWinner, ItemEventsFate } from '@contract/plan-calendar';
import type { PlanItem, PlanItemFields } from '@contract/plans';
import { invoke } from '../../api/client';
import { ask } from '../../components/ask';
import { quoted } from '@contract/quote';

/**
 * How a plan item's save reaches its events on the calendar: where an event was changed there by hand, the office
 * says which wins; deleting an item asks what becomes of its events.
 */

/** Asks which wins for events changed on the calendar by hand; null when the office goes back to the form. */
export function askHandEdits(handEdited: readonly HandEdit[]): Promise<HandEditWinner | null> {
  return ask<HandEditWinner>({
    title: 'Мероприятие изменено в календаре вручную',
    size: 640,
    body: (answer) => (
      <Stack data-testid="hand-edits">
        <Text size="sm">
          {handEdited.length === 1
            ? 'Это мероприятие плана уже изменено в календаре. Что оставить?'
            : 'Эти мероприятия плана уже изменены в календаре. Что оставить?'}
        </Text>
        {handEdited.map((edit) => (
          <Stack key={edit.eventId} gap={4}>
            <Text size="sm" fw={600}>
              {edit.title} · {edit.when}
            </Text>
            <Table withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%" />
                  <Table.Th>В календаре</Table.Th>
                  <Table.Th>В плане теперь</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {edit.changes.map((c) => (
                  <Table.Tr key={c.label}>
                    <Table.Td c="dimmed">{c.label}</Table.Td>
                    <Table.Td>{c.calendar}</Table.Td>
                    <Table.Td>{c.plan}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
        <Text size="xs" c="dimmed">
          Остальные изменения пункта плана календарь получит в любом случае. Проведённые мероприятия не меняются.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(null)}>
            Вернуться к пункту
          </Button>
          <Button variant="light" onClick={() => answer('calendar')}>
            Оставить как в календаре
          </Button>
          <Button onClick={() => answer('plan')}>Изменить по плану</Button>
        </Group>
      </Stack>
    ),
  });
}

/**
 * Saves a plan item; where its events were changed on the calendar by hand, asks which wins and saves again with
 * the answer. Resolves with the saved item, or null when the office went back to the form.
 */
export async function savePlanItem(id: number, fields: PlanItemFields): Promise<PlanItem | null> {
  const answer = await invoke('planItems:update', { id, fields });
  if (answer.saved) return answer.item;
  const winner = await askHandEdits(answer.handEdited);
  if (winner === null) return null;
  const again = await invoke('planItems:update', { id, fields, handEdits: winner });
  return again.saved ? again.item : null;
}

/** Asks what becomes of the item's events not yet held; null when the office changed its mind. */
export function askEventsFate(item: PlanItem): Promise<ItemEventsFate | null> {
  const held =
    item.heldCount > 0 ? ` Проведённые (${item.heldCount}) останутся в календаре как мероприятия вне плана.` : '';
  return ask<ItemEventsFate>({
    title: 'Удалить мероприятие из плана?',
    size: 560,
    body: (answer) => (
      <Stack>
        <Text size="sm">
          {quoted(item.title)} будет удалено из плана. Что сделать с его мероприятиями в календаре, которые ещё не
          проведены ({item.unheldCount})?{held}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(null)}>
            Отмена
          </Button>
          <Button variant="light" onClick={() => answer('keep')}>
            Оставить вне плана
          </Button>
          <Button color="red" onClick={() => answer('delete')}>
            Удалить и из календаря
          </Button>
        </Group>
      </Stack>
    ),
  });
}
