import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { addDays, daysBetween } from '@contract/dates';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';
import { thisOne, type EventRef } from './event-ref';
import { dayOf, shiftWallClock, whenText } from './wall-clock';
import { WhenFields, type When } from './WhenFields';
import { quoted } from '@contract/quote';

const refused = (error: unknown) => noticeRefusal(error, 'Не выполнено', 'Не удалось изменить мероприятие.');

/** A status set in one click: says what was done, or why not. */
async function setStatusNow(ref: EventRef, status: 'held' | 'planned', done: string): Promise<EventDetail | null> {
  try {
    const detail = await invoke('events:setStatus', { ...thisOne(ref), status, reason: '' });
    notifications.show({ color: 'teal', message: done });
    return detail;
  } catch (error) {
    refused(error);
    return null;
  }
}

/** «Проведено» in one click. */
export const markHeld = (ref: EventRef) => setStatusNow(ref, 'held', `${quoted(ref.title)} отмечено как проведённое.`);

/** «Вернуть в план»: a cancelled, held or moved event is planned again. */
export const backToPlan = (ref: EventRef) => setStatusNow(ref, 'planned', `${quoted(ref.title)} снова в плане.`);

/** Where a reschedule starts from: the same dates, or tomorrow at the same time for an event already past. */
function suggestedDates(target: EventRef): When {
  const today = localIsoDate(new Date());
  if (dayOf(target.start) >= today) return { start: target.start, end: target.end, allDay: target.allDay };
  const days = daysBetween(dayOf(target.start), addDays(today, 1));
  const start = shiftWallClock(target.start, days * 24 * 60, target.allDay);
  return { start, end: shiftWallClock(target.end, days * 24 * 60, target.allDay), allDay: target.allDay };
}

/** A status form's write: busy while it runs, then says what was done, or why not with each field's message. */
function useStatusWrite(onDone: (detail: EventDetail | null) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<EventDetail>, done: string) => {
    setBusy(true);
    try {
      const detail = await write();
      notifications.show({ color: 'teal', message: done });
      onDone(detail);
    } catch (error) {
      setErrors(refused(error));
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run };
}

function RescheduleForm({ target, onDone }: { target: EventRef; onDone(detail: EventDetail | null): void }) {
  const [when, setWhen] = useState<When>(() => suggestedDates(target));
  const [note, setNote] = useState('');
  const { errors, busy, run } = useStatusWrite(onDone);
  const submit = () =>
    run(
      () => invoke('events:reschedule', { ...thisOne(target), start: when.start, end: when.end, note }),
      `${quoted(target.title)} перенесено на ${whenText(when.start, when.end, when.allDay)}.`,
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Было: {whenText(target.start, target.end, target.allDay)}. Прежняя дата останется в истории мероприятия.
      </Text>
      <WhenFields
        value={when}
        onChange={setWhen}
        errors={errors}
        startLabel="Новое начало"
        endLabel="Новое окончание"
      />
      <Textarea
        label="Причина переноса"
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors['note']}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(null)}>
          Отмена
        </Button>
        <Button onClick={() => void submit()} loading={busy}>
          Перенести
        </Button>
      </Group>
    </Stack>
  );
}

function CancelForm({ target, onDone }: { target: EventRef; onDone(detail: EventDetail | null): void }) {
  const [reason, setReason] = useState('');
  const { errors, busy, run } = useStatusWrite(onDone);
  const submit = () =>
    run(
      () => invoke('events:setStatus', { ...thisOne(target), status: 'cancelled', reason }),
      `${quoted(target.title)} отменено.`,
    );
  return (
    <Stack>
      <Text size="sm">
        {quoted(target.title)}, {whenText(target.start, target.end, target.allDay)}
      </Text>
      <Textarea
        label="Причина отмены"
        autosize
        minRows={2}
        data-autofocus
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors['reason']}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(null)}>
          Не отменять
        </Button>
        <Button color="red" onClick={() => void submit()} loading={busy}>
          Отменить мероприятие
        </Button>
      </Group>
    </Stack>
  );
}

function openDialog(
  title: string,
  Form: typeof RescheduleForm,
  target: EventRef,
  onDone: (detail: EventDetail) => void,
) {
  const id = modals.open({
    title,
    size: 'lg',
    children: (
      <Form
        target={target}
        onDone={(detail) => {
          modals.close(id);
          if (detail) onDone(detail);
        }}
      />
    ),
  });
}

/** «Перенести…»: a new date and time; the event becomes «перенесено» and keeps the old date in its history. */
export const openReschedule = (target: EventRef, onDone: (detail: EventDetail) => void) =>
  openDialog(`Перенести ${quoted(target.title)}`, RescheduleForm, target, onDone);

/** «Отменить…»: asks the reason. */
export const openCancel = (target: EventRef, onDone: (detail: EventDetail) => void) =>
  openDialog(`Отменить ${quoted(target.title)}`, CancelForm, target, onDone);
