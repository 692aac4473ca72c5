import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Why nothing is shown and what to do next: the button to press, or the place where the records come from. */
  children: ReactNode;
  /** A button that does it, under the text. */
  action?: ReactNode;
  testId?: string;
  /** Smaller, above content that is still shown (the calendar's empty grid), so that it pushes that down less. */
  compact?: boolean;
}

/**
 * In place of an empty list (every list of the app has one): a frame that says why nothing is shown and what to do
 * next, and `action`, a button to.
 */
export function EmptyList({ children, action, testId, compact = false }: Props) {
  return (
    <Paper withBorder p={compact ? 'sm' : 'xl'} data-empty-list data-testid={testId}>
      <Text ta="center" c="dimmed" size={compact ? 'sm' : undefined}>
        {children}
      </Text>
      {action}
    </Paper>
  );
}
