import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

/** «Excel»: the year's indicators, the tables by level and by partner, and the decisions. */
export function ExportReviewButton({ year }: { year: string }) {
  const exportXlsx = useApiMutation('reviews:exportXlsx');
  const run = async () => {
    try {
      noticeSavedFile((await exportXlsx.mutateAsync({ year })).path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить анализ в Excel.');
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
