import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { Channel, Input, Output } from '@contract';
import { useApiMutation } from '../api/queries';
import { noticeRefusal, noticeSavedFile } from './notices';

/** Channels that save a file and answer with its path (null when the save dialog was cancelled). */
type SaveChannel = { [C in Channel]: Output<C> extends { path: string | null } ? C : never }[Channel];

interface Props<C extends SaveChannel> {
  channel: C;
  input: Input<C>;
  /** Said when the file could not be saved. */
  failText: string;
  disabled?: boolean;
  size?: 'xs';
}

/** «Excel»: asks the main process to save a workbook, then says where it went (or why not). */
export function ExportXlsxButton<C extends SaveChannel>({ channel, input, failText, disabled, size }: Props<C>) {
  const exportXlsx = useApiMutation(channel);
  const run = async () => {
    try {
      const { path } = (await exportXlsx.mutateAsync(input)) as { path: string | null };
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', failText);
    }
  };
  return (
    <Button
      size={size}
      variant="default"
      leftSection={<IconFileSpreadsheet size={size === 'xs' ? 14 : 16} />}
      onClick={() => void run()}
      loading={exportXlsx.isPending}
      disabled={disabled}
    >
      Excel
    </Button>
  );
}
