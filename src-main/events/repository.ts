import type Database from 'better-sqlite3';
import { addDays } from '../contract/dates';
import type { AchievementFields, EventStatus, Outcome } from '../contract/events';
import { compareClassNames } from '../contract/classes';
import { prepared } from '../db/statements';

type Db = Database.Database;

/** An events row as stored: a single event, a series (with `rrule`) or an occurrence edited apart (`seriesId`). */
export interface EventRow {
  id: number;
  planItemId: number | null;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  venue: string;
  status: EventStatus;
  cancelReason: string;
  rrule: string | null;
  exdates: string[];
  seriesId: number | null;
  originalStart: string | null;
  notes: string;
  /** Whether this is its plan item's day on the calendar: changing the item's day or time moves it. */
  followsPlan: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What a write sets; the row's identity and stamps are the repository's business. */
export type EventValues = Omit<EventRow, 'id' | 'createdAt' | 'updatedAt'>;

interface RawRow extends Omit<EventRow, 'allDay' | 'exdates' | 'followsPlan'> {
  allDay: number;
  exdates: string;
  followsPlan: number;
}

type RawCalendarRow = Omit<RawRow, 'notes' | 'cancelReason' | 'followsPlan' | 'createdAt' | 'updatedAt'>;

const SELECT = `
  SELECT id, plan_item_id AS planItemId, title, starts_at AS start, ends_at AS end, all_day AS allDay, venue, status,
         cancel_reason AS cancelReason, rrule, exdates, series_id AS seriesId, original_start AS originalStart, notes,
         follows_plan AS followsPlan, created_at AS createdAt, updated_at AS updatedAt
  FROM events`;

/** What the calendar shows of a row: no notes, reason or stamps. */
export type CalendarRow = Omit<EventRow, 'notes' | 'cancelReason' | 'followsPlan' | 'createdAt' | 'updatedAt'>;

const CALENDAR_SELECT = `
  SELECT id, plan_item_id AS planItemId, title, starts_at AS start, ends_at AS end, all_day AS allDay, venue, status,
         rrule, exdates, series_id AS seriesId, original_start AS originalStart
  FROM events`;

function fromRaw<T extends Pick<EventRow, 'allDay' | 'exdates'>>(
  raw: Omit<T, 'allDay' | 'exdates'> & { allDay: number; exdates: string },
): T {
  // The row object better-sqlite3 made is kept rather than copied: a year's calendar reads thousands of them.
  const row = raw as unknown as T;
  row.allDay = raw.allDay === 1;
  row.exdates = raw.exdates === '[]' ? [] : (JSON.parse(raw.exdates) as string[]);
  return row;
}

/** A full row: the calendar's reading, and whether it follows its plan item's day. */
function fromRawRow(raw: RawRow): EventRow {
  const row = fromRaw<Omit<EventRow, 'followsPlan'> & { followsPlan: unknown }>(raw);
  row.followsPlan = raw.followsPlan === 1;
  return row as EventRow;
}

export function findEventRow(db: Db, id: number): EventRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE id = ?`).get(id) as RawRow | undefined;
  return raw ? fromRawRow(raw) : undefined;
}

/** The rows of a plan item's events (single events, series and occurrences edited apart), in order of id. */
export function planItemEventRows(db: Db, planItemId: number): EventRow[] {
  return (db.prepare(`${SELECT} WHERE plan_item_id = ? ORDER BY id`).all(planItemId) as RawRow[]).map(fromRawRow);
}

/** The row of a series' occurrence edited apart, by the start the rule gave it. */
export function findOverrideRow(db: Db, seriesId: number, originalStart: string): EventRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE series_id = ? AND original_start = ?`).get(seriesId, originalStart) as
    RawRow | undefined;
  return raw ? fromRawRow(raw) : undefined;
}

export function listOverrideRows(db: Db, seriesId: number): EventRow[] {
  return (db.prepare(`${SELECT} WHERE series_id = ? ORDER BY original_start`).all(seriesId) as RawRow[]).map(
    fromRawRow,
  );
}

/** The days an event spans, first to last day, as migration 007 indexes it (`events_by_length`). */
const SPAN_DAYS = 'julianday(substr(ends_at, 1, 10)) - julianday(substr(starts_at, 1, 10))';

/** The most days any event spans, read from its index (0 when there are no events). */
function longestSpanDays(db: Db): number {
  return Math.ceil((prepared(db, `SELECT max(${SPAN_DAYS}) FROM events`, { pluck: true }).get() as number | null) ?? 0);
}

/**
 * Rows that may have an occurrence between two wall-clock values, with one of `statuses` when given: the series
 * that start before the end (the caller expands their rules), and the single events and occurrences edited apart
 * whose own dates come near (text comparison; the caller checks the exact overlap). A single event that overlaps
 * the range starts at most the longest event's span before it, so both parts read an index between two bounds.
 * In no order: the caller puts the occurrences in order.
 */
export function candidateRows(db: Db, from: string, to: string, statuses?: readonly EventStatus[]): CalendarRow[] {
  const first = from.slice(0, 10);
  const last = `${to.slice(0, 10)}T99`;
  const earliest = addDays(first, -longestSpanDays(db));
  const status = statuses ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : '';
  const byStatus = statuses ?? [];
  return (
    prepared(
      db,
      `${CALENDAR_SELECT} WHERE rrule IS NOT NULL AND starts_at <= ?${status}
       UNION ALL
       ${CALENDAR_SELECT} WHERE rrule IS NULL AND starts_at BETWEEN ? AND ? AND ends_at >= ?${status}`,
    ).all(last, ...byStatus, earliest, last, first, ...byStatus) as RawCalendarRow[]
  ).map((raw) => fromRaw<CalendarRow>(raw));
}

/** Every series row with one of the statuses (its occurrences without rows of their own have its status). */
export function seriesRows(db: Db, statuses: readonly EventStatus[]): CalendarRow[] {
  // Named: without a bound on the start SQLite would read every event rather than the series' own small index.
  return (
    db
      .prepare(
        `${CALENDAR_SELECT} INDEXED BY events_series_by_start
         WHERE rrule IS NOT NULL AND status IN (${statuses.map(() => '?').join(', ')}) ORDER BY id`,
      )
      .all(...statuses) as RawCalendarRow[]
  ).map((raw) => fromRaw<CalendarRow>(raw));
}

/**
 * For each partner, the last day of its single events and occurrences edited apart with one of the statuses that
 * start after `date`, summed up by SQL.
 */
export function latestSingleDays(db: Db, date: string, statuses: readonly EventStatus[]): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT ep.partner_id AS partnerId, max(substr(e.starts_at, 1, 10)) AS day
       FROM events e JOIN event_partners ep ON ep.event_id = e.id
       WHERE e.rrule IS NULL AND e.status IN (${statuses.map(() => '?').join(', ')}) AND e.starts_at > ?
       GROUP BY ep.partner_id`,
    )
    .all(...statuses, `${date}T99`) as { partnerId: number; day: string }[];
  return new Map(rows.map((r) => [r.partnerId, r.day]));
}

/** The starts that the occurrences edited apart of the given series replace, by series. */
export function overriddenStarts(db: Db, seriesIds: readonly number[]): Map<number, Set<string>> {
  const rows = prepared(
    db,
    `SELECT series_id AS seriesId, original_start AS originalStart FROM events
     WHERE series_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(seriesIds)) as { seriesId: number; originalStart: string }[];
  const result = new Map<number, Set<string>>();
  for (const row of rows) {
    const set = result.get(row.seriesId) ?? new Set<string>();
    set.add(row.originalStart);
    result.set(row.seriesId, set);
  }
  return result;
}

const COLUMNS = [
  'plan_item_id',
  'title',
  'starts_at',
  'ends_at',
  'all_day',
  'venue',
  'status',
  'cancel_reason',
  'rrule',
  'exdates',
  'series_id',
  'original_start',
  'notes',
  'follows_plan',
];

function values(v: EventValues): unknown[] {
  return [
    v.planItemId,
    v.title,
    v.start,
    v.end,
    v.allDay ? 1 : 0,
    v.venue,
    v.status,
    v.cancelReason,
    v.rrule,
    JSON.stringify(v.exdates),
    v.seriesId,
    v.originalStart,
    v.notes,
    v.followsPlan ? 1 : 0,
  ];
}

export function insertEventRow(db: Db, v: EventValues, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO events (${COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, ?) RETURNING id`,
    )
    .get(...values(v), stamp, stamp) as { id: number };
  return id;
}

export function updateEventRow(db: Db, id: number, v: EventValues, stamp: string): void {
  db.prepare(`UPDATE events SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...values(v),
    stamp,
    id,
  );
}

/** Puts a row back exactly as it was, stamps included (undo). */
export function restoreEventRow(db: Db, row: EventRow): void {
  db.prepare(
    `UPDATE events SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, created_at = ?, updated_at = ? WHERE id = ?`,
  ).run(...values(row), row.createdAt, row.updatedAt, row.id);
}

export function deleteEventRow(db: Db, id: number): void {
  db.prepare('DELETE FROM events WHERE id = ?').run(id);
}

export function setExdates(db: Db, id: number, exdates: readonly string[], stamp: string): void {
  db.prepare('UPDATE events SET exdates = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify([...new Set(exdates)].sort()),
    stamp,
    id,
  );
}

export function setEventPartners(db: Db, id: number, partnerIds: readonly number[]): void {
  db.prepare('DELETE FROM event_partners WHERE event_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO event_partners (event_id, partner_id) VALUES (?, ?)');
  for (const partnerId of partnerIds) insert.run(id, partnerId);
}

export function setEventClasses(db: Db, id: number, classes: readonly string[]): void {
  db.prepare('DELETE FROM event_classes WHERE event_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO event_classes (event_id, class_name) VALUES (?, ?)');
  for (const className of classes) insert.run(id, className);
}

export interface EventPartner {
  id: number;
  name: string;
  category: string;
}

/**
 * The rows of a table keyed by `event_id` (`event_partners`, `event_classes`) for the given events, or for all events
 * when none are given: `columns` named as the caller reads them.
 */
function rowsOfEvents<T>(db: Db, table: string, columns: string, eventIds?: readonly number[]): T[] {
  const sql = eventIds
    ? `SELECT ${columns} FROM json_each(?) j CROSS JOIN ${table} x ON x.event_id = j.value`
    : `SELECT ${columns} FROM ${table} x`;
  return prepared(db, sql).all(...(eventIds ? [JSON.stringify(eventIds)] : [])) as T[];
}

/**
 * The partners of the given events (all events when none are given), by name. The query reads only the pairs of
 * event and partner, from its primary key; the names and categories of the partners they name are read once, in
 * SQLite's own (BINARY) order of the name, then the id, and each event's few partners are put in that order here
 * rather than by sorting a whole year's rows in SQL.
 */
export function partnersByEvent(db: Db, eventIds?: readonly number[]): Map<number, EventPartner[]> {
  const pairs = rowsOfEvents<{ eventId: number; partnerId: number }>(
    db,
    'event_partners',
    'x.event_id AS eventId, x.partner_id AS partnerId',
    eventIds,
  );
  if (pairs.length === 0) return new Map();
  const named = prepared(
    db,
    `SELECT p.id AS id, p.full_name AS name, c.name AS category
     FROM partners p JOIN partner_categories c ON c.id = p.category_id
     WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.full_name, p.id`,
  ).all(JSON.stringify([...new Set(pairs.map((pair) => pair.partnerId))])) as EventPartner[];
  const rank = new Map(named.map((partner, i) => [partner.id, i]));
  const result = new Map<number, EventPartner[]>();
  for (const { eventId, partnerId } of pairs) {
    const at = rank.get(partnerId);
    if (at === undefined) continue;
    const partner = named[at] as EventPartner;
    const list = result.get(eventId);
    if (list) list.push(partner);
    else result.set(eventId, [partner]);
  }
  for (const list of result.values()) {
    if (list.length > 1) list.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  return result;
}

export function classesByEvent(db: Db, eventIds?: readonly number[]): Map<number, string[]> {
  const rows = rowsOfEvents<{ eventId: number; className: string }>(
    db,
    'event_classes',
    'x.event_id AS eventId, x.class_name AS className',
    eventIds,
  );
  const result = new Map<number, string[]>();
  for (const { eventId, className } of rows) {
    const list = result.get(eventId);
    if (list) list.push(className);
    else result.set(eventId, [className]);
  }
  for (const list of result.values()) list.sort(compareClassNames);
  return result;
}

export interface HistoryEntry {
  kind: 'created' | 'moved' | 'status' | 'edited';
  fromStart: string | null;
  toStart: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
}

export function addHistory(db: Db, eventId: number, entry: HistoryEntry, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO event_history (event_id, changed_at, kind, from_start, to_start, from_status, to_status, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(eventId, stamp, entry.kind, entry.fromStart, entry.toStart, entry.fromStatus, entry.toStatus, entry.note) as {
    id: number;
  };
  return id;
}

export function listHistory(db: Db, eventId: number): (HistoryEntry & { changedAt: string })[] {
  return db
    .prepare(
      `SELECT changed_at AS changedAt, kind, from_start AS fromStart, to_start AS toStart, from_status AS fromStatus,
              to_status AS toStatus, note
       FROM event_history WHERE event_id = ? ORDER BY id`,
    )
    .all(eventId) as (HistoryEntry & { changedAt: string })[];
}

export function deleteHistoryEntries(db: Db, ids: readonly number[]): void {
  db.prepare('DELETE FROM event_history WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
}

export function readOutcome(db: Db, eventId: number): Outcome | null {
  const row = db.prepare('SELECT parents, teachers, summary FROM event_outcomes WHERE event_id = ?').get(eventId) as
    Omit<Outcome, 'classes'> | undefined;
  if (!row) return null;
  const classes = (
    db
      .prepare('SELECT class_name AS className, pupils FROM event_outcome_classes WHERE event_id = ?')
      .all(eventId) as Outcome['classes']
  ).sort((a, b) => compareClassNames(a.className, b.className));
  return { ...row, classes };
}

export function writeOutcome(db: Db, eventId: number, outcome: Outcome): void {
  db.prepare(
    `INSERT INTO event_outcomes (event_id, parents, teachers, summary) VALUES (?, ?, ?, ?)
     ON CONFLICT (event_id) DO UPDATE SET parents = excluded.parents, teachers = excluded.teachers,
       summary = excluded.summary`,
  ).run(eventId, outcome.parents, outcome.teachers, outcome.summary);
  db.prepare('DELETE FROM event_outcome_classes WHERE event_id = ?').run(eventId);
  const insert = db.prepare('INSERT INTO event_outcome_classes (event_id, class_name, pupils) VALUES (?, ?, ?)');
  for (const c of outcome.classes) insert.run(eventId, c.className, c.pupils);
}

export function listAchievements(db: Db, eventId: number): (AchievementFields & { id: number })[] {
  return db
    .prepare(
      `SELECT id, contest, level, result, pupil, class_name AS className FROM achievements
       WHERE event_id = ? ORDER BY id`,
    )
    .all(eventId) as (AchievementFields & { id: number })[];
}

export function replaceAchievements(db: Db, eventId: number, achievements: readonly AchievementFields[]): void {
  db.prepare('DELETE FROM achievements WHERE event_id = ?').run(eventId);
  const insert = db.prepare(
    'INSERT INTO achievements (event_id, contest, level, result, pupil, class_name) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const a of achievements) insert.run(eventId, a.contest, a.level, a.result, a.pupil, a.className);
}

/** The ids among `partnerIds` that name no partner. */
export function missingPartners(db: Db, partnerIds: readonly number[]): number[] {
  const known = new Set(
    (
      db
        .prepare('SELECT id FROM partners WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(partnerIds)) as { id: number }[]
    ).map((r) => r.id),
  );
  return partnerIds.filter((id) => !known.has(id));
}

export function planItemExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM plan_items WHERE id = ?').get(id) !== undefined;
}

/** What an event takes from its plan item: the title, the place, the partners and the classes. */
export interface PlanItemSource {
  title: string;
  venueNote: string;
  partnerIds: number[];
  classes: string[];
}

export function planItemSource(db: Db, id: number): PlanItemSource | undefined {
  const item = db.prepare('SELECT title, venue_note AS venueNote FROM plan_items WHERE id = ?').get(id) as
    Omit<PlanItemSource, 'partnerIds' | 'classes'> | undefined;
  if (!item) return undefined;
  const partnerIds = (
    db.prepare('SELECT partner_id AS id FROM plan_item_partners WHERE item_id = ? ORDER BY partner_id').all(id) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const classes = (
    db.prepare(`SELECT value FROM plan_item_participants WHERE item_id = ? AND kind = 'class'`).all(id) as {
      value: string;
    }[]
  )
    .map((r) => r.value)
    .sort(compareClassNames);
  return { ...item, partnerIds, classes };
}

/** Every partner's name as the plan writes it: the short one when there is one. */
export function partnerShortNames(db: Db): Map<number, string> {
  const rows = db.prepare(`SELECT id, coalesce(nullif(short_name, ''), full_name) AS name FROM partners`).all() as {
    id: number;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Held occurrences of a series become events of their own, so that they stay when the series goes. */
export function detachHeldOccurrences(db: Db, seriesId: number): void {
  db.prepare(`UPDATE events SET series_id = NULL, original_start = NULL WHERE series_id = ? AND status = 'held'`).run(
    seriesId,
  );
}

/** The plan item an event belongs to, with its plan's year and the people responsible for it. */
export function planItemOfEvent(
  db: Db,
  itemId: number,
): { year: string; responsibleSchool: string; responsiblePartner: string } | undefined {
  return db
    .prepare(
      `SELECT p.year AS year, i.responsible_school AS responsibleSchool, i.responsible_partner AS responsiblePartner
       FROM plan_items i JOIN plans p ON p.id = i.plan_id WHERE i.id = ?`,
    )
    .get(itemId) as { year: string; responsibleSchool: string; responsiblePartner: string } | undefined;
}

export function partnerName(db: Db, id: number): string | undefined {
  const row = db
    .prepare(`SELECT coalesce(nullif(short_name, ''), full_name) AS name FROM partners WHERE id = ?`)
    .get(id) as { name: string } | undefined;
  return row?.name;
}

const UNDO_KIND = 'event-undo';

/** Keeps what undoes a move; answers its token. Tokens older than a day are dropped. */
export function saveUndo(db: Db, eventId: number, payload: unknown, stamp: string, staleBefore: string): number {
  db.prepare('DELETE FROM deleted_records WHERE kind = ? AND deleted_at < ?').run(UNDO_KIND, staleBefore);
  const { id } = db
    .prepare('INSERT INTO deleted_records (kind, record_id, payload, deleted_at) VALUES (?, ?, ?, ?) RETURNING id')
    .get(UNDO_KIND, eventId, JSON.stringify(payload), stamp) as { id: number };
  return id;
}

/** Takes (and forgets) what undoes a move. */
export function takeUndo(db: Db, token: number): unknown {
  const row = db.prepare('SELECT payload FROM deleted_records WHERE id = ? AND kind = ?').get(token, UNDO_KIND) as
    { payload: string } | undefined;
  if (!row) return undefined;
  db.prepare('DELETE FROM deleted_records WHERE id = ?').run(token);
  return JSON.parse(row.payload) as unknown;
}

export function countAttachments(db: Db, eventId: number): number {
  const { n } = db
    .prepare(`SELECT count(*) AS n FROM attachments WHERE owner_kind = 'event' AND owner_id = ?`)
    .get(eventId) as { n: number };
  return n;
}
