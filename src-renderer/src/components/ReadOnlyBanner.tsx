import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertOctagon, IconRestore } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../api/queries';

/**
 * A red banner across the top of every screen while the store is open read-only because its file is damaged:
 * it says why, that nothing can be changed, and leads to the list of backups to restore from.
 */
export function ReadOnlyBanner() {
  const status = useApiQuery('store:status', {});
  const navigate = useNavigate();
  if (!status.data?.readOnly) return null;
  return (
    <Alert
      variant="filled"
      color="red"
      icon={<IconAlertOctagon />}
      title="Программа открыта только для просмотра"
      mb="lg"
      role="alert"
      data-testid="read-only-banner"
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="lg">
        <Text size="sm">{status.data.reason}</Text>
        <Button
          variant="white"
          color="red"
          leftSection={<IconRestore size={18} />}
          style={{ flexShrink: 0 }}
          onClick={() => navigate('/settings?section=backups')}
        >
          Восстановить из копии
        </Button>
      </Group>
    </Alert>
  );
}
