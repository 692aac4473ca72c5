import { Button, Group, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { noticeOutcome, noticeRefusal } from '../../components/notices';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';

/** A value set by hand: the value chosen, from which day, and why. */
export interface HandSet<Value extends string> {
  value: Value;
  date: string;
  reason: string;
}

interface Options<Value extends string, Saved> {
  title: string;
  /** The value shown first: the one in force. */
  initial: Value;
  /** The value to set: its label and its choices. */
  choice: { label: string; data: { value: Value; label: string }[] };
  /** What the store requires of the reason, said at the field before asking it. */
  reasonRequired: string;
  set(values: HandSet<Value>): Promise<Saved>;
  /** What is said once set. */
  saved(saved: Saved): string;
  /** A value set by hand in force, and how to lift it (saying what then holds); null while none is. */
  lift: { run(): Promise<string> } | null;
  /** Why it failed, when the store gave no reason. */
  failure: string;
  onClose(): void;
  /** What the dialog says before its fields. */
  children: ReactNode;
}

/**
 * A status or a stage set by hand, in its dialog: the value, the date and the reason, and the buttons to lift the one
 * in force, cancel, or set. Like every record's dialog, a refused save leads to its first field, Ctrl+Enter sets, Esc
 * closes and asks first when a reason was typed.
 */
export function HandSetDialog<Value extends string, Saved>(options: Options<Value, Saved>) {
  const { choice, onClose } = options;
  const form = useForm<HandSet<Value>>({
    mode: 'controlled',
    initialValues: { value: options.initial, date: localIsoDate(new Date()), reason: '' },
    validate: {
      date: (date) => (date ? null : 'Укажите дату'),
      reason: (reason) => (reason.trim() ? null : options.reasonRequired),
    },
  });
  const dialog = useRecordDialog({
    form,
    write: options.set,
    notice: (saved) => ({ title: null, message: options.saved(saved) }),
    onClose,
    refusalTitle: 'Не выполнено',
    refusalFallback: options.failure,
  });
  const queryClient = useQueryClient();
  const lifting = useMutation({
    mutationFn: () => options.lift?.run() ?? Promise.resolve(''),
    onSuccess: async (message) => {
      await queryClient.invalidateQueries();
      noticeOutcome({ color: 'teal', message });
      onClose();
    },
    onError: (error) => noticeRefusal(error, 'Не выполнено', options.failure),
  });
  const footer = (
    <Group justify="space-between">
      <div>
        {options.lift && (
          <Button variant="light" color="orange" loading={lifting.isPending} onClick={() => lifting.mutate()}>
            Снять ручную установку
          </Button>
        )}
      </div>
      <Group>
        <Button variant="default" onClick={dialog.close}>
          Отмена
        </Button>
        <Button type="submit" loading={dialog.saving}>
          Установить вручную
        </Button>
      </Group>
    </Group>
  );
  return (
    <RecordModal dialog={dialog} title={options.title} size="lg" footer={footer}>
      {options.children}
      <Group grow align="flex-start">
        <Select
          label={choice.label}
          data={choice.data}
          value={form.values.value}
          onChange={(value) => value && form.setFieldValue('value', value as Value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label="Дата"
          required
          value={form.values.date || null}
          onChange={(date) => form.setFieldValue('date', date ?? '')}
          error={form.errors['date']}
        />
      </Group>
      <Textarea label="Причина" required autosize minRows={2} {...form.getInputProps('reason')} />
    </RecordModal>
  );
}
