import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { PartnerFilter } from '../../../../../src-main/contract/partners';
import { invoke } from '../../../api/client';

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
      if (path) notifications.show({ color: 'teal', title: 'Экспорт в Excel', message: `Файл сохранён: ${path}` });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Файл не сохранён',
        message: error instanceof Error ? error.message : 'Не удалось сохранить файл.',
      });
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
