import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column of a table laid out fixed: its heading, its width (the rest shares what is left), its alignment. */
export interface TableColumn {
  title: string;
  width: number | string | undefined;
  right?: boolean;
}

interface Props {
  columns: readonly TableColumn[];
  testId: string;
  /** The rows: groups, each a heading row and its own rows. */
  children: ReactNode;
  /** The foot's rows, if any. */
  foot?: ReactNode;
}

/** A long table in groups (months, partners, years): fixed columns under one heading row. */
export function GroupedTable({ columns, testId, children, foot }: Props) {
  return (
    <Table verticalSpacing="xs" style={{ tableLayout: 'fixed' }} withTableBorder data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={i} w={c.width} ta={c.right ? 'right' : undefined}>
              {c.title}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
      {foot && <Table.Tfoot>{foot}</Table.Tfoot>}
    </Table>
  );
}

interface HeadingProps {
  columns: number;
  className: string | undefined;
  /** The group's name, in bold, with its count after a dash in grey. */
  title: ReactNode;
  count: ReactNode;
  /** At the right of the row: a total, a button. */
  aside: ReactNode;
  /** The row's own data attributes, for tests and print styles. */
  data: Record<`data-${string}`, string>;
  titleTestId?: string;
}

/** The row that heads a group of a GroupedTable, across all its columns. */
export function GroupHeading({ columns, className, title, count, aside, data, titleTestId }: HeadingProps) {
  return (
    <Table.Tr className={className} {...data}>
      <Table.Td colSpan={columns}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm" data-testid={titleTestId}>
            {title}
            <Text span c="dimmed" fw={400} size="sm">
              {' — '}
              {count}
            </Text>
          </Text>
          {aside}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
