import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RecordDialog } from './useRecordDialog';

/** Why the form's last save was refused, said in the form itself; nothing once it is saved. */
export function RefusalAlert({ dialog, ...props }: { dialog: Pick<RecordDialog, 'refusal'> } & AlertProps) {
  if (!dialog.refusal) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} role="alert" {...props}>
      {dialog.refusal}
    </Alert>
  );
}
