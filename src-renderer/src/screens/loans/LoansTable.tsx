import { ActionIcon, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconFileText, IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '@contract/dates';
import type { DocumentRequest } from '@contract/documents';
import type { LoanSummary } from '@contract/loans';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { RowActions } from '../../components/RowActions';
import { countOf } from '../../format';
import { ITEM_FORMS, periodText } from './labels';
import { confirmDeleteLoan, confirmUndoReturn } from './loan-actions';
import { LoanFormDialog } from './LoanFormDialog';
import { LoanStatusBadge } from './LoanStatusBadge';
import { ReturnDialog } from './ReturnDialog';

interface Props {
  rows: LoanSummary[];
  withPartner?: boolean;
}

/** Loans with their status; a row opens the loan, its menu records the return, prints the acts and deletes. */
export function LoansTable({ rows, withPartner = true }: Props) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const [returning, setReturning] = useState<LoanSummary | null>(null);
  const [act, setAct] = useState<DocumentRequest | null>(null);
  const refresh = () => queryClient.invalidateQueries();

  return (
    <>
      <Table highlightOnHover verticalSpacing="sm" data-testid="loans-table">
        <Table.Thead>
          <Table.Tr>
            {withPartner && <Table.Th w="22%">Партнёр</Table.Th>}
            <Table.Th>Что передано</Table.Th>
            <Table.Th w={190}>Срок пользования</Table.Th>
            <Table.Th w={160}>Где размещены</Table.Th>
            <Table.Th w={200}>Состояние</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((loan) => (
            <Table.Tr key={loan.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(loan.id)} data-loan-row>
              {withPartner && <Table.Td>{loan.partnerName}</Table.Td>}
              <Table.Td>
                <Text size="sm">{loan.itemsSummary}</Text>
                <Text size="xs" c="dimmed">
                  {countOf(loan.itemsCount, ITEM_FORMS)}, всего {loan.totalQuantity} ед.
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{periodText(loan.receivedOn, loan.dueOn)}</Text>
                {loan.returnedOn && (
                  <Text size="xs" c="dimmed">
                    возвращено {formatDate(loan.returnedOn)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{loan.displayPlace || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <LoanStatusBadge term={loan} />
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Group gap={0} justify="flex-end" wrap="nowrap">
                  {!loan.returnedOn && (
                    <Tooltip label="Отметить возврат">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Отметить возврат: ${loan.itemsSummary}`}
                        onClick={() => setReturning(loan)}
                      >
                        <IconArrowBackUp size={18} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  <RowActions
                    menu={{
                      label: `Действия: ${loan.itemsSummary}`,
                      iconSize: 18,
                      items: (
                        <>
                          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(loan.id)}>
                            Изменить
                          </Menu.Item>
                          <Menu.Item leftSection={<IconArrowBackUp size={14} />} onClick={() => setReturning(loan)}>
                            {loan.returnedOn ? 'Изменить возврат' : 'Отметить возврат'}
                          </Menu.Item>
                          {loan.returnedOn && (
                            <Menu.Item
                              leftSection={<IconArrowForwardUp size={14} />}
                              onClick={() => confirmUndoReturn(loan, refresh)}
                            >
                              Отменить возврат
                            </Menu.Item>
                          )}
                          <Menu.Divider />
                          <Menu.Item
                            leftSection={<IconFileText size={14} />}
                            onClick={() => setAct({ kind: 'loanAct', id: loan.id, variant: 'receipt' })}
                          >
                            Акт приёма-передачи
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<IconFileText size={14} />}
                            disabled={!loan.returnedOn}
                            onClick={() => setAct({ kind: 'loanAct', id: loan.id, variant: 'return' })}
                          >
                            Акт возврата
                          </Menu.Item>
                        </>
                      ),
                    }}
                    remove={{ label: `Удалить: ${loan.itemsSummary}`, onClick: () => confirmDeleteLoan(loan, refresh) }}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing !== null && <LoanFormDialog target={{ id: editing }} onClose={() => setEditing(null)} />}
      {returning && <ReturnDialog loan={returning} onClose={() => setReturning(null)} />}
      <DocumentPreviewModal request={act} opened={act !== null} onClose={() => setAct(null)} />
    </>
  );
}
