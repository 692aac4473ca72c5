import { Button, Group, type MantineSize } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentRequest } from '@contract/documents';
import { ApiError, invoke } from '../../api/client';
import { noticeOutcome, noticeSavedFile } from '../notices';

type Action = 'print' | 'pdf' | 'docx';

const FAILED: Record<Action, string> = {
  print: 'Не удалось напечатать документ.',
  pdf: 'Не удалось сохранить PDF.',
  docx: 'Не удалось сохранить файл Word.',
};

/** Runs one action; the saved file's path, or null when the user cancelled (or nothing was saved). */
async function perform(action: Action, request: DocumentRequest): Promise<string | null> {
  switch (action) {
    case 'print':
      await invoke('documents:print', request);
      return null;
    case 'pdf':
      return (await invoke('documents:savePdf', request)).path;
    case 'docx':
      return (await invoke('documents:saveDocx', request)).path;
  }
}

export interface DocumentActionsProps {
  /** The document the buttons print and save. */
  request: DocumentRequest;
  disabled?: boolean;
  size?: MantineSize;
  /** Asked before each action (a question to the user); the action runs only when it resolves true. */
  beforeRun?: () => Promise<boolean>;
}

/** «Печать», «Сохранить PDF», «Экспорт в Word» for one document. */
export function DocumentActions({ request, disabled = false, size = 'sm', beforeRun }: DocumentActionsProps) {
  const [running, setRunning] = useState<Action | null>(null);

  const run = async (action: Action) => {
    if (beforeRun && !(await beforeRun())) return;
    setRunning(action);
    try {
      const path = await perform(action, request);
      noticeSavedFile(path);
    } catch (error) {
      noticeOutcome({
        color: 'red',
        title: 'Не получилось',
        message: error instanceof ApiError ? error.message : FAILED[action],
      });
    } finally {
      setRunning(null);
    }
  };

  const button = (action: Action) => ({
    size,
    loading: running === action,
    disabled: disabled || (running !== null && running !== action),
    onClick: () => void run(action),
  });

  return (
    <Group gap="xs">
      <Button leftSection={<IconPrinter size={16} />} {...button('print')}>
        Печать
      </Button>
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} {...button('pdf')}>
        Сохранить PDF
      </Button>
      <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} {...button('docx')}>
        Экспорт в Word
      </Button>
    </Group>
  );
}
