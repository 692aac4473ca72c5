import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { PartnerFilter } from '@contract/partners';
import { invoke } from '../../../api/client';
import { noticeRefusal, noticeSavedFile } from '../../../components/notices';

interface ExportPartnersButtonProps {
  /** The list's current filter: the file holds exactly the partners the list shows. */
  filter: PartnerFilter;
}

/** «Экспорт в Excel»: saves the filtered list of partners as an XLSX table. */
export function ExportPartnersButton({ filter }: ExportPartnersButtonProps) {
  // Export reads the store and writes a file only: no query needs reading again.
  const exportXlsx = useMutation({ mutationFn: () => invoke('partners:exportXlsx', { filter }) });
  const run = async () => {
    try {
      const { path } = await exportXlsx.mutateAsync();
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Файл не сохранён', 'Не удалось сохранить файл.');
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={18} />}
      onClick={run}
      loading={exportXlsx.isPending}
    >
      Экспорт в Excel
    </Button>
  );
}
