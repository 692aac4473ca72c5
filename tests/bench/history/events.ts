import { academicYearStart } from '../../../src-main/contract/academic-year';
import { addDays, daysBetween } from '../../../src-main/contract/dates';
import type { AchievementLevel, AchievementResult, EventStatus } from '../../../src-main/contract/events';
import { compareClassNames as compareClasses } from '../../../src-main/contract/classes';
import { allStarts, checkSeriesRule } from '../../../src-main/events/recurrence';
import { partnersOf, pickPartner, stampOn, type HistoryContext, type SchoolClass } from './context';
import { pupilName } from './people';
import type { PlannedItem } from './plans';
import { CANCEL_REASONS, CLUBS, CONTESTS, eventTitle, outcomeSummary } from './words';

/** One event to write: a single event, or an occurrence of a series edited apart (held or cancelled). */
interface EventSpec {
  planItemId: number | null;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  venue: string;
  partnerIds: number[];
  classes: string[];
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Prepared once: every statement the calendar's rows are written with, as the events repository writes them. */
function statements(context: HistoryContext) {
  const { db } = context;
  return {
    event: db.prepare(
      `INSERT INTO events (plan_item_id, title, starts_at, ends_at, all_day, venue, status, cancel_reason, rrule, exdates,
         series_id, original_start, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    partner: db.prepare('INSERT INTO event_partners (event_id, partner_id) VALUES (?, ?)'),
    className: db.prepare('INSERT INTO event_classes (event_id, class_name) VALUES (?, ?)'),
    history: db.prepare(
      `INSERT INTO event_history (event_id, changed_at, kind, from_start, to_start, from_status, to_status, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    outcome: db.prepare('INSERT INTO event_outcomes (event_id, parents, teachers, summary) VALUES (?, ?, ?, ?)'),
    outcomeClass: db.prepare('INSERT INTO event_outcome_classes (event_id, class_name, pupils) VALUES (?, ?, ?)'),
    achievement: db.prepare(
      'INSERT INTO achievements (event_id, contest, level, result, pupil, class_name) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}

type Statements = ReturnType<typeof statements>;

/** Writes the calendar of every year: the plan's events, a few weekly series of club sessions, events of their own. */
export function writeEvents(context: HistoryContext, items: readonly PlannedItem[]): number {
  const sql = statements(context);
  const byYear = Map.groupBy(items, (item) => item.year);
  const perYear = context.counts.events / context.years.length;
  let written = 0;
  context.years.forEach((year, index) => {
    const target = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    let rows = 0;
    // Some three weekly series of club sessions a year at full scale; at least one in any year of a few hundred events.
    const series = Math.max(target >= 100 ? 1 : 0, Math.round(target / 1500));
    for (let i = 0; i < series && rows < target; i += 1) rows += writeSeries(context, sql, index);
    for (const item of byYear.get(index) ?? []) {
      const count = context.random.weighted([
        [0, 10],
        [1, 75],
        [2, 15],
      ]);
      for (let i = 0; i < count && rows < target; i += 1)
        rows += writeEvent(context, sql, index, itemEvent(context, index, item));
    }
    while (rows < target) rows += writeEvent(context, sql, index, ownEvent(context, index));
    written += rows;
  });
  return written;
}

function timesOn(context: HistoryContext, day: string, at: string | null): Pick<EventSpec, 'start' | 'end' | 'allDay'> {
  const { random } = context;
  if (at === null && random.chance(0.12)) {
    return { start: day, end: random.chance(0.1) ? addDays(day, 1) : day, allDay: true };
  }
  const from = at ? Number(at.slice(0, 2)) * 60 + Number(at.slice(3)) : random.int(16, 32) * 30;
  const length = random.pick([40, 45, 60, 60, 90, 120]);
  return { start: `${day}T${clock(from)}`, end: `${day}T${clock(Math.min(from + length, 23 * 60))}`, allDay: false };
}

function classesFor(context: HistoryContext, year: number): SchoolClass[] {
  return context.classes.get(context.years[year] ?? '') ?? [];
}

function itemEvent(context: HistoryContext, year: number, item: PlannedItem): EventSpec {
  const days = context.days.get(context.years[year] ?? '');
  const day =
    item.timing === 'exact' && item.dateFrom
      ? item.dateFrom
      : item.timing === 'range' && item.dateFrom && item.dateTo
        ? addDays(item.dateFrom, context.random.int(0, daysBetween(item.dateFrom, item.dateTo)))
        : (days?.dayIn(context.random, item.month) ?? item.month);
  return {
    planItemId: item.id,
    title: item.title,
    ...timesOn(context, day, item.timeFrom),
    venue: item.venueNote,
    partnerIds: item.partnerIds,
    classes: [...item.classes].sort(compareClasses),
  };
}

function ownEvent(context: HistoryContext, year: number): EventSpec {
  const { random } = context;
  const days = context.days.get(context.years[year] ?? '');
  const partners = [
    ...new Set(Array.from({ length: random.chance(0.15) ? 2 : 1 }, () => pickPartner(context, year).id)),
  ];
  const classes = random.sample(
    classesFor(context, year),
    random.weighted([
      [1, 55],
      [2, 30],
      [3, 15],
    ]),
  );
  return {
    planItemId: null,
    title: eventTitle(random).title,
    ...timesOn(context, days?.day(random) ?? context.today, null),
    venue: random.chance(0.3) ? 'Актовый зал' : '',
    partnerIds: partners.sort((a, b) => a - b),
    classes: classes.map((c) => c.name).sort(compareClasses),
  };
}

/** What became of an event on `day`: held or cancelled once past (a few left unmarked), planned or moved ahead. */
function fateOf(context: HistoryContext, year: number, day: string): EventStatus {
  const { random } = context;
  if (day >= context.today) return random.chance(0.03) ? 'moved' : 'planned';
  const current = year === context.years.length - 1;
  return random.weighted<EventStatus>([
    ['held', current ? 90 : 93],
    ['cancelled', current ? 5 : 6.5],
    ['planned', current ? 5 : 0.5],
  ]);
}

/** Writes one event with its partners, classes, history and, once held, its outcome; answers the rows written. */
function writeEvent(context: HistoryContext, sql: Statements, year: number, spec: EventSpec): number {
  const { random } = context;
  const day = spec.start.slice(0, 10);
  const status = fateOf(context, year, day);
  const createdDay = addDays(day, -random.int(7, 60));
  const created = stampOn(createdDay < context.today ? createdDay : context.today, random.int(8 * 60, 17 * 60));
  const changed = stampOn(day, 18 * 60 + random.int(0, 120));
  const reason = status === 'cancelled' ? random.pick(CANCEL_REASONS) : '';
  const id = Number(
    sql.event.run(
      spec.planItemId,
      spec.title,
      spec.start,
      spec.end,
      spec.allDay ? 1 : 0,
      spec.venue,
      status,
      reason,
      null,
      '[]',
      null,
      null,
      created,
      status === 'planned' ? created : status === 'moved' ? created : changed,
    ).lastInsertRowid,
  );
  for (const partnerId of spec.partnerIds) sql.partner.run(id, partnerId);
  for (const className of spec.classes) sql.className.run(id, className);
  if (status === 'moved') {
    const before = `${addDays(day, -7)}${spec.start.slice(10)}`;
    sql.history.run(id, created, 'created', null, before, null, 'planned', '');
    sql.history.run(id, created, 'moved', before, spec.start, 'planned', 'moved', 'По просьбе партнёра');
  } else {
    sql.history.run(id, created, 'created', null, spec.start, null, 'planned', '');
  }
  if (status === 'held' || status === 'cancelled') {
    sql.history.run(id, changed, 'status', null, null, 'planned', status, reason);
  }
  if (status === 'held' && random.chance(0.95)) writeOutcome(context, sql, year, id, spec.classes);
  return 1;
}

function writeOutcome(
  context: HistoryContext,
  sql: Statements,
  year: number,
  id: number,
  names: readonly string[],
): void {
  const { random } = context;
  const classes = classesFor(context, year);
  const attended = names.length > 0 ? classes.filter((c) => names.includes(c.name)) : random.sample(classes, 2);
  sql.outcome.run(id, random.chance(0.3) ? random.int(2, 25) : 0, random.int(1, 3), outcomeSummary(random));
  for (const c of attended) sql.outcomeClass.run(id, c.name, Math.round(c.pupils * (0.6 + random.next() * 0.4)));
  if (!random.chance(0.06)) return;
  for (let i = random.int(1, 3); i > 0; i -= 1) {
    sql.achievement.run(
      id,
      random.pick(CONTESTS),
      random.weighted<AchievementLevel>([
        ['school', 30],
        ['municipal', 35],
        ['regional', 20],
        ['national', 10],
        ['international', 5],
      ]),
      random.weighted<AchievementResult>([
        ['winner', 20],
        ['prizewinner', 30],
        ['participant', 50],
      ]),
      pupilName(random),
      attended.length > 0 ? random.pick(attended).name : '',
    );
  }
}

/**
 * A weekly series of club sessions at a partner from October, as the app stores one: the rule normalised and its
 * start moved to its first occurrence; each past session held or cancelled on its own row (series_id and
 * original_start), as marking one occurrence makes it.
 */
function writeSeries(context: HistoryContext, sql: Statements, year: number): number {
  const { random, today } = context;
  const start = academicYearStart(context.years[year] ?? '');
  const pool = partnersOf(context, year).filter(
    (p) => p.category === 'Дополнительное образование' || p.category === 'Культура',
  );
  const partner = pool.length > 0 ? random.pick(pool) : pickPartner(context, year);
  const at = random.int(28, 32) * 30;
  const first = `${start}-10-${String(random.int(1, 14)).padStart(2, '0')}T${clock(at)}`;
  const timing = checkSeriesRule(`FREQ=WEEKLY;BYDAY=${random.pick(WEEKDAYS)};COUNT=${random.int(12, 30)}`, first);
  const end = `${timing.start.slice(0, 10)}T${clock(at + 45)}`;
  const classes = random
    .sample(classesFor(context, year), random.int(1, 2))
    .map((c) => c.name)
    .sort(compareClasses);
  const title = `Занятие кружка «${random.pick(CLUBS)}»`;
  const created = stampOn(`${start}-09-${String(random.int(15, 28)).padStart(2, '0')}`);
  const starts = allStarts({ start: timing.start, end, rrule: timing.rrule, exdates: [] });
  // A session on a holiday is taken out of the series.
  const exdates = starts.filter(() => random.chance(0.03));
  const id = Number(
    sql.event.run(
      null,
      title,
      timing.start,
      end,
      0,
      'Кабинет 12',
      'planned',
      '',
      timing.rrule,
      JSON.stringify(exdates),
      null,
      null,
      created,
      created,
    ).lastInsertRowid,
  );
  sql.partner.run(id, partner.id);
  for (const c of classes) sql.className.run(id, c);
  sql.history.run(id, created, 'created', null, timing.start, null, 'planned', '');
  let rows = 1;
  const current = year === context.years.length - 1;
  for (const occurrence of starts) {
    if (exdates.includes(occurrence) || occurrence.slice(0, 10) >= today) continue;
    if (current && random.chance(0.05)) continue;
    const status: EventStatus = random.chance(0.93) ? 'held' : 'cancelled';
    const reason = status === 'cancelled' ? random.pick(CANCEL_REASONS) : '';
    const changed = stampOn(occurrence.slice(0, 10), 18 * 60);
    const own = Number(
      sql.event.run(
        null,
        title,
        occurrence,
        `${occurrence.slice(0, 10)}T${clock(at + 45)}`,
        0,
        'Кабинет 12',
        status,
        reason,
        null,
        '[]',
        id,
        occurrence,
        changed,
        changed,
      ).lastInsertRowid,
    );
    sql.partner.run(own, partner.id);
    for (const c of classes) sql.className.run(own, c);
    sql.history.run(own, changed, 'status', null, null, 'planned', status, reason);
    if (status === 'held' && random.chance(0.5)) writeOutcome(context, sql, year, own, classes);
    rows += 1;
  }
  return rows;
}
