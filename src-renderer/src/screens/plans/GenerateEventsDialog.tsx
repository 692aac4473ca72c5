import { Alert, Anchor, Checkbox, Chip, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { academicYearStart } from '@contract/academic-year';
import { formatDate } from '@contract/dates';
import type { PlanItem } from '@contract/plans';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { TimeField } from '../../components/TimeField';
import { countOf } from '../../format';
import { DateField } from '../../components/DateField';
import { timingText } from '@contract/plan-text';
import { EVENT_FORMS } from './plan-text';
import {
  recurrencePhrase,
  toRrule,
  weekdayCode,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type Recurrence,
  type Weekday,
} from '../events/recurrence';
import { offerToSkipHolidays } from '../events/holidays-offer';
import { quoted } from '@contract/quote';

type Freq = 'none' | 'weekly' | 'monthly';

/** «Пн» on a weekday's chip. */
const chipLabel = (day: Weekday) => WEEKDAY_LABELS[day].charAt(0).toUpperCase() + WEEKDAY_LABELS[day].slice(1);

/** An hour after a time, within the same day: «10:00» → «11:00», «23:30» → «23:59». */
function hourLater(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = Math.min(h * 60 + m + 60, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

interface Draft {
  date: string | null;
  endDate: string | null;
  allDay: boolean;
  timeFrom: string;
  timeTo: string;
  freq: Freq;
  weekdays: Weekday[];
  until: string | null;
}

/** What the item's timing says: an exact date (and time) is one event; a period is one all-day event over it. */
function draftOf(item: PlanItem, year: string): Draft {
  const until = `${academicYearStart(year) + 1}-05-31`;
  const base = { freq: 'none' as const, until, weekdays: item.dateFrom ? [weekdayCode(item.dateFrom)] : [] };
  if (item.timing === 'exact' && item.timeFrom) {
    const timeTo = item.timeTo ?? hourLater(item.timeFrom);
    return { ...base, date: item.dateFrom, endDate: item.dateFrom, allDay: false, timeFrom: item.timeFrom, timeTo };
  }
  if (item.timing === 'exact' || item.timing === 'range') {
    return {
      ...base,
      date: item.dateFrom,
      endDate: item.dateTo ?? item.dateFrom,
      allDay: true,
      timeFrom: '',
      timeTo: '',
    };
  }
  return { ...base, date: null, endDate: null, allDay: true, timeFrom: '', timeTo: '' };
}

function repeatOf(d: Draft): Recurrence {
  if (d.freq === 'weekly') return { kind: 'weekly', weekdays: d.weekdays, until: d.until ?? '' };
  if (d.freq === 'monthly') return { kind: 'monthly', by: 'day', until: d.until ?? '' };
  return { kind: 'none' };
}

/** Client checks that need no store: each message goes to its field. */
function check(d: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.date) errors['date'] = 'Укажите дату';
  if (d.allDay && d.date && d.endDate && d.endDate < d.date) errors['endDate'] = 'Дата окончания раньше даты начала';
  if (!d.allDay && !d.timeFrom) errors['timeFrom'] = 'Укажите время начала или отметьте «Весь день»';
  if (!d.allDay && d.timeFrom && d.timeTo && d.timeTo < d.timeFrom)
    errors['timeTo'] = 'Время окончания раньше времени начала';
  if (d.freq !== 'none' && !d.until) errors['until'] = 'Укажите, до какой даты повторять';
  if (d.freq !== 'none' && d.until && d.date && d.until < d.date) errors['until'] = 'Повторы кончаются раньше начала';
  if (d.freq === 'weekly' && d.weekdays.length === 0) errors['weekdays'] = 'Выберите дни недели';
  return errors;
}

interface Props {
  item: PlanItem;
  year: string;
  onClose(): void;
}

/** The store's field names as the form names its fields. */
function draftErrors(fields: Record<string, string>, d: Draft): Record<string, string> {
  return {
    ...(fields['start'] ? { date: fields['start'] } : {}),
    ...(fields['end'] ? { [d.allDay ? 'endDate' : 'timeTo']: fields['end'] } : {}),
    ...(fields['rrule'] ? { until: fields['rrule'] } : {}),
    ...(fields['allDay'] ? { date: fields['allDay'] } : {}),
  };
}

/** «Создать мероприятия»: one event of the plan item in the calendar, or a series of them. */
export function GenerateEventsDialog({ item, year, onClose }: Props) {
  const navigate = useNavigate();
  const noticeId = useId();
  const form = useForm<Draft>({ mode: 'controlled', initialValues: draftOf(item, year) });
  const d = form.values;
  const errors = form.errors;
  const set = (change: Partial<Draft>) => {
    form.setValues(change);
    form.clearErrors();
  };
  const repeat = repeatOf(d);
  const timeField = (field: 'timeFrom' | 'timeTo', label: string) => (
    <TimeField
      w={140}
      label={label}
      value={d[field]}
      onChange={(value) => set({ [field]: value ?? '' })}
      error={errors[field]}
    />
  );
  /** A date of the draft that changes nothing else when set. */
  const dateField = (field: 'endDate' | 'until', label: string) => (
    <DateField
      w={200}
      label={label}
      value={d[field]}
      onChange={(value) => set({ [field]: value })}
      error={errors[field]}
    />
  );

  const dialog = useRecordDialog({
    form,
    guard: false,
    onClose,
    check,
    write: (values) => {
      const date = values.date ?? '';
      const start = values.allDay ? date : `${date}T${values.timeFrom}`;
      const end = values.allDay ? (values.endDate ?? date) : `${date}T${values.timeTo || values.timeFrom}`;
      const rrule = toRrule(repeatOf(values), start);
      return invoke('planItems:generateEvents', { id: item.id, start, end, allDay: values.allDay, rrule });
    },
    notice: (_made, values) => {
      const id = `plan-events-${noticeId}`;
      return {
        id,
        title: values.freq === 'none' ? 'Мероприятие создано' : 'Серия мероприятий создана',
        autoClose: 10000,
        message: (
          <Stack gap={4}>
            <Text size="sm">
              {quoted(item.title)}: {formatDate(values.date ?? '')}
              {values.freq === 'none' ? '' : `, ${recurrencePhrase(repeatOf(values))}`}.
            </Text>
            <Anchor
              component="button"
              size="sm"
              ta="left"
              onClick={() => {
                notifications.hide(id);
                navigate('/calendar');
              }}
            >
              Открыть в календаре
            </Anchor>
          </Stack>
        ),
      };
    },
    onSaved: (made) => {
      onClose();
      void offerToSkipHolidays(made);
    },
    refusalTitle: 'Мероприятия не созданы',
    refusalFallback: 'Не удалось создать мероприятия.',
    fieldErrors: draftErrors,
  });

  return (
    <RecordModal
      dialog={dialog}
      title="Создать мероприятия в календаре"
      size={640}
      action={{
        label: d.freq === 'none' ? 'Создать мероприятие' : 'Создать серию',
        icon: <IconCalendarPlus size={18} />,
      }}
    >
      <div>
        <Text fw={600}>{item.title}</Text>
        <Text size="sm" c="dimmed">
          Сроки в плане: {timingText(item, true)}
          {item.eventsCount > 0 ? ` · уже создано ${countOf(item.eventsCount, EVENT_FORMS)}` : ''}
        </Text>
      </div>
      {item.timing === 'month' && (
        <Alert variant="light" icon={<IconInfoCircle />} color="blue">
          В плане указан только месяц — выберите день, когда мероприятие пройдёт.
        </Alert>
      )}
      <Group align="flex-start">
        <DateField
          w={200}
          label={d.allDay ? 'Дата начала' : 'Дата'}
          value={d.date}
          onChange={(date) =>
            set({
              date,
              endDate: d.endDate && date && d.endDate < date ? date : (d.endDate ?? date),
              weekdays: d.freq === 'weekly' || !date ? d.weekdays : [weekdayCode(date)],
            })
          }
          error={errors['date']}
        />
        {d.allDay ? (
          dateField('endDate', 'Дата окончания')
        ) : (
          <>
            {timeField('timeFrom', 'Время начала')}
            {timeField('timeTo', 'Время окончания')}
          </>
        )}
      </Group>
      <Checkbox
        label="Весь день (без времени)"
        checked={d.allDay}
        onChange={(e) => {
          const allDay = e.currentTarget.checked;
          set(
            allDay
              ? { allDay, endDate: d.endDate ?? d.date }
              : { allDay, timeFrom: d.timeFrom || '10:00', timeTo: d.timeTo || '11:00' },
          );
        }}
      />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          Повторение
        </Text>
        <SegmentedControl
          aria-label="Повторение"
          w="fit-content"
          data={[
            { value: 'none', label: 'Не повторять' },
            { value: 'weekly', label: 'Каждую неделю' },
            { value: 'monthly', label: 'Каждый месяц' },
          ]}
          value={d.freq}
          onChange={(freq) =>
            set({
              freq: freq as Freq,
              weekdays: d.weekdays.length === 0 && d.date ? [weekdayCode(d.date)] : d.weekdays,
            })
          }
        />
        {d.freq === 'weekly' && (
          <Stack gap={4}>
            <Chip.Group multiple value={d.weekdays} onChange={(days) => set({ weekdays: days as Weekday[] })}>
              <Group gap={6}>
                {WEEKDAYS.map((day) => (
                  <Chip key={day} value={day} size="sm">
                    {chipLabel(day)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors['weekdays'] && (
              <Text size="xs" c="red">
                {errors['weekdays']}
              </Text>
            )}
          </Stack>
        )}
        {d.freq !== 'none' && (
          <Group align="flex-end">
            {dateField('until', 'Повторять до')}
            <Text size="sm" c="dimmed" mb={errors['until'] ? 26 : 8}>
              {recurrencePhrase(repeat)}
            </Text>
          </Group>
        )}
      </Stack>
    </RecordModal>
  );
}
