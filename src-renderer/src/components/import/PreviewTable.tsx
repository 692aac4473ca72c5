import { ScrollArea, Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column of a preview: its heading and, if it has one, its width. */
export interface PreviewColumn {
  label: string;
  w?: number | string;
}

/**
 * The table of an import's preview, one row for each line of the file: it scrolls inside its own height (`mah`), never
 * sideways, and its headings stay in sight while it scrolls. Without `columns` it has no heading row.
 */
export function PreviewTable({
  mah,
  columns,
  children,
  ...table
}: { mah: number | string; columns?: readonly PreviewColumn[]; children: ReactNode } & Omit<TableProps, 'children'>) {
  return (
    <ScrollArea.Autosize mah={mah} type="auto" offsetScrollbars="y">
      <Table fz="sm" stickyHeader={columns !== undefined} {...table}>
        {columns && (
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} w={column.w}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
