import type Database from 'better-sqlite3';
import type { Decision, IndicatorKey, PartnerDecision, Rating, Target } from '../contract/reviews';

type Db = Database.Database;

export interface ReviewRow {
  year: string;
  conclusions: string;
  nextTasks: string;
  approvedOn: string | null;
  approvedBy: string;
  approvalNumber: string;
  snapshot: string | null;
}

export function findReview(db: Db, year: string): ReviewRow | undefined {
  return db
    .prepare(
      `SELECT year, conclusions, next_tasks AS nextTasks, approved_on AS approvedOn, approved_by AS approvedBy,
              approval_number AS approvalNumber, snapshot
       FROM reviews WHERE year = ?`,
    )
    .get(year) as ReviewRow | undefined;
}

/** Creates the year's review row when it does not exist yet, so that each write below is one UPDATE. */
function ensureReview(db: Db, year: string, stamp: string): void {
  db.prepare('INSERT INTO reviews (year, updated_at) VALUES (?, ?) ON CONFLICT (year) DO NOTHING').run(year, stamp);
}

export function saveTexts(db: Db, year: string, texts: { conclusions: string; nextTasks: string }, stamp: string) {
  ensureReview(db, year, stamp);
  db.prepare('UPDATE reviews SET conclusions = ?, next_tasks = ?, updated_at = ? WHERE year = ?').run(
    texts.conclusions,
    texts.nextTasks,
    stamp,
    year,
  );
}

export function setApproval(
  db: Db,
  year: string,
  approval: { approvedOn: string; approvedBy: string; number: string; snapshot: string } | null,
  stamp: string,
): void {
  ensureReview(db, year, stamp);
  db.prepare(
    `UPDATE reviews SET approved_on = ?, approved_by = ?, approval_number = ?, snapshot = ?, updated_at = ?
     WHERE year = ?`,
  ).run(
    approval?.approvedOn ?? null,
    approval?.approvedBy ?? '',
    approval?.number ?? '',
    approval?.snapshot ?? null,
    stamp,
    year,
  );
}

export function listTargets(db: Db, year: string): Target[] {
  return db.prepare('SELECT indicator, target FROM review_targets WHERE year = ? ORDER BY indicator').all(year) as {
    indicator: IndicatorKey;
    target: number;
  }[];
}

export function replaceTargets(db: Db, year: string, targets: readonly Target[]): void {
  db.prepare('DELETE FROM review_targets WHERE year = ?').run(year);
  const insert = db.prepare('INSERT INTO review_targets (year, indicator, target) VALUES (?, ?, ?)');
  for (const t of targets) insert.run(year, t.indicator, t.target);
}

interface DecisionRow {
  partnerId: number;
  rating: Rating | null;
  decision: Decision | null;
  prospects: string;
  appliedOn: string | null;
}

export function listDecisions(db: Db, year: string): Map<number, PartnerDecision> {
  const rows = db
    .prepare(
      `SELECT partner_id AS partnerId, rating, decision, prospects, applied_on AS appliedOn
       FROM review_decisions WHERE year = ?`,
    )
    .all(year) as DecisionRow[];
  return new Map(rows.map(({ partnerId, ...decision }) => [partnerId, decision]));
}

export function saveDecision(db: Db, year: string, partnerId: number, d: PartnerDecision, stamp: string): void {
  db.prepare(
    `INSERT INTO review_decisions (year, partner_id, rating, decision, prospects, applied_on, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, partner_id) DO UPDATE SET rating = excluded.rating, decision = excluded.decision,
       prospects = excluded.prospects, applied_on = excluded.applied_on, updated_at = excluded.updated_at`,
  ).run(year, partnerId, d.rating, d.decision, d.prospects, d.appliedOn, stamp);
}

/** Academic years that have any data to review, oldest first. */
/** The first day of the earliest event on the calendar, or null on an empty calendar. */
export function firstEventStart(db: Db): string | null {
  return (db.prepare('SELECT min(starts_at) FROM events').pluck().get() as string | null) ?? null;
}

export function yearsWithData(db: Db): string[] {
  return db
    .prepare(
      `SELECT year FROM plans UNION SELECT year FROM surveys UNION SELECT year FROM clubs
       UNION SELECT year FROM school_classes UNION SELECT year FROM reviews ORDER BY year`,
    )
    .pluck()
    .all() as string[];
}
