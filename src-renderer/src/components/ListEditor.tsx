import { ActionIcon, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { AddRowButton } from './AddRowButton';

interface Props<T> {
  items: T[];
  onChange(items: T[]): void;
  text(item: T): string;
  withText(item: T, text: string): T;
  create(): T;
  addLabel: string;
  itemLabel: string;
  emptyText: string;
  errors?: Record<string, string>;
  errorPath: string;
  extra?: (item: T, index: number, update: (item: T) => void) => ReactNode;
}

/** An ordered list of texts edited in place: change, add, remove, move up and down. */
export function ListEditor<T>(props: Props<T>) {
  const { items, onChange } = props;
  const update = (index: number, item: T) => onChange(items.map((it, i) => (i === index ? item : it)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {props.emptyText}
        </Text>
      )}
      {items.map((item, index) => {
        const error =
          props.errors?.[`${props.errorPath}.${index}`] ?? props.errors?.[`${props.errorPath}.${index}.text`];
        return (
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <Text size="sm" c="dimmed" w={24} pt={8} ta="right">
              {index + 1}.
            </Text>
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Textarea
                aria-label={`${props.itemLabel} ${index + 1}`}
                autosize
                minRows={1}
                value={props.text(item)}
                onChange={(event) => update(index, props.withText(item, event.currentTarget.value))}
                error={error}
              />
              {props.extra?.(item, index, (changed) => update(index, changed))}
            </Stack>
            <ActionIcon.Group style={{ flexShrink: 0 }}>
              <ActionIcon variant="default" aria-label="Выше" disabled={index === 0} onClick={() => move(index, -1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label="Ниже"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="default"
                color="red"
                aria-label={`Удалить: ${props.itemLabel} ${index + 1}`}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </ActionIcon.Group>
          </Group>
        );
      })}
      <Group>
        <AddRowButton onClick={() => onChange([...items, props.create()])}>{props.addLabel}</AddRowButton>
      </Group>
    </Stack>
  );
}
