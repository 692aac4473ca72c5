import { List, Text } from '@mantine/core';
import type { z } from 'zod';
import { EVENT_STATUS_LABELS, eventHistoryEntrySchema, type EventStatus } from '@contract/events';
import { formatDate } from '@contract/dates';
import { dayOf, timeOf } from './wall-clock';
import { EmptyList } from '../../components/EmptyList';

type Entry = z.infer<typeof eventHistoryEntrySchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** When a change was made, on the office's clock: «05.10.2026 14:32». */
function changedAtText(changedAt: string): string {
  const date = new Date(changedAt);
  if (Number.isNaN(date.getTime())) return changedAt;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** «06.10.2026 15:00» or «06.10.2026». */
function startText(start: string | null): string {
  if (!start) return '—';
  return `${formatDate(dayOf(start))}${timeOf(start) ? ` ${timeOf(start)}` : ''}`;
}

const statusText = (status: string | null) =>
  status && status in EVENT_STATUS_LABELS ? EVENT_STATUS_LABELS[status as EventStatus].toLowerCase() : (status ?? '');

function entryText(e: Entry): string {
  switch (e.kind) {
    case 'created':
      return 'Мероприятие добавлено';
    case 'moved':
      return `Перенесено с ${startText(e.fromStart)} на ${startText(e.toStart)}`;
    case 'status':
      return `Состояние: ${statusText(e.fromStatus)} → ${statusText(e.toStatus)}`;
    case 'edited':
      return e.fromStart && e.toStart
        ? `Сведения изменены, время: ${startText(e.fromStart)} → ${startText(e.toStart)}`
        : 'Сведения изменены';
  }
}

/** What happened to an event: added, moved (with both dates), held, cancelled (with the reason), edited. */
export function HistoryList({ history }: { history: Entry[] }) {
  if (history.length === 0)
    return (
      <EmptyList>
        Изменений нет. Здесь появятся перенос, отмена и правки мероприятия, когда их сделают на вкладке «Сведения» или
        кнопками «Перенести…» и «Отменить…».
      </EmptyList>
    );
  return (
    <List size="sm" spacing={6} data-testid="event-history">
      {[...history].reverse().map((e, i) => (
        <List.Item key={i}>
          <Text span size="sm" c="dimmed">
            {changedAtText(e.changedAt)}
          </Text>{' '}
          {entryText(e)}
          {e.note && <Text span size="sm">{`. ${e.note}`}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
