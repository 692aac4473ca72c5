import { Table } from '@mantine/core';
import { AGREEMENT_TYPE_LABELS, type AgreementSummary } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { termText } from './labels';

interface Props {
  rows: AgreementSummary[];
  onOpen(id: number): void;
  withPartner?: boolean;
}

export function AgreementsTable({ rows, onOpen, withPartner = true }: Props) {
  return (
    <Table highlightOnHover verticalSpacing="sm" data-testid="agreements-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Номер</Table.Th>
          {withPartner && <Table.Th>Партнёр</Table.Th>}
          <Table.Th>Вид</Table.Th>
          <Table.Th>Подписан</Table.Th>
          <Table.Th>Срок действия</Table.Th>
          <Table.Th>Статус</Table.Th>
          <Table.Th ta="right">Доп. согл.</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((a) => (
          <Table.Tr key={a.id} onClick={() => onOpen(a.id)} style={{ cursor: 'pointer' }} data-agreement-row>
            <Table.Td fw={600}>{a.number}</Table.Td>
            {withPartner && <Table.Td>{a.partnerName}</Table.Td>}
            <Table.Td>{AGREEMENT_TYPE_LABELS[a.type]}</Table.Td>
            <Table.Td>{a.signedOn ? formatDate(a.signedOn) : '—'}</Table.Td>
            <Table.Td>{termText(a.startsOn, a.currentEndsOn)}</Table.Td>
            <Table.Td>
              <AgreementStatusBadge term={a} />
            </Table.Td>
            <Table.Td ta="right">{a.amendmentsCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
