import { Badge, Button, NavLink, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Item {
  id: number;
  builtIn: boolean;
  label: string;
  description?: string | undefined;
  /** At the right of the office's own one (a built-in one is marked «образец»). */
  action?: ReactNode;
}

interface Props {
  items: Item[];
  /** The one open beside the list; 'new' while a new one is being written. */
  selected: number | 'new' | null;
  onChoose(id: number | 'new'): void;
  /** The button under the list: «Новый шаблон». */
  newLabel: string;
}

/** A list of templates (of agreements, of questionnaires) to open one of, and a button to write a new one. */
export function TemplateList({ items, selected, onChoose, newLabel }: Props) {
  return (
    <Stack gap={4}>
      {items.map((item) => (
        <NavLink
          key={item.id}
          label={item.label}
          description={item.description}
          active={selected === item.id}
          onClick={() => onChoose(item.id)}
          rightSection={
            item.builtIn ? (
              <Badge size="xs" variant="light">
                образец
              </Badge>
            ) : (
              item.action
            )
          }
        />
      ))}
      <Button variant="light" mt="sm" leftSection={<IconPlus size={16} />} onClick={() => onChoose('new')}>
        {newLabel}
      </Button>
    </Stack>
  );
}
