import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  onCancel(): void;
  /** The action is under way: its button spins. */
  saving: boolean;
  icon: ReactNode;
  /** The cancel button's label, where «Отмена» could be read as the action («Не отменять»). */
  cancelLabel?: string;
  /** The action's label: what it does («Утвердить», «Приобретено»). */
  children: ReactNode;
}

/** The foot of a dialog that does one thing: cancel, then the action, which submits the dialog's form. */
export function DialogActions({ onCancel, saving, icon, cancelLabel = 'Отмена', children }: Props) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" leftSection={icon} loading={saving}>
        {children}
      </Button>
    </Group>
  );
}
