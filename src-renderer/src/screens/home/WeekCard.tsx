import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title, type ButtonProps } from '@mantine/core';
import { IconCalendarTime, IconCheck, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@contract/dates';
import type { Occurrence } from '@contract/events';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { EventDialog, type DialogTarget } from '../events/EventDialog';
import { refOfOccurrence } from '../events/event-ref';
import { EventStatusBadge } from '../events/EventStatusBadge';
import { markHeld, useStatusDialogs } from '../events/status-actions';
import { dayOf, timeOf, weekdayOf } from '../events/wall-clock';
import { UnplannedBadge } from '../events/UnplannedBadge';
import { EmptyList } from '../../components/EmptyList';

const timeText = (o: Occurrence) => (o.allDay ? 'весь день' : `${timeOf(o.start)}–${timeOf(o.end)}`);
const dateText = (o: Occurrence) => `${weekdayOf(o.start)}, ${formatDate(dayOf(o.start))}`;

function EventTitleLink({ o, onOpen }: { o: Occurrence; onOpen(o: Occurrence): void }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component="button" size="sm" ta="left" onClick={() => onOpen(o)}>
        {o.title}
      </Anchor>
      {o.planItemId === null && <UnplannedBadge />}
    </Group>
  );
}

interface EventRowsProps {
  rows: Occurrence[];
  testId: string;
  onOpen(o: Occurrence): void;
  /** Under the event's title, if anything. */
  under?(o: Occurrence): ReactNode;
  /** The row's cells after the title's. */
  rest(o: Occurrence): ReactNode;
}

/** A table of events, a row each: its day, time and title (opening the event), then what the list shows of it. */
function EventRows({ rows, testId, onOpen, under, rest }: EventRowsProps) {
  return (
    <Table verticalSpacing={6} data-testid={testId}>
      <Table.Tbody>
        {rows.map((o) => (
          <Table.Tr key={o.key}>
            <Table.Td w={120}>{dateText(o)}</Table.Td>
            <Table.Td w={110}>{timeText(o)}</Table.Td>
            <Table.Td>
              <EventTitleLink o={o} onOpen={onOpen} />
              {under?.(o)}
            </Table.Td>
            {rest(o)}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ThisWeek({ rows, onOpen }: { rows: Occurrence[]; onOpen(o: Occurrence): void }) {
  if (rows.length === 0)
    return (
      <EmptyList testId="week-empty">
        На этой неделе мероприятий нет. Запланируйте их в разделе «Календарь» или «План».
      </EmptyList>
    );
  return (
    <EventRows
      rows={rows}
      testId="week-events"
      onOpen={onOpen}
      rest={(o) => (
        <>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {o.partnerNames.join(', ')}
            </Text>
          </Table.Td>
          <Table.Td w={140} ta="right">
            <EventStatusBadge status={o.status} />
          </Table.Td>
        </>
      )}
    />
  );
}

interface OverdueActionsProps {
  o: Occurrence;
  busy: boolean;
  onHeld(): void;
  ask: ReturnType<typeof useStatusDialogs>['ask'];
}

/** An overdue event's answers: held, moved or cancelled; each button named with the event for a screen reader. */
function OverdueActions({ o, busy, onHeld, ask }: OverdueActionsProps) {
  const ref = refOfOccurrence(o);
  const button = (label: string, icon: ReactNode, onClick: () => void, look: ButtonProps) => (
    <Button size="compact-sm" leftSection={icon} aria-label={`${label}: ${o.title}`} onClick={onClick} {...look}>
      {label}
    </Button>
  );
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      {button('Проведено', <IconCheck size={14} />, onHeld, { color: 'teal', loading: busy })}
      {button('Перенести', <IconCalendarTime size={14} />, () => ask('reschedule', ref), { variant: 'default' })}
      {button('Отменить', <IconX size={14} />, () => ask('cancel', ref), { variant: 'default' })}
    </Group>
  );
}

function Overdue({ rows, onOpen }: { rows: Occurrence[]; onOpen(o: Occurrence): void }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries();
  const statusDialogs = useStatusDialogs(refresh);
  const held = async (o: Occurrence) => {
    setBusy(o.key);
    const done = await markHeld(refOfOccurrence(o));
    setBusy(null);
    if (done) refresh();
  };
  return (
    <>
      <EventRows
        rows={rows}
        testId="overdue-events"
        onOpen={onOpen}
        under={(o) =>
          o.partnerNames.length > 0 && (
            <Text size="xs" c="dimmed">
              {o.partnerNames.join(', ')}
            </Text>
          )
        }
        rest={(o) => (
          <Table.Td w={370}>
            <OverdueActions o={o} busy={busy === o.key} onHeld={() => void held(o)} ask={statusDialogs.ask} />
          </Table.Td>
        )}
      />
      {statusDialogs.dialog}
    </>
  );
}

/** How many earlier unmarked events «Показать более ранние» adds. */
const EARLIER_STEP = 50;

/** Главная: this week's events, and past events still «запланировано» to be marked held, moved or cancelled. */
export function WeekCard() {
  // The latest unmarked events first; «Показать более ранние» asks for more of them.
  const [overdueShown, setOverdueShown] = useState<number | undefined>(undefined);
  const week = useApiQuery('home:week', overdueShown ? { overdueShown } : {}, { keepPrevious: true });
  const [dialog, setDialog] = useState<DialogTarget | null>(null);
  const open = (o: Occurrence) => setDialog({ kind: 'stored', ref: refOfOccurrence(o) });
  return (
    <>
      <QueryState query={week}>
        {(w) => (
          <Card withBorder padding="lg" data-testid="week">
            <Group justify="space-between" mb="md">
              <Title order={4}>Мероприятия этой недели</Title>
              <Anchor component={Link} to="/calendar" size="sm" fw={600}>
                Все мероприятия
              </Anchor>
            </Group>
            <ThisWeek rows={w.thisWeek} onOpen={open} />
            {w.overdue.length > 0 && (
              <Stack gap="xs" mt="lg">
                <Group gap="xs">
                  <Title order={5}>Прошедшие, но не отмеченные</Title>
                  <Badge color="orange" variant="light">
                    {w.overdueTotal}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  Эти мероприятия уже прошли, но всё ещё числятся запланированными: отметьте, что с ними стало.
                </Text>
                {w.overdueTotal > w.overdue.length && (
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      Показаны последние {w.overdue.length} из {w.overdueTotal}.
                    </Text>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      loading={week.isFetching}
                      onClick={() => setOverdueShown(w.overdue.length + EARLIER_STEP)}
                    >
                      Показать более ранние
                    </Button>
                  </Group>
                )}
                <Overdue rows={w.overdue} onOpen={open} />
              </Stack>
            )}
          </Card>
        )}
      </QueryState>
      <EventDialog target={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
