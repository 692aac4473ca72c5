import { Badge, Drawer, Stack, Table, Text } from '@mantine/core';
import { indicatorText } from '@contract/review-text';
import {
  INDICATOR_FORMULAS,
  INDICATOR_TITLES,
  type Indicator,
  type IndicatorKey,
  type Member,
} from '@contract/reviews';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { dateText } from './reviews-text';

/** Whose figure to explain: an indicator overall, of one partner or of one level of education. */
export interface MembersTarget {
  key: IndicatorKey;
  /** The figure to explain; without it, `summary` says what the figure is. */
  indicator?: Indicator;
  summary?: string;
  partnerId?: number;
  partnerName?: string;
  level?: 'НОО' | 'ООО' | 'СОО';
}

function titleOf(target: MembersTarget): string {
  const of = target.partnerName ? ` — ${target.partnerName}` : target.level ? ` — ${target.level}` : '';
  return `${INDICATOR_TITLES[target.key]}${of}`;
}

/** Those counted in m first, then the rest of N, each group in the order given. */
function ordered(members: readonly Member[]): Member[] {
  return [...members.filter((m) => m.counted), ...members.filter((m) => !m.counted)];
}

function MembersTable({ members, indicator }: { members: Member[]; indicator: IndicatorKey }) {
  if (members.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg">
        Записей, из которых складывается этот показатель, нет.
      </Text>
    );
  }
  const withDates = members.some((m) => m.date);
  const counted = members.filter((m) => m.counted).length;
  return (
    <>
      <Text size="sm">
        Учтено в числителе: {counted}; не учтено: {members.length - counted}.
      </Text>
      <Table striped verticalSpacing="xs" data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            {withDates && <Table.Th w={100}>Дата</Table.Th>}
            <Table.Th>{indicator === 'pupilCoverage' ? 'Класс' : 'Что'}</Table.Th>
            <Table.Th w={110}>В числителе</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered(members).map((m, index) => (
            <Table.Tr key={index} data-counted={m.counted} c={m.counted ? undefined : 'dimmed'}>
              {withDates && <Table.Td>{dateText(m.date)}</Table.Td>}
              <Table.Td>
                <Text size="sm" fw={m.counted ? 600 : 400}>
                  {m.title}
                </Text>
                {m.detail && (
                  <Text size="xs" c="dimmed">
                    {m.detail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {m.counted ? (
                  <Badge color="teal" variant="light">
                    учтено
                  </Badge>
                ) : (
                  <Badge color="gray" variant="outline">
                    не учтено
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The events or records that make up an indicator's m, and those of N that are not in it. */
export function MembersDrawer({
  year,
  target,
  approved,
  onClose,
}: {
  year: string;
  target: MembersTarget;
  /** An approved review shows the figures it was approved with; the list is always today's data. */
  approved: boolean;
  onClose(): void;
}) {
  const { indicator, key } = target;
  const members = useApiQuery('reviews:members', {
    year,
    indicator: key,
    ...(target.partnerId !== undefined ? { partnerId: target.partnerId } : {}),
    ...(target.level ? { level: target.level } : {}),
  });
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={700} size="lg">
          {titleOf(target)}
        </Text>
      }
    >
      <Stack gap="sm">
        <div>
          <Text size="xl" fw={700} c="teal.8">
            {indicator ? indicatorText(indicator) : target.summary}
          </Text>
          <Text size="sm" c="dimmed">
            {INDICATOR_FORMULAS[key]}
          </Text>
          {indicator?.value === null && indicator.noData && <Text size="sm">{indicator.noData}</Text>}
          {approved && (
            <Text size="sm" c="orange.9" mt={4}>
              Справка утверждена: цифра выше — на день утверждения, список ниже — по данным на сегодня.
            </Text>
          )}
        </div>
        <QueryState query={members}>{(list) => <MembersTable members={list} indicator={key} />}</QueryState>
      </Stack>
    </Drawer>
  );
}
