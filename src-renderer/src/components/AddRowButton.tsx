import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Under a list edited in place: adds a row («Добавить предмет», «Добавить контактное лицо»). */
export function AddRowButton({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onClick}>
      {children}
    </Button>
  );
}
