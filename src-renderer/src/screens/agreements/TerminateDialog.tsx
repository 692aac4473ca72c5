import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleX } from '@tabler/icons-react';
import { localIsoDate } from '@contract/academic-year';
import type { AgreementDetail } from '@contract/agreements';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';

/** «Расторгнуть»: the date and the reason; the agreement stays in the register as terminated. */
export function TerminateDialog({ a, onClose }: { a: AgreementDetail; onClose(): void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { date: localIsoDate(new Date()), reason: '' },
    validate: {
      date: (date) => (date ? null : 'Укажите дату расторжения'),
      reason: (reason) => (reason.trim() ? null : 'Укажите причину расторжения'),
    },
  });
  const dialog = useRecordDialog({
    form,
    write: (values) => invoke('agreements:terminate', { id: a.id, ...values }),
    notice: () => ({ title: null, message: `Договор № ${a.number} расторгнут.` }),
    onClose,
    refusalTitle: 'Не выполнено',
    refusalFallback: 'Не удалось расторгнуть.',
  });
  return (
    <RecordModal
      dialog={dialog}
      title={`Расторжение договора № ${a.number}`}
      size="md"
      action={{ label: 'Расторгнуть', icon: <IconCircleX size={16} /> }}
    >
      <DateField
        label="Дата расторжения"
        required
        value={form.values.date}
        onChange={(date) => form.setFieldValue('date', date ?? '')}
        error={form.errors['date']}
      />
      <Textarea label="Причина" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </RecordModal>
  );
}
