import { List, Text, type ListProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props<Row> {
  title: string;
  rows: readonly Row[];
  /** One row's line. */
  item(row: Row): ReactNode;
  spacing: ListProps['spacing'];
  /** «none»: the rows carry their own mark (a badge) instead of a bullet. */
  listStyleType?: ListProps['listStyleType'];
}

/** A short list under its title, as on Главная's cards; nothing at all when there are no rows. */
export function TitledList<Row extends { id: number }>({ title, rows, item, spacing, listStyleType }: Props<Row>) {
  if (rows.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      <List size="sm" spacing={spacing} listStyleType={listStyleType}>
        {rows.map((row) => (
          <List.Item key={row.id}>{item(row)}</List.Item>
        ))}
      </List>
    </div>
  );
}
