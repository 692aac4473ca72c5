import { Button, Group, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** How many rows are shown: «Найдено: 3 из 10» while filtered, the whole list's count otherwise. */
  children: ReactNode;
  testId: string;
  filtered: boolean;
  onReset(): void;
  mb?: MantineSpacing;
}

/** Under a list's filters: how many rows it shows, and «Сбросить отбор» while any filter is set. */
export function FilterCount({ children, testId, filtered, onReset, mb }: Props) {
  return (
    <Group gap="xs" mb={mb}>
      <Text size="sm" c="dimmed" data-testid={testId}>
        {children}
      </Text>
      {filtered && (
        <Button variant="subtle" size="compact-sm" onClick={onReset}>
          Сбросить отбор
        </Button>
      )}
    </Group>
  );
}
