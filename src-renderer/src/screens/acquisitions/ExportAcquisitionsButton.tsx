import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { PlanYears } from '../../../../src-main/contract/acquisitions';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

/** «Excel»: the plan's rows for the years, with sums as rubles and the total. */
export function ExportAcquisitionsButton({ years, disabled }: { years: PlanYears; disabled?: boolean }) {
  const exportXlsx = useApiMutation('acquisitions:exportXlsx');
  const run = async () => {
    try {
      noticeSavedFile((await exportXlsx.mutateAsync(years)).path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить план приобретения в Excel.');
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      onClick={() => void run()}
      loading={exportXlsx.isPending}
      disabled={disabled}
    >
      Excel
    </Button>
  );
}
