import { Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentRequest } from '@contract/documents';
import { invoke } from '../../api/client';
import { QueryState } from '../QueryState';
import { DocumentActions } from './DocumentActions';

function Preview({
  request,
  notice,
  beforeRun,
  actions,
}: {
  request: DocumentRequest;
  notice?: ReactNode;
  beforeRun?: () => Promise<boolean>;
  actions?: ReactNode;
}) {
  // Made afresh each time it is opened: the document shows the store as it is now.
  const preview = useQuery({
    queryKey: ['documents:preview', request],
    queryFn: () => invoke('documents:preview', request),
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text fw={600}>{preview.data?.title ?? ' '}</Text>
        <Group gap="xs">
          <DocumentActions request={request} disabled={!preview.data} {...(beforeRun ? { beforeRun } : {})} />
          {actions}
        </Group>
      </Group>
      {notice}
      <QueryState query={preview}>
        {({ title, html }) => (
          // The page is shown as it will print, in a frame that may run nothing and reach nothing.
          <iframe
            title={`Предпросмотр: ${title}`}
            data-testid="document-preview"
            srcDoc={html}
            sandbox=""
            style={{
              width: '100%',
              height: 'calc(100vh - 220px)',
              minHeight: 400,
              border: '1px solid var(--mantine-color-gray-4)',
              borderRadius: 'var(--mantine-radius-sm)',
              background: '#e9ecef',
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}

export interface DocumentPreviewModalProps {
  /** The document to show; nothing is shown while it is null. */
  request: DocumentRequest | null;
  opened: boolean;
  onClose(): void;
  /** Shown above the document: what the user should know before printing it. */
  notice?: ReactNode;
  /** Asked before printing or saving (see DocumentActions). */
  beforeRun?: () => Promise<boolean>;
  /** More buttons beside «Печать», «Сохранить PDF», «Экспорт в Word»: the same list in Excel. */
  actions?: ReactNode;
}

/** A large window with the document as it will print, and the buttons to print and save it. */
export function DocumentPreviewModal({
  request,
  opened,
  onClose,
  notice,
  beforeRun,
  actions,
}: DocumentPreviewModalProps) {
  return (
    <Modal opened={opened && request !== null} onClose={onClose} title="Предпросмотр документа" size={1240}>
      {request && <Preview request={request} notice={notice} actions={actions} {...(beforeRun ? { beforeRun } : {})} />}
    </Modal>
  );
}
