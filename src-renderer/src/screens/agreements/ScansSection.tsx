import { ActionIcon, Button, FileButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Attachment } from '../../../../src-main/contract/agreements';
import { formatDate } from '../../../../src-main/contract/dates';
import { ApiError, invoke } from '../../api/client';
import { fileToBase64 } from '../../files';

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}

const failed = (error: unknown, fallback: string) =>
  notifications.show({
    color: 'red',
    title: 'Не выполнено',
    message: error instanceof ApiError ? error.message : fallback,
  });

/** Signed scans of the agreement: attach (PDF, JPG, PNG), open in the system's viewer, remove. */
export function ScansSection({ agreementId, scans }: { agreementId: number; scans: Attachment[] }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const attach = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const content = await fileToBase64(file);
      await invoke('agreements:attachScan', { agreementId, fileName: file.name, content });
      notifications.show({ color: 'teal', message: `Скан «${file.name}» прикреплён.` });
      await queryClient.invalidateQueries();
    } catch (error) {
      failed(error, 'Не удалось прикрепить файл.');
    } finally {
      setBusy(false);
    }
  };

  const open = (scan: Attachment) =>
    invoke('agreements:openScan', { id: scan.id }).catch((error: unknown) => failed(error, 'Не удалось открыть файл.'));

  const remove = (scan: Attachment) =>
    modals.openConfirmModal({
      title: 'Удалить скан',
      children: <Text size="sm">Удалить файл «{scan.originalName}» из программы?</Text>,
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        invoke('agreements:removeScan', { id: scan.id })
          .then(() => queryClient.invalidateQueries())
          .catch((error: unknown) => failed(error, 'Не удалось удалить файл.')),
    });

  return (
    <Stack>
      {scans.length === 0 ? (
        <Text size="sm" c="dimmed">
          Скан подписанного экземпляра не прикреплён.
        </Text>
      ) : (
        <Table withTableBorder data-testid="scans">
          <Table.Tbody>
            {scans.map((scan) => (
              <Table.Tr key={scan.id}>
                <Table.Td>{scan.originalName}</Table.Td>
                <Table.Td w={100}>{sizeText(scan.size)}</Table.Td>
                <Table.Td w={120}>{formatDate(scan.addedAt.slice(0, 10))}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} justify="flex-end">
                    <Tooltip label="Открыть">
                      <ActionIcon
                        variant="default"
                        aria-label={`Открыть ${scan.originalName}`}
                        onClick={() => void open(scan)}
                      >
                        <IconExternalLink size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Удалить">
                      <ActionIcon
                        variant="default"
                        color="red"
                        aria-label={`Удалить ${scan.originalName}`}
                        onClick={() => remove(scan)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <FileButton onChange={(file) => void attach(file)} accept="application/pdf,image/jpeg,image/png">
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconPaperclip size={16} />} loading={busy}>
              Прикрепить скан (PDF, JPG, PNG, до 20 МБ)
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
