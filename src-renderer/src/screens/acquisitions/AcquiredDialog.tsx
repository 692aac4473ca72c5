import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Acquisition } from '@contract/acquisitions';
import { localIsoDate } from '@contract/academic-year';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { DateField } from '../../components/DateField';

/** «Приобретено»: the day the item was bought or received, today unless told otherwise. */
export function AcquiredDialog({ item, onClose }: { item: Acquisition; onClose(): void }) {
  const mark = useApiMutation('acquisitions:markAcquired');
  const today = localIsoDate(new Date());
  const [date, setDate] = useState(item.acquiredOn ?? today);
  const [error, setError] = useState<string | undefined>();

  const save = async () => {
    if (!date) {
      setError('Укажите дату приобретения');
      return;
    }
    try {
      await mark.mutateAsync({ id: item.id, acquiredOn: date });
      notifications.show({ color: 'teal', title: 'Сохранено', message: `«${item.name}» отмечена как приобретённая.` });
      onClose();
    } catch (refusal) {
      setError(noticeRefusal(refusal)['acquiredOn']);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Отметить приобретённым" size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <Stack>
          <Text>{item.name}</Text>
          <DateField
            label="Дата приобретения"
            description="День, когда позицию купили или получили от партнёра"
            required
            autofocus
            value={date}
            onChange={(value) => {
              setDate(value ?? '');
              setError(undefined);
            }}
            error={error}
            min="2000-01-01"
            max={today}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Отмена
            </Button>
            <Button type="submit" leftSection={<IconCircleCheck size={18} />} loading={mark.isPending}>
              Приобретено
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
