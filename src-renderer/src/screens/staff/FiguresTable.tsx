import { Table } from '@mantine/core';

/** A column of figures: its heading and a row's figure in it. */
export interface FigureColumn<Figures> {
  heading: string;
  figure(figures: Figures): number;
}

interface Props<Figures> {
  testId: string;
  /** The first column's heading: what each row is (a form, a partner, a year). */
  first: string;
  columns: readonly FigureColumn<Figures>[];
  rows: readonly (Figures & { key: string; label: string })[];
  /** The bottom line in bold: its label and its figures. */
  total?: { label: string; figures: Figures };
  withTableBorder?: boolean;
}

/** A table of counts: a row's name, then its figures at the right. */
export function FiguresTable<Figures>({ testId, first, columns, rows, total, withTableBorder }: Props<Figures>) {
  const line = (label: string, figures: Figures) => (
    <>
      <Table.Td>{label}</Table.Td>
      {columns.map((column) => (
        <Table.Td key={column.heading} ta="right">
          {column.figure(figures)}
        </Table.Td>
      ))}
    </>
  );
  return (
    <Table withTableBorder={withTableBorder ?? false} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column.heading} ta="right">
              {column.heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>{line(row.label, row)}</Table.Tr>
        ))}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr fw={700}>{line(total.label, total.figures)}</Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}
