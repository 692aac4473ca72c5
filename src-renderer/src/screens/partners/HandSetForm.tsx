import { Button, Group, Select, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { ApiError } from '../../api/client';
import { DateField } from '../../components/DateField';

/** The date and reason of a value set by hand, and what the store said when it refused one. */
export function useHandSet(failure: string) {
  const [date, setDate] = useState(localIsoDate(new Date()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  /** Runs a write; a refusal puts its messages at their fields and says why. */
  const run = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setMessage(error instanceof ApiError ? error.message : failure);
    }
  };
  return { date, setDate, reason, setReason, errors, message, run };
}

interface Props {
  form: ReturnType<typeof useHandSet>;
  /** The value to set: its label, its choices and the one chosen. */
  choice: { label: string; data: { value: string; label: string }[]; value: string; onChange(value: string): void };
  /** Whether a value set by hand is in force, and so can be lifted. */
  byHand: boolean;
  lifting: boolean;
  onLift(): void;
  saving: boolean;
  onSave(): void;
  onCancel(): void;
}

/** A status or a stage set by hand: the value, the date and the reason, and the buttons to set, lift or cancel. */
export function HandSetForm({ form, choice, byHand, lifting, onLift, saving, onSave, onCancel }: Props) {
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={choice.label}
          data={choice.data}
          value={choice.value}
          onChange={(value) => value && choice.onChange(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label="Дата"
          value={form.date || null}
          onChange={(date) => form.setDate(date ?? '')}
          error={form.errors['date']}
        />
      </Group>
      <Textarea
        label="Причина"
        required
        autosize
        minRows={2}
        value={form.reason}
        onChange={(e) => form.setReason(e.currentTarget.value)}
        error={form.errors['reason']}
      />
      {form.message && (
        <Text size="sm" c="red" role="alert">
          {form.message}
        </Text>
      )}
      <Group justify="space-between">
        <div>
          {byHand && (
            <Button variant="light" color="orange" loading={lifting} onClick={onLift}>
              Снять ручную установку
            </Button>
          )}
        </div>
        <Group>
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button loading={saving} onClick={onSave}>
            Установить вручную
          </Button>
        </Group>
      </Group>
    </>
  );
}
