import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogFooter } from '../DialogFooter';
import type { RecordDialog } from './useRecordDialog';

interface Props {
  dialog: RecordDialog;
  title: string;
  size: ModalProps['size'];
  /** Dialogs with much to type keep open on a click beside them. */
  closeOnClickOutside?: boolean;
  /** For a record that exists: the delete button's label and how the deletion is confirmed and done. */
  remove?: { label: string; confirm(afterDelete: () => Promise<void>): void } | null;
  /** After a confirmed deletion: usually closes the dialog. */
  onDeleted?(): void;
  children: ReactNode;
}

/** A record's form in a dialog: its fields, then delete (for a record that exists), cancel and save. */
export function RecordModal({ dialog, title, size, closeOnClickOutside, remove, onDeleted, children }: Props) {
  return (
    <Modal
      opened
      onClose={dialog.close}
      title={title}
      size={size}
      {...(closeOnClickOutside === undefined ? {} : { closeOnClickOutside })}
    >
      <form onSubmit={dialog.submit} noValidate>
        <Stack>
          {children}
          <DialogFooter saving={dialog.saving} onCancel={dialog.close} remove={remove ?? null} onDeleted={onDeleted} />
        </Stack>
      </form>
    </Modal>
  );
}
