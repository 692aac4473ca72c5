import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { PlanGrouping } from '../../../../src-main/contract/plans';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

/** «Excel»: the plan as a table, grouped as it is shown. */
export function ExportPlanButton({ year, groupBy }: { year: string; groupBy: PlanGrouping }) {
  const exportXlsx = useApiMutation('plans:exportXlsx');
  const run = async () => {
    try {
      const { path } = await exportXlsx.mutateAsync({ year, groupBy });
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить план в Excel.');
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
