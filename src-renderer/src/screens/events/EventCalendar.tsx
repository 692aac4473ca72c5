import FullCalendar, {
  type DateSelectInfo,
  type DatesSetInfo,
  type EventChangeInfo,
  type EventClickInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import ruLocale from '@fullcalendar/react/locales/ru';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import { useMemo } from 'react';
import type { Occurrence } from '@contract/events';
import { hexOf, occurrenceColour, type ColourMode } from './colors';
import { exclusiveEnd, localDateOf, shiftWallClock, wallClockOf } from './wall-clock';

export interface Holiday {
  name: string;
  from: string;
  to: string;
}

/** A span the office picked on the calendar, in wall-clock times (the end is the last day for all-day). */
export interface PickedSpan {
  start: string;
  end: string;
  allDay: boolean;
}

/** Where an event was dragged to (or resized), and how to put it back if the store refuses. */
export interface MovedOccurrence extends PickedSpan {
  occurrence: Occurrence;
  revert(): void;
}

interface Props {
  occurrences: Occurrence[];
  holidays: Holiday[];
  colourMode: ColourMode;
  initialView: string;
  initialDate: string;
  onRangeChange(range: { from: string; to: string; view: string; date: string }): void;
  onOpen(occurrence: Occurrence): void;
  onPick(span: PickedSpan): void;
  onMove(move: MovedOccurrence): void;
}

const DEFAULT_TIMED_MINUTES = 60;

/** Only events still ahead of the office move by dragging; a held or cancelled one is a record. */
const isMovable = (o: Occurrence) => o.status === 'planned' || o.status === 'moved';

function toEventInput(o: Occurrence, mode: ColourMode): EventInput {
  return {
    id: o.key,
    title: o.title,
    start: o.start,
    end: o.allDay ? exclusiveEnd(o.end) : o.end,
    allDay: o.allDay,
    color: hexOf(occurrenceColour(o, mode)),
    editable: isMovable(o),
    className: `sod-event sod-event-${o.status}${o.planItemId === null ? ' sod-event-unplanned' : ''}`,
    extendedProps: { occurrence: o },
  };
}

function toHolidayInput(h: Holiday, index: number): EventInput {
  return {
    id: `holiday-${index}`,
    title: h.name,
    start: h.from,
    end: exclusiveEnd(h.to),
    allDay: true,
    display: 'background',
    color: hexOf('yellow', 4),
    className: 'sod-holiday',
  };
}

/** The span of an event the widget reports, in the contract's wall-clock terms. */
function spanOf(start: Date, end: Date | null, allDay: boolean): PickedSpan {
  const from = wallClockOf(start, allDay);
  if (allDay) {
    const last = end ? shiftWallClock(localDateOf(end), -24 * 60, true) : from;
    return { start: from, end: last < from ? from : last, allDay };
  }
  return {
    start: from,
    end: end ? wallClockOf(end, false) : shiftWallClock(from, DEFAULT_TIMED_MINUTES, false),
    allDay,
  };
}

/** FullCalendar in Russian with Monday first: month, week and list; drag, resize and day selection. */
export function EventCalendar(props: Props) {
  const { occurrences, holidays, colourMode } = props;
  const events = useMemo(
    () => [...holidays.map(toHolidayInput), ...occurrences.map((o) => toEventInput(o, colourMode))],
    [holidays, occurrences, colourMode],
  );

  const occurrenceOf = (info: { event: { extendedProps: Record<string, unknown> } }) =>
    info.event.extendedProps['occurrence'] as Occurrence | undefined;

  const changed = (info: EventChangeInfo) => {
    const occurrence = occurrenceOf(info);
    if (!occurrence || !info.event.start) return info.revert();
    props.onMove({ occurrence, ...spanOf(info.event.start, info.event.end, info.event.allDay), revert: info.revert });
  };

  return (
    <FullCalendar
      plugins={[classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
      locale={ruLocale}
      firstDay={1}
      initialView={props.initialView}
      initialDate={props.initialDate}
      headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listMonth' }}
      todayText="Сегодня"
      monthText="Месяц"
      weekTextLong="Неделя"
      listText="Список"
      allDayText="Весь день"
      noEventsText="Мероприятий нет. Нажмите «Новое мероприятие» или выделите дни в календаре."
      moreLinkText={(n) => `ещё ${n}`}
      prevHint="Назад"
      nextHint="Вперёд"
      headingLevel={3}
      height="auto"
      dayMaxEvents={4}
      slotMinTime="07:00"
      slotMaxTime="21:00"
      // Half an hour 32 px high: a two-hour block holds a title of some 90 letters whole (calendar.css).
      slotMinHeight={32}
      eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
      nowIndicator
      selectable
      selectMirror
      editable
      eventResizableFromStart={false}
      events={events}
      eventContent={(arg) => {
        const occurrence = arg.event.extendedProps['occurrence'] as Occurrence | undefined;
        // FullCalendar's own content (time, then title), with the mark of an event outside the plan before the title.
        // A week's block wraps its title to its width, in lines tight enough for two hours to hold a long one; wherever
        // the title is still cut (a month's day cell, a short block), its `title` shows it whole.
        return (
          <>
            {arg.timeText && <div className={arg.timeClass}>{arg.timeText}</div>}
            <div
              className={`${arg.titleClass} sod-event-title${arg.view.type.startsWith('timeGrid') ? ' sod-event-title-wrapped' : ''}`}
              title={arg.event.title}
            >
              {occurrence?.planItemId === null && <span className="sod-unplanned-mark">вне плана</span>}
              {arg.event.title || '\u00A0'}
            </div>
          </>
        );
      }}
      datesSet={(info: DatesSetInfo) =>
        props.onRangeChange({
          from: localDateOf(info.start),
          to: shiftWallClock(localDateOf(info.end), -24 * 60, true),
          view: info.view.type,
          date: localDateOf(info.view.currentStart),
        })
      }
      eventClick={(info: EventClickInfo) => {
        const occurrence = occurrenceOf(info);
        if (occurrence) {
          info.jsEvent.preventDefault();
          props.onOpen(occurrence);
        }
      }}
      select={(info: DateSelectInfo) => {
        info.view.calendar.unselect();
        props.onPick(spanOf(info.start, info.end, info.allDay));
      }}
      eventDrop={changed}
      eventResize={changed}
    />
  );
}
