import type Database from 'better-sqlite3';
import { localIsoDate } from '../contract/academic-year';
import { isAhead, NOT_YET_HELD } from '../contract/event-held';
import { addDays, formatDate, mondayOf } from '../contract/dates';
import type {
  AchievementFields,
  Conflict,
  EventDetail,
  EventFields,
  EventStatus,
  HolidayClash,
  Occurrence,
  Outcome,
} from '../contract/events';
import type { Holiday } from '../contract/settings';
import type { AttachmentsService } from '../attachments/service';
import { suggestedFileName } from '../files/file-name';
import { AppError } from '../errors';
import { findConflicts, type Booking } from './conflicts';
import { calendarEntries, calendarText } from './ics';
import { isDateOnly, lengthOf, localNow, shiftLocal, spanOf, toMinutes, fromMinutes } from './local-time';
import { occurrencesIn, occurrencesOnDays, seriesTiming, STILL_PLANNED } from './occurrences';
import { allStarts, checkSeriesRule, isOccurrence } from './recurrence';
import { holidayClashes } from './holidays';
import {
  addHistory,
  classesByEvent,
  countAttachments,
  deleteEventRow,
  deleteHistoryEntries,
  findEventRow,
  findOverrideRow,
  insertEventRow,
  listAchievements,
  listHistory,
  listOverrideRows,
  missingPartners,
  overriddenStarts,
  partnerName,
  partnersByEvent,
  planItemExists,
  planItemOfEvent,
  planItemSource,
  readOutcome,
  replaceAchievements,
  restoreEventRow,
  saveUndo,
  setEventClasses,
  setEventPartners,
  setExdates,
  takeUndo,
  updateEventRow,
  writeOutcome,
  type EventRow,
  type HistoryEntry,
} from './repository';
import { quoted } from '../contract/quote';

const NOT_FOUND = 'Мероприятие не найдено: возможно, оно уже удалено.';
const CHECK_INPUT = 'Проверьте введённые данные.';

export interface EventsDeps {
  db: Database.Database;
  now: () => Date;
  attachments: AttachmentsService;
  /** The school holidays as Настройки keep them. */
  holidays: () => readonly Holiday[];
}

/** What an action is about: a row (a single event or an occurrence edited apart), a whole series, or one of a
 * series' occurrences that has no row of its own yet. */
type Target =
  | { kind: 'row'; row: EventRow }
  | { kind: 'series'; row: EventRow }
  | { kind: 'occurrence'; series: EventRow; occurrenceStart: string };

/** What undoes a move: the rows as they were and as the move left them, the rows it made, its history. */
interface UndoPayload {
  before: EventRow[];
  after: EventRow[];
  created: number[];
  history: number[];
}

export interface RangeFilter {
  from: string;
  to: string;
  partnerIds?: number[] | undefined;
  statuses?: EventStatus[] | undefined;
}

function refuseFields(fields: Record<string, string>): never {
  throw new AppError('invalid_input', CHECK_INPUT, fields);
}

/** A start and an end given without the contract's refinements (a move, a reschedule, a plan item's events). */
function checkTimes(start: string, end: string, allDay = isDateOnly(start)): void {
  if (isDateOnly(start) !== allDay || isDateOnly(end) !== allDay) {
    refuseFields({ start: 'У мероприятия на весь день нет времени, у остальных — есть' });
  }
  if (end < start) refuseFields({ end: 'Окончание раньше начала' });
}

/** The rows each snapshot names, as JSON, to see whether anything changed since. */
const sameRow = (a: EventRow | undefined, b: EventRow) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** How many of the past unmarked occurrences Главная shows at first (the latest). */
export const OVERDUE_SHOWN = 20;

/** An event of an export: the occurrence, and what came of it once held. */
export interface EventWithOutcome {
  occurrence: Occurrence;
  outcome: Outcome | null;
  achievements: AchievementFields[];
}

export class EventsService {
  constructor(private readonly deps: EventsDeps) {}

  private get db() {
    return this.deps.db;
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  today(): string {
    return localIsoDate(this.deps.now());
  }

  /** A held event stays in the past: it cannot be moved to a day after today. */
  private checkHeldInPast(status: EventStatus, start: string): void {
    if (status === 'held' && isAhead(start, this.today())) {
      throw new AppError('conflict', 'Проведённое мероприятие нельзя перенести на день, который ещё не наступил.');
    }
  }

  private require(id: number): EventRow {
    const row = findEventRow(this.db, id);
    if (!row) throw new AppError('not_found', NOT_FOUND);
    return row;
  }

  private target(id: number, occurrenceStart: string | undefined): Target {
    const row = this.require(id);
    if (row.rrule === null) return { kind: 'row', row };
    if (occurrenceStart === undefined) return { kind: 'series', row };
    const override = findOverrideRow(this.db, row.id, occurrenceStart);
    if (override) return { kind: 'row', row: override };
    if (!isOccurrence(seriesTiming(row), occurrenceStart)) {
      throw new AppError('not_found', 'Такого занятия в серии нет: возможно, расписание серии изменилось.');
    }
    return { kind: 'occurrence', series: row, occurrenceStart };
  }

  // ---- reading ----

  detail(id: number): EventDetail {
    const row = this.require(id);
    const partners = partnersByEvent(this.db, [id]).get(id) ?? [];
    const item = row.planItemId === null ? undefined : planItemOfEvent(this.db, row.planItemId);
    return {
      id: row.id,
      title: row.title,
      start: row.start,
      end: row.end,
      allDay: row.allDay,
      venue: row.venue,
      partnerIds: partners.map((p) => p.id),
      partnerNames: partners.map((p) => p.name),
      classes: classesByEvent(this.db, [id]).get(id) ?? [],
      planItemId: row.planItemId,
      rrule: row.rrule,
      notes: row.notes,
      status: row.status,
      cancelReason: row.cancelReason,
      seriesId: row.seriesId,
      originalStart: row.originalStart,
      history: listHistory(this.db, id),
      outcome: readOutcome(this.db, id),
      achievements: listAchievements(this.db, id),
      photos: this.deps.attachments.list('event', id),
      plan: item && row.planItemId !== null ? { itemId: row.planItemId, ...item, followsPlan: row.followsPlan } : null,
      holidayClashes: row.rrule === null ? [] : this.holidayClashesOf(row),
    };
  }

  /** Occurrences edited apart (held, moved) are rows of their own, the office's record: they are not offered. */
  private holidayClashesOf(series: EventRow): HolidayClash[] {
    const apart = overriddenStarts(this.db, [series.id]).get(series.id) ?? new Set<string>();
    const starts = allStarts(seriesTiming(series)).filter((start) => !apart.has(start));
    return holidayClashes(starts, this.deps.holidays());
  }

  /** Leaves out of a series its occurrences that fall into the school holidays: they become deleted ones (EXDATE). */
  skipHolidays(id: number): EventDetail {
    const series = this.require(id);
    if (series.rrule === null) throw new AppError('conflict', 'Пропустить каникулы можно только у серии мероприятий.');
    const clashes = this.holidayClashesOf(series);
    if (clashes.length === 0) return this.detail(id);
    const starts = clashes.map((c) => c.start);
    this.db.transaction(() => {
      const stamp = this.stamp();
      const exdates = [...series.exdates, ...starts];
      setExdates(this.db, series.id, exdates, stamp);
      addHistory(
        this.db,
        series.id,
        entry('edited', { note: `Пропущены дни каникул: ${starts.map((s) => formatDate(s.slice(0, 10))).join(', ')}` }),
        stamp,
      );
    })();
    return this.detail(id);
  }

  /** Occurrences overlapping the days from `from` to `to`, with any of the partners and statuses asked for. */
  range(filter: RangeFilter): Occurrence[] {
    const statuses = filter.statuses?.length ? filter.statuses : undefined;
    return occurrencesOnDays(this.db, filter.from, filter.to, statuses).filter(
      (o) => !filter.partnerIds?.length || o.partnerIds.some((id) => filter.partnerIds?.includes(id)),
    );
  }

  /**
   * Главная: every occurrence of this week (Monday to Sunday), and the latest `overdueShown` past occurrences not
   * yet marked held, in the order of their days, with how many there are in all.
   */
  week(overdueShown = OVERDUE_SHOWN): { thisWeek: Occurrence[]; overdue: Occurrence[]; overdueTotal: number } {
    const today = this.today();
    const monday = mondayOf(today);
    const now = toMinutes(localNow(this.deps.now()));
    const overdue = occurrencesIn(this.db, { from: toMinutes('1990-01-01'), to: now }, STILL_PLANNED).filter(
      (o) => spanOf(o.start, o.end).to <= now,
    );
    return {
      thisWeek: occurrencesOnDays(this.db, monday, addDays(monday, 6)),
      overdue: overdue.slice(-overdueShown),
      overdueTotal: overdue.length,
    };
  }

  /** The .ics file of the events the filter finds, and the name to suggest for it. */
  icsFile(filter: RangeFilter): { fileName: string; text: string } {
    const occurrences = this.exported(filter);
    return {
      fileName: suggestedFileName(this.exportTitle(filter), 'ics'),
      text: calendarText(this.db, calendarEntries(this.db, occurrences), this.deps.now()),
    };
  }

  /** The events the filter finds, each held one with its outcome and achievements, and the title of their list. */
  withOutcomes(filter: RangeFilter): { title: string; events: EventWithOutcome[] } {
    const events = this.exported(filter).map((occurrence) => {
      const held = occurrence.status === 'held';
      return {
        occurrence,
        outcome: held ? readOutcome(this.db, occurrence.eventId) : null,
        achievements: held ? listAchievements(this.db, occurrence.eventId) : [],
      };
    });
    return { title: this.exportTitle(filter), events };
  }

  /** The occurrences an export lists; none is refused, as the file would be empty. */
  private exported(filter: RangeFilter): Occurrence[] {
    const occurrences = this.range(filter);
    if (occurrences.length === 0) {
      throw new AppError('not_found', 'За выбранный период нет мероприятий: измените условия отбора.');
    }
    return occurrences;
  }

  /** «Мероприятия — МЧС 01.09.2026–31.08.2027»: the partner named when the filter has one. */
  private exportTitle(filter: RangeFilter): string {
    const partner = filter.partnerIds?.length === 1 ? partnerName(this.db, filter.partnerIds[0] ?? 0) : undefined;
    return `Мероприятия${partner ? ` — ${partner}` : ''} ${formatDate(filter.from)}–${formatDate(filter.to)}`;
  }

  conflicts(booking: Booking): Conflict[] {
    checkTimes(booking.start, booking.end);
    const span = spanOf(booking.start, booking.end);
    return findConflicts(occurrencesIn(this.db, span), booking);
  }

  // ---- writing ----

  /** Partners and the plan item must exist; a rule must be one the app can expand. Answers the series' start. */
  private checkFields(fields: EventFields, withRule: boolean): { start: string; rrule: string | null } {
    const errors: Record<string, string> = {};
    if (missingPartners(this.db, fields.partnerIds).length > 0) {
      errors['partnerIds'] = 'Партнёр не найден: выберите партнёров из списка';
    }
    if (fields.planItemId !== null && !planItemExists(this.db, fields.planItemId)) {
      errors['planItemId'] = 'Пункт плана не найден: возможно, он удалён';
    }
    let timing = { start: fields.start, rrule: null as string | null };
    if (withRule && fields.rrule) {
      try {
        timing = checkSeriesRule(fields.rrule, fields.start);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fields) throw error;
        Object.assign(errors, error.fields);
      }
    }
    if (Object.keys(errors).length > 0) refuseFields(errors);
    return timing;
  }

  private writeChildren(id: number, fields: Pick<EventFields, 'partnerIds' | 'classes'>): void {
    setEventPartners(this.db, id, fields.partnerIds);
    setEventClasses(this.db, id, fields.classes);
  }

  create(fields: EventFields): EventDetail {
    const { start, rrule } = this.checkFields(fields, true);
    const end = shiftLocal(fields.end, toMinutes(start) - toMinutes(fields.start));
    const id = this.db.transaction(() => {
      const stamp = this.stamp();
      const id = insertEventRow(
        this.db,
        {
          ...this.valuesOf(fields),
          start,
          end,
          rrule,
          status: 'planned',
          cancelReason: '',
          exdates: [],
          seriesId: null,
          originalStart: null,
          followsPlan: false,
        },
        stamp,
      );
      this.writeChildren(id, fields);
      addHistory(this.db, id, entry('created', { toStart: start, toStatus: 'planned' }), stamp);
      return id;
    })();
    return this.detail(id);
  }

  private valuesOf(fields: EventFields) {
    return {
      planItemId: fields.planItemId,
      title: fields.title,
      start: fields.start,
      end: fields.end,
      allDay: fields.allDay,
      venue: fields.venue,
      notes: fields.notes,
    };
  }

  /** Gives an occurrence of a series a row of its own, a copy of the series at the occurrence's time. */
  private materialize(series: EventRow, occurrenceStart: string, stamp: string): EventRow {
    const id = insertEventRow(
      this.db,
      {
        ...series,
        start: occurrenceStart,
        end: shiftLocal(occurrenceStart, lengthOf(series.start, series.end)),
        rrule: null,
        exdates: [],
        seriesId: series.id,
        originalStart: occurrenceStart,
      },
      stamp,
    );
    setEventPartners(
      this.db,
      id,
      partnersByEvent(this.db, [series.id])
        .get(series.id)
        ?.map((p) => p.id) ?? [],
    );
    setEventClasses(this.db, id, classesByEvent(this.db, [series.id]).get(series.id) ?? []);
    return this.require(id);
  }

  /** The row an action on one occurrence changes: its own, made now when it has none. */
  private rowFor(target: Target, stamp: string): EventRow {
    if (target.kind === 'occurrence') return this.materialize(target.series, target.occurrenceStart, stamp);
    return target.row;
  }

  /**
   * `scope: 'one'` changes one event, or one occurrence of a series apart from the rest (its own row; a rule given
   * with it is ignored). `scope: 'series'` changes the series row; occurrences edited apart keep their own rows and
   * fields. The change of start the user made to the occurrence they opened moves the whole series by as much, and
   * the starts of deleted and edited-apart occurrences move with it so that they still replace the right ones.
   */
  update(id: number, fields: EventFields, scope: 'one' | 'series', occurrenceStart?: string): EventDetail {
    const target = this.target(id, occurrenceStart);
    if (scope === 'one' && target.kind === 'series') {
      refuseFields({ occurrenceStart: 'Выберите занятие серии, которое нужно изменить' });
    }
    const series = this.seriesOf(target);
    if (scope === 'series' && series) return this.updateSeries(series, target, fields);
    // An occurrence edited apart never repeats: a rule sent with it is ignored.
    const isOverride = target.kind === 'occurrence' || (target.kind === 'row' && target.row.seriesId !== null);
    const timing = this.checkFields(fields, !isOverride);
    if (target.kind === 'row') this.checkHeldInPast(target.row.status, fields.start);
    const changedId = this.db.transaction(() => {
      const stamp = this.stamp();
      const current = this.rowFor(target, stamp);
      const start = isOverride ? fields.start : timing.start;
      const end = shiftLocal(fields.end, toMinutes(start) - toMinutes(fields.start));
      updateEventRow(
        this.db,
        current.id,
        { ...current, ...this.valuesOf(fields), start, end, rrule: isOverride ? null : timing.rrule },
        stamp,
      );
      this.writeChildren(current.id, fields);
      addHistory(this.db, current.id, editedEntry(current.start, start, isOverride), stamp);
      return current.id;
    })();
    return this.detail(changedId);
  }

  /** The series a target belongs to, if any. */
  private seriesOf(target: Target): EventRow | undefined {
    if (target.kind === 'occurrence') return target.series;
    if (target.kind === 'series') return target.row;
    if (target.row.seriesId === null) return undefined;
    const series = findEventRow(this.db, target.row.seriesId);
    return series?.rrule !== null ? series : undefined;
  }

  private updateSeries(series: EventRow, target: Target, fields: EventFields): EventDetail {
    // The start the user saw in the form they edited.
    const seen =
      target.kind === 'occurrence' ? target.occurrenceStart : target.kind === 'row' ? target.row.start : series.start;
    const requested = fromMinutes(toMinutes(series.start) + toMinutes(fields.start) - toMinutes(seen), fields.allDay);
    const timing = this.checkFields({ ...fields, start: requested }, true);
    const end = fromMinutes(toMinutes(timing.start) + lengthOf(fields.start, fields.end), fields.allDay);
    const shift = (local: string) =>
      fromMinutes(toMinutes(local) + toMinutes(timing.start) - toMinutes(series.start), fields.allDay);
    this.db.transaction(() => {
      const stamp = this.stamp();
      updateEventRow(
        this.db,
        series.id,
        {
          ...series,
          ...this.valuesOf(fields),
          start: timing.start,
          end,
          rrule: timing.rrule,
          exdates: series.exdates.map(shift),
        },
        stamp,
      );
      if (timing.start !== series.start) {
        for (const override of listOverrideRows(this.db, series.id)) {
          updateEventRow(
            this.db,
            override.id,
            { ...override, originalStart: shift(override.originalStart ?? override.start) },
            override.updatedAt,
          );
        }
      }
      this.writeChildren(series.id, fields);
      addHistory(this.db, series.id, editedEntry(series.start, timing.start, false), stamp);
    })();
    return this.detail(series.id);
  }

  /**
   * Drag and drop: new dates, the status kept. An occurrence of a series gets a row of its own; a whole series moves
   * only where its rule still fits the new start. Answers a token that undoes the move exactly.
   */
  move(id: number, start: string, end: string, occurrenceStart?: string): { event: EventDetail; undoToken: number } {
    checkTimes(start, end);
    const target = this.target(id, occurrenceStart);
    if (target.kind === 'series') return this.moveSeries(target.row, start, end);
    if (target.kind === 'row') this.checkHeldInPast(target.row.status, start);
    const token = this.db.transaction(() => {
      const stamp = this.stamp();
      const before = target.kind === 'row' ? [target.row] : [];
      const row = this.rowFor(target, stamp);
      updateEventRow(this.db, row.id, { ...row, start, end, allDay: isDateOnly(start) }, stamp);
      const history = addHistory(this.db, row.id, entry('moved', { fromStart: row.start, toStart: start }), stamp);
      const payload: UndoPayload = {
        before,
        after: [this.require(row.id)],
        created: target.kind === 'occurrence' ? [row.id] : [],
        history: [history],
      };
      return { id: row.id, token: this.keepUndo(row.id, payload, stamp) };
    })();
    return { event: this.detail(token.id), undoToken: token.token };
  }

  private moveSeries(series: EventRow, start: string, end: string): { event: EventDetail; undoToken: number } {
    if (isDateOnly(start) !== series.allDay || series.rrule === null) {
      throw new AppError('conflict', 'Серию нельзя так перенести: измените её время в карточке серии.');
    }
    const timing = checkSeriesRule(series.rrule, start);
    if (timing.start !== start) {
      throw new AppError(
        'conflict',
        'Серию нельзя перенести на этот день: он не подходит под правило повторения. Измените серию в её карточке.',
      );
    }
    const delta = toMinutes(start) - toMinutes(series.start);
    const token = this.db.transaction(() => {
      const stamp = this.stamp();
      const overrides = listOverrideRows(this.db, series.id);
      updateEventRow(
        this.db,
        series.id,
        { ...series, start, end, exdates: series.exdates.map((d) => shiftLocal(d, delta)) },
        stamp,
      );
      for (const o of overrides) {
        updateEventRow(this.db, o.id, { ...o, originalStart: shiftLocal(o.originalStart ?? o.start, delta) }, stamp);
      }
      const history = addHistory(
        this.db,
        series.id,
        entry('moved', { fromStart: series.start, toStart: start }),
        stamp,
      );
      const payload: UndoPayload = {
        before: [series, ...overrides],
        after: [series, ...overrides].map((r) => this.require(r.id)),
        created: [],
        history: [history],
      };
      return this.keepUndo(series.id, payload, stamp);
    })();
    return { event: this.detail(series.id), undoToken: token };
  }

  private keepUndo(eventId: number, payload: UndoPayload, stamp: string): number {
    const staleBefore = new Date(this.deps.now().getTime() - 86_400_000).toISOString();
    return saveUndo(this.db, eventId, payload, stamp, staleBefore);
  }

  /** Undoes a move, unless the event has changed since; a token works once. */
  undo(token: number): { undone: true } {
    this.db.transaction(() => {
      const payload = takeUndo(this.db, token) as UndoPayload | undefined;
      if (!payload) throw new AppError('not_found', 'Отменить перенос уже нельзя: он уже отменён или устарел.');
      const changed =
        payload.after.some((row) => !sameRow(findEventRow(this.db, row.id), row)) ||
        payload.created.some((id) => countAttachments(this.db, id) > 0);
      if (changed) {
        throw new AppError('conflict', 'Отменить перенос нельзя: мероприятие с тех пор изменено.');
      }
      deleteHistoryEntries(this.db, payload.history);
      for (const id of payload.created) deleteEventRow(this.db, id);
      for (const row of payload.before) restoreEventRow(this.db, row);
    })();
    return { undone: true };
  }

  /**
   * Held, cancelled (with a reason) or back to planned. A cancelled event is not held without first being planned
   * again; a held event is not cancelled; an event is marked held on its day or later, never before. A whole series
   * may be cancelled or planned again, but only one occurrence at a time is held.
   */
  setStatus(
    id: number,
    status: 'planned' | 'held' | 'cancelled',
    reason: string,
    occurrenceStart?: string,
  ): EventDetail {
    const target = this.target(id, occurrenceStart);
    if (target.kind === 'series' && status === 'held') {
      throw new AppError('conflict', 'Проведённым отмечают отдельное занятие серии: выберите его в календаре.');
    }
    const current = target.kind === 'occurrence' ? target.series : target.row;
    const start = target.kind === 'occurrence' ? target.occurrenceStart : current.start;
    if (status === 'held') {
      if (current.status === 'cancelled') {
        throw new AppError(
          'conflict',
          'Отменённое мероприятие нельзя сразу отметить проведённым: сначала верните его в запланированные.',
        );
      }
      if (isAhead(start, this.today())) throw new AppError('conflict', NOT_YET_HELD);
    }
    if (status === 'cancelled') {
      if (current.status === 'held') {
        throw new AppError(
          'conflict',
          'Проведённое мероприятие нельзя отменить. Если оно не состоялось, сначала верните его в запланированные.',
        );
      }
      if (!reason) refuseFields({ reason: 'Укажите причину отмены' });
    }
    const cancelReason = status === 'cancelled' ? reason : '';
    if (current.status === status && current.cancelReason === cancelReason) return this.detail(current.id);
    const changedId = this.db.transaction(() => {
      const stamp = this.stamp();
      const row = this.rowFor(target, stamp);
      updateEventRow(this.db, row.id, { ...row, status, cancelReason }, stamp);
      addHistory(
        this.db,
        row.id,
        entry('status', { fromStatus: row.status, toStatus: status, note: cancelReason }),
        stamp,
      );
      return row.id;
    })();
    return this.detail(changedId);
  }

  /**
   * Moved to a new date: the status becomes «перенесено» and the history keeps both dates. The event stays one row
   * (an occurrence of a series gets its own, which replaces it), so it counts once.
   */
  reschedule(id: number, start: string, end: string, note: string, occurrenceStart?: string): EventDetail {
    checkTimes(start, end);
    const target = this.target(id, occurrenceStart);
    if (target.kind === 'series') {
      throw new AppError(
        'conflict',
        'Перенести можно отдельное занятие серии: выберите его в календаре. Чтобы сдвинуть всю серию, измените её время.',
      );
    }
    const current = target.kind === 'occurrence' ? target.series : target.row;
    if (current.status === 'held') throw new AppError('conflict', 'Проведённое мероприятие нельзя перенести.');
    const from = target.kind === 'occurrence' ? target.occurrenceStart : current.start;
    if (from === start) refuseFields({ start: 'Новая дата совпадает с прежней' });
    const changedId = this.db.transaction(() => {
      const stamp = this.stamp();
      const row = this.rowFor(target, stamp);
      updateEventRow(
        this.db,
        row.id,
        { ...row, start, end, allDay: isDateOnly(start), status: 'moved', cancelReason: '' },
        stamp,
      );
      addHistory(
        this.db,
        row.id,
        entry('moved', { fromStart: row.start, toStart: start, fromStatus: row.status, toStatus: 'moved', note }),
        stamp,
      );
      return row.id;
    })();
    return this.detail(changedId);
  }

  /**
   * Deletes one event, one occurrence of a series (its start becomes an EXDATE; its own row, if any, goes) or a
   * whole series with its occurrences. A series left with no occurrence at all goes too. Answers the ids of the
   * rows deleted, whose photos the caller removes.
   */
  delete(id: number, scope: 'one' | 'series', occurrenceStart?: string): number[] {
    const target = this.target(id, occurrenceStart);
    if (scope === 'one' && target.kind === 'series') {
      refuseFields({ occurrenceStart: 'Выберите занятие серии, которое нужно удалить' });
    }
    const series = this.seriesOf(target);
    if (scope === 'series' || !series) {
      const root = series ?? (target.kind === 'occurrence' ? target.series : target.row);
      const ids = [root.id, ...listOverrideRows(this.db, root.id).map((r) => r.id)];
      // Occurrences edited apart go with their series (ON DELETE CASCADE).
      this.db.transaction(() => deleteEventRow(this.db, root.id))();
      return ids;
    }
    return this.db.transaction(() => {
      const stamp = this.stamp();
      const deleted: number[] = [];
      const start = target.kind === 'occurrence' ? target.occurrenceStart : (target.row.originalStart ?? '');
      if (target.kind === 'row') {
        deleteEventRow(this.db, target.row.id);
        deleted.push(target.row.id);
      }
      const exdates = [...series.exdates, start];
      setExdates(this.db, series.id, exdates, stamp);
      const left = allStarts({ ...seriesTiming(series), exdates });
      if (left.length === 0 && listOverrideRows(this.db, series.id).length === 0) {
        deleteEventRow(this.db, series.id);
        deleted.push(series.id);
      }
      return deleted;
    })();
  }

  /** The outcome of a held event and its achievements, each replaced whole. */
  saveOutcome(id: number, outcome: Outcome, achievements: readonly AchievementFields[]): EventDetail {
    const row = this.require(id);
    if (row.status !== 'held') {
      throw new AppError(
        'conflict',
        'Итоги записывают только для проведённого мероприятия: сначала отметьте его проведённым.',
      );
    }
    const seen = new Set<string>();
    for (const [i, c] of outcome.classes.entries()) {
      if (seen.has(c.className)) {
        refuseFields({ [`outcome.classes.${i}.className`]: `Класс ${quoted(c.className)} указан дважды` });
      }
      seen.add(c.className);
    }
    this.db.transaction(() => {
      writeOutcome(this.db, id, outcome);
      replaceAchievements(this.db, id, achievements);
      updateEventRow(this.db, id, row, this.stamp());
    })();
    return this.detail(id);
  }

  /** The events of a plan item: one event, or a series when a rule is given, with the item's partners and classes. */
  generateFromPlanItem(
    itemId: number,
    timing: { start: string; end: string; allDay: boolean; rrule: string | null },
  ): EventDetail {
    const source = planItemSource(this.db, itemId);
    if (!source) throw new AppError('not_found', 'Пункт плана не найден: возможно, он уже удалён.');
    checkTimes(timing.start, timing.end, timing.allDay);
    return this.create({
      title: source.title,
      start: timing.start,
      end: timing.end,
      allDay: timing.allDay,
      venue: source.venueNote,
      partnerIds: source.partnerIds,
      classes: source.classes,
      planItemId: itemId,
      rrule: timing.rrule || null,
      notes: '',
    });
  }
}

function entry(kind: HistoryEntry['kind'], values: Partial<HistoryEntry>): HistoryEntry {
  return { kind, fromStart: null, toStart: null, fromStatus: null, toStatus: null, note: '', ...values };
}

function editedEntry(fromStart: string, toStart: string, apart: boolean): HistoryEntry {
  const moved = fromStart !== toStart;
  return entry('edited', {
    fromStart: moved ? fromStart : null,
    toStart: moved ? toStart : null,
    note: apart ? 'Изменено отдельно от серии' : '',
  });
}
