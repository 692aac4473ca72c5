import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTopLayer } from '../dialog-layers';
import { DialogFooter } from '../DialogFooter';
import type { RecordDialog } from './useRecordDialog';

interface Props {
  dialog: RecordDialog;
  title: string;
  size: ModalProps['size'];
  /** A click beside the dialog closes it (asking first when something changed); most keep open, having much to type. */
  closeOnClickOutside?: boolean;
  /**
   * The dialog's own foot, where it does one thing («Перенести», «Расторгнуть»: DialogActions with `dialog.close` as
   * its cancel); the record's delete, cancel and save otherwise.
   */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * A record's form in a dialog: its fields, then delete (for a record that exists), cancel and save. Esc and the
 * close button close it as «Отмена» does, asking first when something changed; Ctrl+Enter saves (useRecordDialog).
 */
export function RecordModal({ dialog, title, size, closeOnClickOutside = false, footer, children }: Props) {
  const onTop = useTopLayer(true);
  return (
    <Modal
      opened
      onClose={dialog.close}
      title={title}
      size={size}
      closeOnClickOutside={closeOnClickOutside}
      closeOnEscape={onTop}
    >
      {/* Shown over a screen's own form (a category added from the partner's), its submit stops here: React passes
          events from a portal on to the components around it. */}
      <form
        onSubmit={(event) => {
          event.stopPropagation();
          dialog.submit(event);
        }}
        noValidate
      >
        <Stack>
          {children}
          {footer ?? (
            <DialogFooter
              saving={dialog.saving}
              onCancel={dialog.close}
              remove={dialog.remove}
              onDeleted={dialog.onDeleted}
            />
          )}
        </Stack>
      </form>
    </Modal>
  );
}
