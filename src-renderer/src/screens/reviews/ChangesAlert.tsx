import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconLockOpen } from '@tabler/icons-react';
import { formatDate } from '@contract/dates';
import type { FigureChange } from '@contract/reviews';

/** An approved review whose data changed since: what changed, from what to what, and the way to recount it. */
export function ChangesAlert({
  approvedOn,
  changes,
  onReopen,
}: {
  approvedOn: string;
  changes: FigureChange[];
  onReopen(): void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle />}
      title="Данные изменились после утверждения"
      mb="md"
      data-testid="changes-alert"
      className="analysis-no-print"
    >
      <Text size="sm" mb="xs">
        Справка утверждена {formatDate(approvedOn)} и показывает цифры на тот день. С тех пор данные изменились:
      </Text>
      <List size="sm" spacing={4} mb="sm" data-testid="changes-list">
        {changes.map((change, index) => (
          <List.Item key={index}>
            <Text span fw={600} size="sm">
              {change.what}
            </Text>
            : было {change.was}, стало{' '}
            <Text span fw={600} size="sm">
              {change.now}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group gap="sm">
        <Button color="orange" leftSection={<IconLockOpen size={16} />} onClick={onReopen}>
          Открыть для изменений
        </Button>
        <Text size="sm" c="dimmed">
          Цифры пересчитаются по текущим данным; затем справку можно утвердить снова.
        </Text>
      </Group>
    </Alert>
  );
}
