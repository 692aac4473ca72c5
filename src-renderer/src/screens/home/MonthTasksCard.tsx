import { Anchor, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { monthLabel, participantsText } from '@contract/plan-text';
import { useApiQuery } from '../../api/queries';

/**
 * Главная: the items of this month's plan that have only a month, not yet a day — tasks until they are given one,
 * when they appear on the calendar by themselves.
 */
export function MonthTasksCard() {
  const tasks = useApiQuery('plans:monthTasks', {});
  const items = tasks.data ?? [];
  if (items.length === 0) return null;
  const month = items[0]?.month ?? '';
  return (
    <Card withBorder padding="lg" data-testid="month-tasks">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={4}>Задачи месяца из плана</Title>
          <Badge color="orange" variant="light">
            {items.length}
          </Badge>
        </Group>
        <Anchor component={Link} to="/plan" size="sm" fw={600}>
          Открыть план
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        В плане на {monthLabel(month).toLocaleLowerCase('ru-RU')} у этих мероприятий не назначен день. Назначьте его в
        плане — и мероприятие появится в календаре.
      </Text>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm">{item.title}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {[item.partnerNames.join(', '), participantsText(item.participants)].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td w={220}>
                <Text size="sm" c="dimmed">
                  {item.responsibleSchool}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
