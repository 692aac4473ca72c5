import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** In place of an empty list: a frame that says why nothing is shown and what to do (and `action`, a button to). */
export function EmptyList({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl">
      <Text ta="center" c="dimmed">
        {children}
      </Text>
      {action}
    </Paper>
  );
}
