import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import type { Acquisition } from '@contract/acquisitions';
import { localIsoDate } from '@contract/academic-year';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';
import { quoted } from '@contract/quote';

/** «Приобретено»: the day the item was bought or received, today unless told otherwise. */
export function AcquiredDialog({ item, onClose }: { item: Acquisition; onClose(): void }) {
  const today = localIsoDate(new Date());
  const form = useForm({ mode: 'controlled', initialValues: { acquiredOn: item.acquiredOn ?? today } });
  const dialog = useRecordDialog({
    form,
    guard: false,
    check: ({ acquiredOn }): Record<string, string> => (acquiredOn ? {} : { acquiredOn: 'Укажите дату приобретения' }),
    write: ({ acquiredOn }) => invoke('acquisitions:markAcquired', { id: item.id, acquiredOn }),
    notice: () => `${quoted(item.name)} отмечена как приобретённая.`,
    onClose,
  });

  return (
    <RecordModal
      dialog={dialog}
      title="Отметить приобретённым"
      size="md"
      action={{ label: 'Приобретено', icon: <IconCircleCheck size={18} /> }}
    >
      <Text>{item.name}</Text>
      <DateField
        label="Дата приобретения"
        description="День, когда позицию купили или получили от партнёра"
        required
        autofocus
        value={form.values.acquiredOn}
        onChange={(value) => form.setFieldValue('acquiredOn', value ?? '')}
        error={form.errors['acquiredOn']}
        min="2000-01-01"
        max={today}
      />
    </RecordModal>
  );
}
