import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

/** «Excel»: the year's summary and records, on two sheets. */
export function ExportStaffButton({ year }: { year: string }) {
  const exportXlsx = useApiMutation('staff:exportXlsx');
  const run = async () => {
    try {
      const { path } = await exportXlsx.mutateAsync({ year });
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить итоги в Excel.');
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      onClick={() => void run()}
      loading={exportXlsx.isPending}
    >
      Excel
    </Button>
  );
}
