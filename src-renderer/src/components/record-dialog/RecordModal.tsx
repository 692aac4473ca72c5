import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTopLayer } from '../dialog-layers';
import { DialogActions } from '../DialogActions';
import { DialogFooter } from '../DialogFooter';
import type { RecordDialog } from './useRecordDialog';

interface Props {
  dialog: RecordDialog;
  title: string;
  size: ModalProps['size'];
  /** A click beside the dialog closes it (asking first when something changed); most keep open, having much to type. */
  closeOnClickOutside?: boolean;
  /**
   * The one thing the dialog does («Перенести», «Расторгнуть»): its foot is cancel and that action, not the record's
   * delete, cancel and save.
   */
  action?: { label: ReactNode; icon: ReactNode; cancelLabel?: string };
  /** A foot of the dialog's own, where it is neither (a form filled in steps). */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * A record's form in a dialog: its fields, then delete (for a record that exists), cancel and save. Esc and the
 * close button close it as «Отмена» does, asking first when something changed; Ctrl+Enter saves (useRecordDialog).
 */
export function RecordModal({ dialog, title, size, closeOnClickOutside = false, action, footer, children }: Props) {
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
          {action ? (
            <DialogActions
              onCancel={dialog.close}
              saving={dialog.saving}
              icon={action.icon}
              cancelLabel={action.cancelLabel}
            >
              {action.label}
            </DialogActions>
          ) : (
            (footer ?? (
              <DialogFooter
                saving={dialog.saving}
                onCancel={dialog.close}
                remove={dialog.remove}
                onDeleted={dialog.onDeleted}
              />
            ))
          )}
        </Stack>
      </form>
    </Modal>
  );
}
