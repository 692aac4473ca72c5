import { Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { enterOrEscape } from '../../components/enter-escape';
import classes from './plan.module.css';

interface Props {
  /** What the cell is, for the input's label: «Мероприятие», «Форма». */
  label: string;
  value: string;
  placeholder?: string;
  /** A short dimmed caption before the text: «школа:». */
  prefix?: string;
  fw?: number;
  /** Saves the new text; a refusal is thrown and shown at the cell. */
  onSave(value: string): Promise<void>;
  /** The field's key in a refusal's `fields`, whose message is shown first. */
  errorKey: string;
}

/** A table cell edited in place: click, type, Enter or leaving the cell saves, Esc cancels. */
export function InlineTextCell({ label, value, placeholder = '—', prefix, fw, onSave, errorKey }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const commit = async () => {
    if (draft === null || saving) return;
    if (draft.trim() === value.trim()) {
      cancel();
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
      cancel();
    } catch (e) {
      setError(
        e instanceof ApiError ? (e.fields[`fields.${errorKey}`] ?? e.message) : 'Не удалось сохранить изменение.',
      );
    } finally {
      setSaving(false);
    }
  };

  if (draft === null) {
    return (
      <UnstyledButton
        onClick={(event) => {
          event.stopPropagation();
          setDraft(value);
        }}
        aria-label={`Изменить: ${label}`}
        title="Нажмите, чтобы изменить"
        w="100%"
        style={{ borderRadius: 'var(--mantine-radius-sm)', minHeight: 22 }}
        className={classes.inlineCell}
      >
        <Text size="sm" fw={fw} style={{ whiteSpace: 'pre-wrap' }}>
          {prefix && (
            <Text span size="xs" c="dimmed">
              {prefix}{' '}
            </Text>
          )}
          {value || (
            <Text span size="sm" c="dimmed">
              {placeholder}
            </Text>
          )}
        </Text>
      </UnstyledButton>
    );
  }

  return (
    <TextInput
      size="xs"
      aria-label={label}
      autoFocus
      value={draft}
      readOnly={saving}
      error={error}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setError(null);
      }}
      onBlur={() => void commit()}
      onKeyDown={enterOrEscape(() => void commit(), cancel)}
    />
  );
}
