import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '@contract/dates';
import type { LoanSummary } from '@contract/loans';
import { useApiQuery } from '../../api/queries';
import { TitledList } from '../../components/TitledList';
import { LoanStatusBadge } from './LoanStatusBadge';

function Section({ title, rows }: { title: string; rows: LoanSummary[] }) {
  return (
    <TitledList
      title={title}
      rows={rows}
      spacing={6}
      listStyleType="none"
      item={(loan) => (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <LoanStatusBadge term={loan} />
          <Text size="sm">
            <Anchor component={Link} to={`/partners/${loan.partnerId}`} size="sm">
              {loan.partnerName}
            </Anchor>
            : {loan.itemsSummary} — вернуть до {formatDate(loan.dueOn)}
          </Text>
        </Group>
      )}
    />
  );
}

/** Главная: partners' items overdue or due soon. Shown only when there is something to return. */
export function LoansAttentionCard() {
  const attention = useApiQuery('loans:attention', {});
  const a = attention.data;
  if (!a || a.overdue.length + a.dueSoon.length === 0) return null;
  return (
    <Card withBorder padding="lg" data-testid="loans-attention">
      <Group justify="space-between" mb="md">
        <Title order={4}>Пора вернуть ресурсы партнёрам</Title>
        <Anchor component={Link} to="/loans" size="sm">
          Весь список
        </Anchor>
      </Group>
      <Stack gap="md">
        <Section title="Срок возврата прошёл" rows={a.overdue} />
        <Section title={`Срок возврата в ближайшие ${a.soonDays} дней`} rows={a.dueSoon} />
      </Stack>
    </Card>
  );
}
