import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogFooter } from '../DialogFooter';
import type { RecordDialog } from './useRecordDialog';

interface Props {
  dialog: RecordDialog;
  title: string;
  size: ModalProps['size'];
  /** A click beside the dialog closes it (asking first when something changed); most keep open, having much to type. */
  closeOnClickOutside?: boolean;
  children: ReactNode;
}

/** A record's form in a dialog: its fields, then delete (for a record that exists), cancel and save. */
export function RecordModal({ dialog, title, size, closeOnClickOutside = false, children }: Props) {
  return (
    <Modal opened onClose={dialog.close} title={title} size={size} closeOnClickOutside={closeOnClickOutside}>
      <form onSubmit={dialog.submit} noValidate>
        <Stack>
          {children}
          <DialogFooter
            saving={dialog.saving}
            onCancel={dialog.close}
            remove={dialog.remove}
            onDeleted={dialog.onDeleted}
          />
        </Stack>
      </form>
    </Modal>
  );
}
