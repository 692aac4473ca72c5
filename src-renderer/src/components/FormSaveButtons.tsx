import { Button, Group, type GroupProps } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RecordDialog } from './record-dialog/useRecordDialog';

interface Props extends Pick<GroupProps, 'mt'> {
  dialog: Pick<RecordDialog, 'saving' | 'dirty'>;
  /** What the save button says: «Сохранить каникулы». */
  label: string;
  /** Puts the form back as stored: offered (while something changed) where the form has it. */
  onReset?(): void;
  /** Save only once something changed. */
  onlyWhenDirty?: boolean;
  /** Leaves the form (on a screen of its own): «Отмена» after save. */
  onCancel?(): void;
  /** Buttons before save: «Добавить каникулы». */
  children?: ReactNode;
}

/** The foot of a form that sits on a screen: its own buttons, save, then «Отменить изменения» or «Отмена». */
export function FormSaveButtons({ dialog, label, onReset, onCancel, onlyWhenDirty = false, children, mt }: Props) {
  return (
    <Group mt={mt}>
      {children}
      <Button
        type="submit"
        leftSection={<IconDeviceFloppy size={18} />}
        disabled={onlyWhenDirty && !dialog.dirty}
        loading={dialog.saving}
      >
        {label}
      </Button>
      {onReset && (
        <Button variant="default" disabled={!dialog.dirty} onClick={onReset}>
          Отменить изменения
        </Button>
      )}
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          Отмена
        </Button>
      )}
    </Group>
  );
}
