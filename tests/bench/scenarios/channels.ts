import type Database from 'better-sqlite3';
import type { Channel, Input } from '../../../src-main/contract';
import { addDays } from '../../../src-main/contract/dates';
import { readStandings } from '../../../src-main/partners/standing';
import { BENCH_TODAY } from '../history/store';

type Db = Database.Database;

/** What a screen asks the dispatcher for, and the same SQL run straight through better-sqlite3. */
export interface ChannelCase<C extends Channel = Channel> {
  /** «Партнёры: partners:list» — the screen and its channel. */
  name: string;
  channel: C;
  input: Input<C>;
  /** The statements the channel's repository runs, prepared here once; the answer runs them. Absent: none given. */
  raw?: (db: Db) => () => unknown;
  /** List, search and calendar-range channels: p95 ≤ 15 ms and ≤ 2× raw; others their own p95 target. */
  kind: 'list' | { p95: number };
  /** Changes one row before each timed call, so that nothing computed from the data is reused (the cold cost). */
  touch?: (db: Db) => void;
}

const channelCase = <C extends Channel>(c: ChannelCase<C>): ChannelCase => c as unknown as ChannelCase;

/** A `touch` that runs one statement, prepared on the first call. */
function touchOne(sql: string): (db: Db) => void {
  let statement: Database.Statement | undefined;
  return (db) => void (statement ??= db.prepare(sql)).run();
}

const PARTNER_LIST = (where: string, order: string) => `
  SELECT p.id AS id, p.full_name AS fullName, p.short_name AS shortName, p.category_id AS categoryId,
         c.name AS category, p.inn AS inn, p.updated_at AS updatedAt,
         (SELECT count(*) FROM partner_forms f WHERE f.partner_id = p.id) AS formsCount,
         (SELECT count(*) FROM partner_effects e WHERE e.partner_id = p.id) AS effectsCount,
         (SELECT count(*) FROM partner_contacts k WHERE k.partner_id = p.id) AS contactsCount
  FROM partners p JOIN partner_categories c ON c.id = p.category_id ${where} ORDER BY ${order}, p.id`;

const AGREEMENT_LIST = `
  SELECT a.id AS id, a.partner_id AS partnerId, (SELECT full_name FROM partners WHERE id = a.partner_id) AS partnerName,
         a.type AS type, a.number AS number, a.signed_on AS signedOn, a.starts_on AS startsOn, a.ends_on AS endsOn,
         a.prolongation AS prolongation, a.prolongation_years AS prolongationYears, a.terminated_on AS terminatedOn,
         a.created_at AS createdAt
  FROM agreements a ORDER BY a.signed_on IS NULL, a.signed_on DESC, a.id DESC`;

/** The agreements' register as the repository reads it: the agreements, every amendment, the scans' counts. */
function agreementsRaw(db: Db): () => unknown {
  const list = db.prepare(AGREEMENT_LIST);
  const amendments = db.prepare(
    `SELECT id, agreement_id AS agreementId, number, signed_on AS signedOn, new_ends_on AS newEndsOn,
            makes_open_ended AS makesOpenEnded, text FROM agreement_amendments ORDER BY agreement_id, number`,
  );
  const scans = db.prepare(
    `SELECT owner_id AS id, count(*) AS n FROM attachments WHERE owner_kind = 'agreement' GROUP BY owner_id`,
  );
  return () => [list.all(), amendments.all(), scans.all()];
}

const EVENT_COLUMNS = `id, plan_item_id AS planItemId, title, starts_at AS start, ends_at AS end, all_day AS allDay, venue,
  status, cancel_reason AS cancelReason, rrule, exdates, series_id AS seriesId, original_start AS originalStart, notes,
  created_at AS createdAt, updated_at AS updatedAt`;

/** The calendar's rows of a span as the repository reads them: candidates, overrides, partners and classes. */
function rangeRaw(db: Db, from: string, to: string, statuses: string[] = []): () => unknown {
  const longest = db.prepare(
    'SELECT max(julianday(substr(ends_at, 1, 10)) - julianday(substr(starts_at, 1, 10))) FROM events',
  );
  const status = statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : '';
  const candidates = db.prepare(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE rrule IS NOT NULL AND starts_at <= ?${status}
     UNION ALL
     SELECT ${EVENT_COLUMNS} FROM events
     WHERE rrule IS NULL AND starts_at BETWEEN ? AND ? AND ends_at >= ?${status} ORDER BY start, id`,
  );
  const overrides = db.prepare(
    `SELECT series_id AS seriesId, original_start AS originalStart FROM events
     WHERE series_id IN (SELECT value FROM json_each(?))`,
  );
  const partners = db.prepare(
    `SELECT ep.event_id AS eventId, p.id AS id, p.full_name AS name, c.name AS category
     FROM event_partners ep JOIN partners p ON p.id = ep.partner_id JOIN partner_categories c ON c.id = p.category_id
     WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY p.full_name, p.id`,
  );
  const classes = db.prepare(
    `SELECT event_id AS eventId, class_name AS className FROM event_classes
     WHERE event_id IN (SELECT value FROM json_each(?))`,
  );
  return () => {
    const days = Math.ceil((longest.pluck().get() as number | null) ?? 0);
    const earliest = addDays(from, -days);
    const rows = candidates.all(`${to}T99`, ...statuses, earliest, `${to}T99`, from, ...statuses) as {
      id: number;
      rrule: string | null;
    }[];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const series = JSON.stringify(rows.filter((r) => r.rrule !== null).map((r) => r.id));
    return [rows, overrides.all(series), partners.all(ids), classes.all(ids)];
  };
}

/** A year's plan as the repository reads it: the plan, its items, their partners, participants, tasks, events. */
function planRaw(db: Db, year: string): () => unknown {
  const plan = db.prepare('SELECT * FROM plans WHERE year = ?');
  const items = db.prepare('SELECT * FROM plan_items WHERE plan_id = ?');
  const directions = db.prepare('SELECT id, name FROM upbringing_directions ORDER BY position, id');
  const partnerNames = db.prepare(
    `SELECT id, coalesce(nullif(short_name, ''), full_name) AS name FROM partners WHERE id IN (
       SELECT x.partner_id FROM plan_item_partners x JOIN plan_items i ON i.id = x.item_id WHERE i.plan_id = ?)`,
  );
  const partners = db.prepare(
    `SELECT x.item_id AS itemId, x.partner_id AS id
     FROM plan_item_partners x JOIN plan_items i ON i.id = x.item_id WHERE i.plan_id = ? ORDER BY x.item_id, x.partner_id`,
  );
  const participants = db.prepare(
    `SELECT x.item_id AS itemId, x.kind AS kind, x.value AS value
     FROM plan_item_participants x JOIN plan_items i ON i.id = x.item_id WHERE i.plan_id = ?`,
  );
  const tasks = db.prepare(
    `SELECT x.item_id AS itemId, x.task_id AS taskId
     FROM plan_item_tasks x JOIN plan_items i ON i.id = x.item_id WHERE i.plan_id = ? ORDER BY x.item_id, x.task_id`,
  );
  const events = db.prepare(
    `SELECT e.plan_item_id AS itemId, sum(e.series_id IS NULL) AS eventsCount, sum(e.status = 'held') AS heldCount
     FROM events e JOIN plan_items i ON i.id = e.plan_item_id WHERE i.plan_id = ? GROUP BY e.plan_item_id`,
  );
  return () => {
    const found = plan.get(year) as { id: number };
    return [
      items.all(found.id),
      directions.all(),
      partnerNames.all(found.id),
      partners.all(found.id),
      participants.all(found.id),
      tasks.all(found.id),
      events.all(found.id),
    ];
  };
}

/** The screens' channels on a history whose today is 26.11.2026. */
export function channelCases(): ChannelCase[] {
  const year = '2026/2027';
  return [
    channelCase({
      name: 'Партнёры: partners:list',
      channel: 'partners:list',
      input: {},
      kind: 'list',
      raw: (db) => {
        const s = db.prepare(PARTNER_LIST('', 'c.position ASC, p.full_name ASC'));
        return () => [s.all(), readStandings(db, { year, today: BENCH_TODAY })];
      },
    }),
    channelCase({
      name: 'Партнёры: partners:list, поиск «библиотек»',
      channel: 'partners:list',
      input: { search: 'библиотек' },
      kind: 'list',
      raw: (db) => {
        const s = db.prepare(PARTNER_LIST('WHERE instr(p.search_text, ?) > 0', 'c.position ASC, p.full_name ASC'));
        return () => [s.all('библиотек'), readStandings(db, { year, today: BENCH_TODAY })];
      },
    }),
    channelCase({
      name: 'Партнёры: partners:categories',
      channel: 'partners:categories',
      input: {},
      kind: 'list',
      raw: (db) => {
        const s = db.prepare(
          `SELECT c.id AS id, c.name AS name, count(p.id) AS partnersCount
           FROM partner_categories c LEFT JOIN partners p ON p.category_id = c.id GROUP BY c.id ORDER BY c.position`,
        );
        return () => s.all();
      },
    }),
    channelCase({
      name: 'Договоры: agreements:list',
      channel: 'agreements:list',
      input: {},
      kind: 'list',
      raw: agreementsRaw,
    }),
    channelCase({
      name: 'Договоры: agreements:list, поиск «СП-2020»',
      channel: 'agreements:list',
      input: { search: 'СП-2020' },
      kind: 'list',
      raw: agreementsRaw,
    }),
    channelCase({
      name: 'Главная: home:attention (договоры)',
      channel: 'home:attention',
      input: {},
      kind: 'list',
      raw: (db) => {
        const register = agreementsRaw(db);
        // Each partner's last planned day after the earliest end, and the series still planned.
        const singles = db.prepare(
          `SELECT ep.partner_id AS partnerId, max(substr(e.starts_at, 1, 10)) AS day
           FROM events e JOIN event_partners ep ON ep.event_id = e.id
           WHERE e.rrule IS NULL AND e.status IN ('planned', 'moved') AND e.starts_at > ? GROUP BY ep.partner_id`,
        );
        const series = db.prepare(
          `SELECT ${EVENT_COLUMNS} FROM events INDEXED BY events_series_by_start
           WHERE rrule IS NOT NULL AND status IN ('planned', 'moved') ORDER BY id`,
        );
        return () => [register(), singles.all('2002-08-31T99'), series.all()];
      },
    }),
    channelCase({
      name: 'Главная: home:week',
      channel: 'home:week',
      input: {},
      kind: 'list',
      raw: (db) => {
        const week = rangeRaw(db, '2026-11-23', '2026-11-29');
        const overdue = rangeRaw(db, '1990-01-01', '2026-11-26', ['planned', 'moved']);
        return () => [week(), overdue()];
      },
    }),
    channelCase({
      name: 'Главная: home:summary',
      channel: 'home:summary',
      input: {},
      kind: 'list',
      raw: (db) => {
        // Stages and statuses are derived: the standings read (SQL summed up per partner, one pass) is the raw cost.
        const stages = db.prepare('SELECT n AS stage, name FROM stages ORDER BY n');
        const categories = db.prepare(
          `SELECT c.name AS category, c.position AS position, p.id AS partnerId
           FROM partner_categories c JOIN partners p ON p.category_id = c.id`,
        );
        return () => [stages.all(), categories.all(), readStandings(db, { year, today: BENCH_TODAY })];
      },
    }),
    channelCase({ name: 'Главная: loans:attention', channel: 'loans:attention', input: {}, kind: 'list' }),
    channelCase({
      name: `План: plans:get ${year}`,
      channel: 'plans:get',
      input: { year },
      kind: 'list',
      raw: (db) => planRaw(db, year),
    }),
    channelCase({
      name: 'План: plans:years',
      channel: 'plans:years',
      input: {},
      kind: 'list',
      raw: (db) => {
        const s = db.prepare(
          `SELECT p.year AS year, count(i.id) AS itemsCount FROM plans p LEFT JOIN plan_items i ON i.plan_id = p.id
           GROUP BY p.id ORDER BY p.year`,
        );
        return () => s.all();
      },
    }),
    channelCase({
      name: 'Календарь: events:range, месяц (ноябрь 2026)',
      channel: 'events:range',
      input: { from: '2026-10-26', to: '2026-12-06' },
      kind: 'list',
      raw: (db) => rangeRaw(db, '2026-10-26', '2026-12-06'),
    }),
    channelCase({
      name: 'Календарь: events:range, неделя',
      channel: 'events:range',
      input: { from: '2026-11-23', to: '2026-11-29' },
      kind: 'list',
      raw: (db) => rangeRaw(db, '2026-11-23', '2026-11-29'),
    }),
    channelCase({
      name: 'Календарь: events:range, месяц 2009 года',
      channel: 'events:range',
      input: { from: '2009-01-26', to: '2009-03-08' },
      kind: 'list',
      raw: (db) => rangeRaw(db, '2009-01-26', '2009-03-08'),
    }),
    channelCase({
      name: 'Анализ: reviews:get 2025/2026',
      channel: 'reviews:get',
      input: { year: '2025/2026' },
      kind: { p95: 150 },
    }),
    channelCase({
      name: 'Анализ: reviews:dynamics (25 лет)',
      channel: 'reviews:dynamics',
      input: {},
      kind: { p95: 1000 },
    }),
    // The review keeps each year's occurrences summed up until a write touches the year's days, and the indicators
    // until any write: these three change a row before each call (the trigger notes an UPDATE even of an equal
    // value). Every year read anew — the first call after the store opens — is measured apart (run.ts).
    ...(
      [
        ['партнёра', 'UPDATE partners SET updated_at = updated_at WHERE id = (SELECT min(id) FROM partners)'],
        [
          'мероприятия 2026/2027',
          `UPDATE events SET updated_at = updated_at
         WHERE id = (SELECT id FROM events WHERE rrule IS NULL AND starts_at >= '2026-09-01' ORDER BY starts_at LIMIT 1)`,
        ],
        [
          'серии 2002/2003 учебного года',
          'UPDATE events SET updated_at = updated_at WHERE id = (SELECT id FROM events WHERE rrule IS NOT NULL ORDER BY starts_at LIMIT 1)',
        ],
      ] as const
    ).map(([what, sql]) =>
      channelCase({
        name: `Анализ: reviews:dynamics после изменения ${what}`,
        channel: 'reviews:dynamics',
        input: {},
        kind: { p95: 1000 },
        touch: touchOne(sql),
      }),
    ),
  ];
}
