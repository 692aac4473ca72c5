import { ActionIcon, Button, FileButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Attachment } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { ApiError } from '../api/client';
import { fileToBase64 } from '../files';

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

export interface AttachmentsTexts {
  /** Shown when nothing is attached. */
  empty: string;
  /** The attach button. */
  attach: string;
  /** «Скан «x.png» прикреплён.» */
  attached(name: string): string;
  removeTitle: string;
  removeQuestion(name: string): string;
}

interface Props {
  files: Attachment[];
  /** MIME types the file chooser offers; the store checks the content itself. */
  accept: string;
  texts: AttachmentsTexts;
  testId: string;
  attach(fileName: string, content: string): Promise<unknown>;
  open(id: number): Promise<unknown>;
  remove(id: number): Promise<unknown>;
}

/** Files kept with a record (signed scans, photos): attach, open in the system's viewer, remove. */
export function AttachmentsSection({ files, accept, texts, testId, attach, open, remove }: Props) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const add = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      await attach(file.name, await fileToBase64(file));
      notifications.show({ color: 'teal', message: texts.attached(file.name) });
      await queryClient.invalidateQueries();
    } catch (error) {
      failed(error, 'Не удалось прикрепить файл.');
    } finally {
      setBusy(false);
    }
  };

  const show = (file: Attachment) => open(file.id).catch((error: unknown) => failed(error, 'Не удалось открыть файл.'));

  const confirmRemove = (file: Attachment) =>
    modals.openConfirmModal({
      title: texts.removeTitle,
      children: <Text size="sm">{texts.removeQuestion(file.originalName)}</Text>,
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove(file.id)
          .then(() => queryClient.invalidateQueries())
          .catch((error: unknown) => failed(error, 'Не удалось удалить файл.')),
    });

  return (
    <Stack>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {texts.empty}
        </Text>
      ) : (
        <Table withTableBorder data-testid={testId}>
          <Table.Tbody>
            {files.map((file) => (
              <Table.Tr key={file.id}>
                <Table.Td>{file.originalName}</Table.Td>
                <Table.Td w={100}>{sizeText(file.size)}</Table.Td>
                <Table.Td w={120}>{formatDate(file.addedAt.slice(0, 10))}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} justify="flex-end">
                    <Tooltip label="Открыть">
                      <ActionIcon
                        variant="default"
                        aria-label={`Открыть ${file.originalName}`}
                        onClick={() => void show(file)}
                      >
                        <IconExternalLink size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Удалить">
                      <ActionIcon
                        variant="default"
                        color="red"
                        aria-label={`Удалить ${file.originalName}`}
                        onClick={() => confirmRemove(file)}
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
        <FileButton onChange={(file) => void add(file)} accept={accept}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconPaperclip size={16} />} loading={busy}>
              {texts.attach}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
