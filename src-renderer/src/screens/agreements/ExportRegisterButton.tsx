import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { AgreementFilter } from '../../../../src-main/contract/agreements';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

export function ExportRegisterButton({ filter, disabled }: { filter: AgreementFilter; disabled?: boolean }) {
  const exportRegister = useApiMutation('agreements:exportRegister');
  const run = async () => {
    try {
      const { path } = await exportRegister.mutateAsync(filter);
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить реестр.');
    }
  };
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconFileSpreadsheet size={14} />}
      onClick={() => void run()}
      loading={exportRegister.isPending}
      disabled={disabled}
    >
      Excel
    </Button>
  );
}
