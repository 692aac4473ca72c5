import { Button, Menu, ScrollArea } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useApiQuery } from '../../api/queries';

/** The placeholders a template may hold, grouped, each inserted where the cursor is. */
export function PlaceholderMenu({ onInsert }: { onInsert(placeholder: string): void }) {
  const placeholders = useApiQuery('templates:placeholders', {});
  const groups = Map.groupBy(placeholders.data ?? [], (p) => p.group);
  return (
    <Menu shadow="md" width={380} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconBraces size={14} />}>
          Вставить поле
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={360}>
          {[...groups.entries()].map(([group, items]) => (
            <div key={group}>
              <Menu.Label>{group}</Menu.Label>
              {items.map((p) => (
                <Menu.Item key={p.key} onClick={() => onInsert(`{{${p.key}}}`)}>
                  {p.label}
                </Menu.Item>
              ))}
            </div>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Puts `text` into a textarea at its cursor and returns the new value. */
export function insertAtCursor(element: HTMLTextAreaElement | null, value: string, text: string): string {
  if (!element) return value + text;
  const start = element.selectionStart ?? value.length;
  const end = element.selectionEnd ?? start;
  return value.slice(0, start) + text + value.slice(end);
}
