import type Database from 'better-sqlite3';
import { academicYearBounds } from '../contract/academic-year';
import type { PartnerStatus, Stage } from '../contract/partners';
import { occurrencesOnDays } from '../events/occurrences';
import type {
  ClubFact,
  LoanFact,
  AnswerFact,
  OccurrenceFact,
  PartnerFact,
  StaffDevelopmentFact,
  UnscheduledItemFact,
  YearRecords,
} from './year-read-model';

/** The SQL of the review's read model (`year-read-model.ts`): one academic year read from the store at once. */

type Db = Database.Database;

/** The ids of a JSON array column (`json_group_array`) as numbers. */
const ids = (json: string | null): number[] => (json ? (JSON.parse(json) as (number | null)[]) : []).filter(isId);
const isId = (value: number | null): value is number => typeof value === 'number';

/** The occurrences that start from the first day to the last, with what the held ones achieved. */
export function readOccurrenceFacts(db: Db, from: string, to: string): OccurrenceFact[] {
  const occurrences = occurrencesOnDays(db, from, to).filter((o) => o.start.slice(0, 10) >= from);
  const held = [...new Set(occurrences.filter((o) => o.status === 'held').map((o) => o.eventId))];
  const heldJson = JSON.stringify(held);
  // A year holds thousands of outcomes: their rows are read by key and summed up here, each class in its key's
  // order, rather than grouped into a JSON array per event that is then parsed again.
  const outcomes = new Map<number, { parents: number; teachers: number; pupils: number; classes: string[] }>();
  for (const row of db
    .prepare(
      `SELECT o.event_id AS id, o.parents, o.teachers
       FROM json_each(?) j CROSS JOIN event_outcomes o ON o.event_id = j.value`,
    )
    .all(heldJson) as { id: number; parents: number; teachers: number }[]) {
    outcomes.set(row.id, { parents: row.parents, teachers: row.teachers, pupils: 0, classes: [] });
  }
  for (const row of db
    .prepare(
      `SELECT c.event_id AS id, c.class_name AS className, c.pupils
       FROM json_each(?) j CROSS JOIN event_outcome_classes c ON c.event_id = j.value`,
    )
    .all(heldJson) as { id: number; className: string; pupils: number }[]) {
    const outcome = outcomes.get(row.id);
    if (!outcome) continue;
    outcome.pupils += row.pupils;
    if (row.pupils > 0) outcome.classes.push(row.className);
  }
  const achievements = new Map<number, OccurrenceFact['achievements']>();
  for (const row of db
    .prepare(
      `SELECT a.event_id AS id, a.level, a.result, a.class_name AS className, a.contest, a.pupil
       FROM json_each(?) j CROSS JOIN achievements a ON a.event_id = j.value ORDER BY a.id`,
    )
    .all(heldJson) as ({ id: number } & OccurrenceFact['achievements'][number])[]) {
    const { id, ...achievement } = row;
    const list = achievements.get(id);
    if (list) list.push(achievement);
    else achievements.set(id, [achievement]);
  }
  // An occurrence of a series is planned when its series comes from a plan item, whatever its own row says.
  const seriesIds = [...new Set(occurrences.flatMap((o) => (o.seriesId === null ? [] : [o.seriesId])))];
  const seriesPlanned = new Set(
    db
      .prepare(`SELECT e.id FROM json_each(?) j CROSS JOIN events e ON e.id = j.value WHERE e.plan_item_id IS NOT NULL`)
      .pluck()
      .all(JSON.stringify(seriesIds)) as number[],
  );
  return occurrences.map((o) => {
    const outcome = o.status === 'held' ? outcomes.get(o.eventId) : undefined;
    return {
      key: o.key,
      eventId: o.eventId,
      seriesId: o.seriesId,
      planned: o.seriesId === null ? o.planItemId !== null : seriesPlanned.has(o.seriesId),
      title: o.title,
      date: o.start.slice(0, 10),
      status: o.status,
      partnerIds: o.partnerIds,
      classes: outcome && outcome.classes.length > 0 ? outcome.classes : o.classes,
      pupils: outcome?.pupils ?? 0,
      parents: outcome?.parents ?? 0,
      teachers: outcome?.teachers ?? 0,
      achievements: o.status === 'held' ? (achievements.get(o.eventId) ?? []) : [],
    };
  });
}

function unscheduledItems(db: Db, year: string): UnscheduledItemFact[] {
  return (
    db
      .prepare(
        `SELECT i.id, i.title, coalesce(i.month, substr(i.date_from, 1, 7)) AS month,
                (SELECT json_group_array(partner_id) FROM plan_item_partners WHERE item_id = i.id) AS partners,
                (SELECT json_group_array(value) FROM plan_item_participants
                  WHERE item_id = i.id AND kind = 'class') AS classes
         FROM plan_items i JOIN plans p ON p.id = i.plan_id
         WHERE p.year = ? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.plan_item_id = i.id)
         ORDER BY i.id`,
      )
      .all(year) as { id: number; title: string; month: string | null; partners: string; classes: string }[]
  ).map((row) => ({
    id: row.id,
    title: row.title,
    month: row.month,
    partnerIds: ids(row.partners),
    classes: JSON.parse(row.classes) as string[],
  }));
}

/** The teachers' development records whose first day lies in the year, however long they run. */
function developmentFacts(db: Db, from: string, to: string): StaffDevelopmentFact[] {
  return db
    .prepare(
      `SELECT d.staff_id AS staffId, s.full_name AS staffName, d.partner_id AS partnerId, d.title AS title,
              d.date_from AS dateFrom
       FROM staff_development d JOIN staff s ON s.id = d.staff_id
       WHERE d.date_from BETWEEN ? AND ? ORDER BY d.date_from, d.date_to, d.id`,
    )
    .all(from, to) as StaffDevelopmentFact[];
}

/** A partner's status today and its stage of the year, derived or set by hand, as the partners service gives them. */
type PartnerStandings = ReadonlyMap<number, { status: PartnerStatus; stage: { stage: Stage } }>;

/** Each partner with its status today and its stage of the year. */
export function readPartnerFacts(db: Db, standings: PartnerStandings): Map<number, PartnerFact> {
  const rows = db.prepare("SELECT id, coalesce(nullif(short_name, ''), full_name) AS name FROM partners").all() as {
    id: number;
    name: string;
  }[];
  return new Map(
    rows.map((row) => {
      const standing = standings.get(row.id);
      return [row.id, { ...row, status: standing?.status ?? 'potential', stage: standing?.stage.stage ?? 1 }];
    }),
  );
}

function clubFacts(db: Db, year: string): ClubFact[] {
  return (
    db
      .prepare(
        `SELECT c.partner_id AS partnerId, coalesce(nullif(p.short_name, ''), p.full_name) AS partnerName,
                c.name AS clubName,
                (SELECT json_group_array(json_object('className', class_name, 'pupils', pupils))
                   FROM club_attendance WHERE club_id = c.id) AS attendance
         FROM clubs c JOIN partners p ON p.id = c.partner_id WHERE c.year = ? ORDER BY c.id`,
      )
      .all(year) as (Omit<ClubFact, 'attendance'> & { attendance: string })[]
  ).map((row) => ({ ...row, attendance: JSON.parse(row.attendance) as ClubFact['attendance'] }));
}

/**
 * Reads the records of an academic year: each of its figures is that year's, never today's. `agreementPartners`
 * comes from the agreements service, which alone knows when an agreement is in force (amendments, prolongation,
 * termination).
 */
export function readYearRecords(db: Db, year: string, context: { agreementPartners: Set<number> }): YearRecords {
  const { from, to } = academicYearBounds(year);
  const development = developmentFacts(db, from, to);
  // The year's numbers of families and teachers (Классы), null where not given.
  const schoolYear = (db.prepare('SELECT families, teachers FROM school_years WHERE year = ?').get(year) ?? {
    families: null,
    teachers: null,
  }) as Pick<YearRecords, 'families' | 'teachers'>;
  const surveyCounts = db
    .prepare(
      `SELECT coalesce(sum(respondents), 0) AS respondents, coalesce(max(families), 0) AS families
       FROM surveys WHERE year = ?`,
    )
    .get(year) as { respondents: number; families: number };
  const loans = db
    .prepare(
      `SELECT l.id, l.partner_id AS partnerId, l.received_on AS receivedOn, l.due_on AS dueOn,
              l.returned_on AS returnedOn, coalesce(sum(i.quantity), 0) AS items,
              coalesce(group_concat(i.name, ', '), '') AS title
       FROM loans l LEFT JOIN loan_items i ON i.loan_id = l.id
       WHERE l.received_on BETWEEN @from AND @to OR l.due_on BETWEEN @from AND @to
       GROUP BY l.id ORDER BY l.received_on, l.id`,
    )
    .all({ from, to }) as LoanFact[];
  const answers = db
    .prepare(
      `SELECT s.title AS surveyTitle, o.score,
              CASE s.mode WHEN 'tally' THEN o.tally
                          ELSE (SELECT count(*) FROM survey_answers a WHERE a.option_id = o.id) END AS count
       FROM surveys s JOIN survey_questions q ON q.survey_id = s.id AND q.kind = 'choice'
       JOIN survey_options o ON o.question_id = q.id
       WHERE s.year = ?`,
    )
    .all(year) as AnswerFact[];
  return {
    year,
    from,
    to,
    unscheduled: unscheduledItems(db, year),
    classes: db
      .prepare('SELECT name, pupils FROM school_classes WHERE year = ? ORDER BY name')
      .all(year) as YearRecords['classes'],
    families: schoolYear.families,
    agreementPartners: context.agreementPartners,
    clubs: clubFacts(db, year),
    teachers: schoolYear.teachers,
    development,
    loans,
    answers: answers.filter((a) => a.count > 0),
    surveys: db.prepare('SELECT count(*) FROM surveys WHERE year = ?').pluck().get(year) as number,
    respondents: surveyCounts.respondents,
    surveyFamilies: surveyCounts.families,
  };
}
