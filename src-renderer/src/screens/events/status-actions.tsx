import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarTime, IconX } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { addDays, daysBetween } from '@contract/dates';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
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

interface FormProps {
  target: EventRef;
  onClose(): void;
  onDone(detail: EventDetail): void;
}

/** What a status dialog shares: the store's refusal under «Не выполнено», and the event as it now is once done. */
const statusDialog = ({ onClose, onDone }: FormProps) => ({
  onSaved: (detail: EventDetail) => {
    onClose();
    onDone(detail);
  },
  onClose,
  refusalTitle: 'Не выполнено',
  refusalFallback: 'Не удалось изменить мероприятие.',
});

/** «Перенести…»: a new date and time; the event becomes «перенесено» and keeps the old date in its history. */
function RescheduleDialog(props: FormProps) {
  const { target } = props;
  const form = useForm<When & { note: string }>({
    mode: 'controlled',
    initialValues: { ...suggestedDates(target), note: '' },
  });
  const dialog = useRecordDialog({
    form,
    write: ({ start, end, note }) => invoke('events:reschedule', { ...thisOne(target), start, end, note }),
    notice: (_detail, when) => ({
      title: null,
      message: `${quoted(target.title)} перенесено на ${whenText(when.start, when.end, when.allDay)}.`,
    }),
    ...statusDialog(props),
  });
  const { note, ...when } = form.values;
  return (
    <RecordModal
      dialog={dialog}
      title={`Перенести ${quoted(target.title)}`}
      size="lg"
      action={{ label: 'Перенести', icon: <IconCalendarTime size={16} /> }}
    >
      <Text size="sm" c="dimmed">
        Было: {whenText(target.start, target.end, target.allDay)}. Прежняя дата останется в истории мероприятия.
      </Text>
      <WhenFields
        value={when}
        onChange={(next) => form.setValues({ ...next, note })}
        errors={form.errors as Record<string, string>}
        startLabel="Новое начало"
        endLabel="Новое окончание"
      />
      <Textarea label="Причина переноса" autosize minRows={2} {...form.getInputProps('note')} />
    </RecordModal>
  );
}

/** «Отменить…»: asks the reason, which the store requires. */
function CancelDialog(props: FormProps) {
  const { target } = props;
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : 'Укажите причину отмены') },
  });
  const dialog = useRecordDialog({
    form,
    write: ({ reason }) => invoke('events:setStatus', { ...thisOne(target), status: 'cancelled', reason }),
    notice: () => ({ title: null, message: `${quoted(target.title)} отменено.` }),
    unsavedLabels: { cancel: 'Вернуться к отмене' },
    ...statusDialog(props),
  });
  return (
    <RecordModal
      dialog={dialog}
      title={`Отменить ${quoted(target.title)}`}
      size="lg"
      action={{ label: 'Отменить мероприятие', icon: <IconX size={16} />, cancelLabel: 'Не отменять' }}
    >
      <Text size="sm">
        {quoted(target.title)}, {whenText(target.start, target.end, target.allDay)}
      </Text>
      <Textarea label="Причина отмены" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </RecordModal>
  );
}

type Asked = { action: 'reschedule' | 'cancel'; target: EventRef };

/**
 * «Перенести…» and «Отменить…» of an event: `ask` opens the dialog, shown where `dialog` is placed; once done,
 * `onDone` has the event as the store now has it.
 */
export function useStatusDialogs(onDone: (detail: EventDetail) => void): {
  ask(action: Asked['action'], target: EventRef): void;
  dialog: ReactNode;
} {
  const [asked, setAsked] = useState<Asked | null>(null);
  const props = asked && { target: asked.target, onClose: () => setAsked(null), onDone };
  const dialog =
    props && (asked.action === 'reschedule' ? <RescheduleDialog {...props} /> : <CancelDialog {...props} />);
  return { ask: (action, target) => setAsked({ action, target }), dialog };
}
