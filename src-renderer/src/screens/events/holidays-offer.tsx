import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { formatDate } from '@contract/dates';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { countOf } from '../../format';
import { noticeRefusal } from '../../components/notices';
import { quoted } from '@contract/quote';

const OCCURRENCE_FORMS = ['занятие', 'занятия', 'занятий'] as const;

/** The days of the holidays a series falls into, by holidays: «Осенние каникулы: 27.10.2026, 03.11.2026». */
function byHoliday(series: EventDetail): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const clash of series.holidayClashes) {
    const days = groups.get(clash.holiday) ?? [];
    days.push(formatDate(clash.start.slice(0, 10)));
    groups.set(clash.holiday, days);
  }
  return [...groups];
}

/**
 * A series just made (or given a new rule) that falls into the school holidays of Настройки says so, and offers to
 * skip those days. Resolves once the office has answered.
 */
export function offerToSkipHolidays(series: EventDetail): Promise<void> {
  if (series.rrule === null || series.holidayClashes.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let answered = false;
    const close = () => {
      answered = true;
      modals.close(id);
      resolve();
    };
    const skip = async () => {
      try {
        await invoke('events:skipHolidays', { id: series.id });
        notifications.show({
          color: 'teal',
          message: `Дни каникул пропущены, из серии убрано: ${countOf(series.holidayClashes.length, OCCURRENCE_FORMS)}.`,
        });
      } catch (error) {
        noticeRefusal(error, 'Не выполнено', 'Не удалось пропустить дни каникул.');
      }
      close();
    };
    const id = modals.open({
      title: 'Серия попадает на каникулы',
      size: 560,
      onClose: () => {
        if (!answered) resolve();
      },
      children: (
        <Stack data-testid="holiday-clashes">
          <Text size="sm">
            Серия {quoted(series.title)} попадает на школьные каникулы (Настройки → каникулы) —{' '}
            {countOf(series.holidayClashes.length, OCCURRENCE_FORMS)}:
          </Text>
          <List size="sm">
            {byHoliday(series).map(([holiday, days]) => (
              <List.Item key={holiday}>
                {holiday}: {days.join(', ')}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Оставить все занятия
            </Button>
            <Button onClick={() => void skip()}>Пропустить дни каникул</Button>
          </Group>
        </Stack>
      ),
    });
  });
}
