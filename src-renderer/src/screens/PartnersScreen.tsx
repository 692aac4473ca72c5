import { Badge, Drawer, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PARTNER_STATUS_LABELS, type PartnerSummary } from '../../../src-main/contract/partners';
import { useApiQuery } from '../api/queries';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { countOf } from '../format';

const STATUS_COLORS: Record<PartnerSummary['status'], string> = {
  potential: 'blue',
  active: 'teal',
  suspended: 'yellow',
  former: 'gray',
};

function PartnerDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const partner = useApiQuery('partners:get', { id });
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={partner.data?.fullName ?? 'Партнёр'}>
      <QueryState query={partner}>
        {(p) => (
          <Stack>
            <Text c="dimmed">
              {p.category} · {PARTNER_STATUS_LABELS[p.status]} · {p.stage} этап
            </Text>
            {p.notes && <Text size="sm">{p.notes}</Text>}
            <Title order={5}>Формы взаимодействия</Title>
            <List size="sm" spacing={4}>
              {p.forms.map((f) => (
                <List.Item key={f}>{f}</List.Item>
              ))}
            </List>
            <Title order={5}>Социальный эффект</Title>
            {p.effects.length === 0 ? (
              <Text size="sm" c="dimmed">
                Не указан
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {p.effects.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </QueryState>
    </Drawer>
  );
}

export function PartnersScreen() {
  const partners = useApiQuery('partners:list', {});
  const [openId, setOpenId] = useState<number | null>(null);

  return (
    <>
      <PageHeader
        title="Партнёры"
        description={partners.data ? countOf(partners.data.length, ['партнёр', 'партнёра', 'партнёров']) : undefined}
      />
      <QueryState query={partners}>
        {(rows) => (
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="partners-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Наименование</Table.Th>
                <Table.Th>Направление</Table.Th>
                <Table.Th>Статус</Table.Th>
                <Table.Th>Этап</Table.Th>
                <Table.Th ta="right">Формы</Table.Th>
                <Table.Th ta="right">Эффекты</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id} onClick={() => setOpenId(p.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td fw={500}>{p.shortName || p.fullName}</Table.Td>
                  <Table.Td>{p.category}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[p.status]} variant="light">
                      {PARTNER_STATUS_LABELS[p.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.stage}</Table.Td>
                  <Table.Td ta="right">{p.formsCount}</Table.Td>
                  <Table.Td ta="right">{p.effectsCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {openId !== null && <PartnerDrawer id={openId} onClose={() => setOpenId(null)} />}
    </>
  );
}
