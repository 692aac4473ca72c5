import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AgreementSummary } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { TitledList } from '../../components/TitledList';
import { daysLeftText } from '../agreements/labels';

interface GroupProps {
  title: string;
  rows: AgreementSummary[];
  detail(a: AgreementSummary): string;
}

function Group({ title, rows, detail }: GroupProps) {
  return (
    <TitledList
      title={title}
      rows={rows}
      spacing={4}
      item={(a) => (
        <>
          <Anchor component={Link} to={`/agreements/${a.id}`} size="sm">
            № {a.number}
          </Anchor>{' '}
          — {a.partnerName}, {detail(a)}
        </>
      )}
    />
  );
}

/** Agreements that need the office: ending soon, ended with events still planned, drafts left unsigned. */
export function AttentionCard() {
  const attention = useApiQuery('home:attention', {});
  return (
    <QueryState query={attention}>
      {(a) => {
        const total = a.expiring.length + a.expiredWithPlannedEvents.length + a.staleDrafts.length;
        return (
          <Card withBorder padding="lg" data-testid="attention">
            <Title order={4} mb="md">
              Договоры требуют внимания
            </Title>
            {total === 0 ? (
              <Text size="sm" c="dimmed">
                Все договоры в порядке: ни один не истекает в ближайшие {a.warningDays} дней.
              </Text>
            ) : (
              <Stack gap="md">
                <Group
                  title={`Истекают в ближайшие ${a.warningDays} дней`}
                  rows={a.expiring}
                  detail={(x) => `до ${formatDate(x.effectiveEndsOn ?? '')} (${daysLeftText(x.daysLeft)})`}
                />
                <Group
                  title="Истекли, но мероприятия ещё запланированы"
                  rows={a.expiredWithPlannedEvents}
                  detail={(x) => `истёк ${formatDate(x.effectiveEndsOn ?? '')}`}
                />
                <Group
                  title="Черновики, не подписанные больше месяца"
                  rows={a.staleDrafts}
                  detail={(x) => `создан ${formatDate(x.createdAt.slice(0, 10))}`}
                />
              </Stack>
            )}
          </Card>
        );
      }}
    </QueryState>
  );
}
