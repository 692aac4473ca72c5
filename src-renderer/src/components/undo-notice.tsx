import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface UndoNotice {
  title: string;
  /** What was done, beside the button. */
  text: ReactNode;
  /** How long the notice (and so the chance to undo) stays, in milliseconds. */
  autoClose: number;
  undo(): void;
}

/** Says what was just done, with «Отменить» beside it for as long as the notice stays. */
export function showUndoNotice({ title, text, autoClose, undo }: UndoNotice) {
  const id = notifications.show({
    color: 'teal',
    autoClose,
    title,
    message: (
      <Group justify="space-between" wrap="nowrap">
        {/* A long name wraps; the button keeps its whole label. */}
        <Text size="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
          {text}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          leftSection={<IconArrowBackUp size={14} />}
          onClick={() => {
            notifications.hide(id);
            undo();
          }}
        >
          Отменить
        </Button>
      </Group>
    ),
  });
}
