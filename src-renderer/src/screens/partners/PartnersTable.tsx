import { Badge, Box, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMergedRef } from '@mantine/hooks';
import { useRef, type RefCallback } from 'react';
import { PARTNER_STATUS_LABELS, type PartnerFilter, type PartnerSummary } from '@contract/partners';
import { STATUS_COLORS } from './labels';

type SortKey = NonNullable<PartnerFilter['sort']>;

const ROW_HEIGHT = 52;

const COLUMNS: { key: SortKey | null; title: string; width: string; align?: 'right' }[] = [
  { key: 'name', title: 'Наименование', width: '40%' },
  { key: 'category', title: 'Направление', width: '20%' },
  { key: 'status', title: 'Статус', width: '14%' },
  { key: 'stage', title: 'Этап', width: '8%' },
  { key: null, title: 'Формы', width: '9%', align: 'right' },
  { key: null, title: 'Эффекты', width: '9%', align: 'right' },
];

interface Props {
  rows: PartnerSummary[];
  sort: SortKey;
  descending: boolean;
  onSort(key: SortKey): void;
  onOpen(id: number): void;
  /** The list's scroll box, for the screen that keeps where it was scrolled. */
  listRef?: RefCallback<HTMLElement>;
}

/** Only the rows in view are in the DOM, so the list stays smooth with thousands of partners. */
export function PartnersTable({ rows, sort, descending, onSort, onOpen, listRef }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const boxRef = useMergedRef(scrollRef, listRef);
  // TanStack Virtual returns functions the React compiler must not memoize; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <Box
      ref={boxRef}
      data-testid="partners-table"
      style={{ height: 'calc(100vh - 290px)', minHeight: 300, overflowY: 'auto' }}
    >
      <Table highlightOnHover verticalSpacing="sm" style={{ tableLayout: 'fixed' }} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column.title} w={column.width} ta={column.align}>
                {column.key ? (
                  <UnstyledButton
                    onClick={() => onSort(column.key as SortKey)}
                    aria-label={`Сортировать: ${column.title}`}
                  >
                    <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : undefined}>
                      <Text fw={700} size="sm">
                        {column.title}
                      </Text>
                      {sort !== column.key ? (
                        <IconSelector size={14} />
                      ) : descending ? (
                        <IconChevronUp size={14} />
                      ) : (
                        <IconChevronDown size={14} />
                      )}
                    </Group>
                  </UnstyledButton>
                ) : (
                  column.title
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const p = rows[item.index];
            if (!p) return null;
            return (
              <Table.Tr
                key={p.id}
                onClick={() => onOpen(p.id)}
                onKeyDown={(event) => event.key === 'Enter' && onOpen(p.id)}
                tabIndex={0}
                style={{ cursor: 'pointer', height: ROW_HEIGHT }}
                data-partner-row
              >
                <Table.Td>
                  <Text size="sm" fw={500} truncate="end" title={p.fullName}>
                    {p.fullName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={p.category}>
                    {p.category}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[p.status]} variant="light">
                    {PARTNER_STATUS_LABELS[p.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{p.stage}</Table.Td>
                <Table.Td ta="right">{p.formsCount}</Table.Td>
                <Table.Td ta="right">{p.effectsCount}</Table.Td>
              </Table.Tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
