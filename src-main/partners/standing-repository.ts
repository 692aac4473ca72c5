import type Database from 'better-sqlite3';
import type { TermFacts } from '../agreements/status';
import type { PartnerStatus, Stage } from '../contract/partners';
import type { Decision } from '../contract/reviews';
import type { Tally } from './stage-rules';

/** The SQL of the partners' standings (`standing.ts` derives the status and the stage from what it reads). */

type Db = Database.Database;

/** `AND <column> IN (…)` for the partners asked for, or nothing for all of them. */
function onlyPartners(column: string, ids: readonly number[] | undefined): string {
  return ids === undefined ? '' : `AND ${column} IN (SELECT value FROM json_each(:ids))`;
}

function tallies(db: Db, sql: string, params: Record<string, unknown>): Map<number, Tally> {
  const rows = db.prepare(sql).all(params) as { partnerId: number; count: number; firstOn: string | null }[];
  return new Map(rows.map((r) => [r.partnerId, { count: r.count, firstOn: r.firstOn }]));
}

export interface AgreementRow extends Omit<TermFacts, 'amendments'> {
  id: number;
  partnerId: number;
  number: string;
  startsOn: string | null;
  createdAt: string;
}

/** Everything of the store that the standings of one academic year are derived from, for each partner asked for. */
export interface StandingRecords {
  partners: { id: number; createdOn: string; contacts: number }[];
  agreements: AgreementRow[];
  /** The amendments that change a term, by agreement, in their order. */
  amendments: Map<number, { newEndsOn: string | null; makesOpenEnded: number }[]>;
  planItems: Map<number, Tally>;
  heldEvents: Map<number, Tally>;
  loans: Map<number, Tally>;
  clubs: Map<number, Tally>;
  /** The day the year's review was approved, or null. */
  approvedOn: string | null;
  /** The decisions of the year's review (rated and decided). */
  decisions: Map<number, Decision>;
  /** The previous year's decisions to go on, with the day each was carried out. */
  carried: Map<number, { partnerId: number; decision: Decision; appliedOn: string }>;
  /** The status set by hand, with the office's reason and the day. */
  statusByHand: Map<number, { status: PartnerStatus; reason: string; setOn: string }>;
  /** The stage of the year set by hand, with the office's reason and the day. */
  stageByHand: Map<number, { stage: Stage; reason: string; setOn: string }>;
}

/**
 * The records of `year` (from `from` to `to`; `previous` is the year before) of the partners asked for (all of them
 * when `ids` is left out), read in one pass: a handful of queries summed up per partner, whatever their number.
 * Only the columns of a term are read of the agreements (from the `agreements_register` index).
 */
export function readStandingRecords(
  db: Db,
  range: { year: string; previous: string; from: string; to: string; after: string },
  ids: readonly number[] | undefined,
): StandingRecords {
  const params = { ...range, ids: JSON.stringify(ids ?? []) };

  const partners = db
    .prepare(
      `SELECT p.id AS id, substr(p.created_at, 1, 10) AS createdOn,
              (SELECT count(*) FROM partner_contacts k WHERE k.partner_id = p.id) AS contacts
       FROM partners p WHERE 1 ${onlyPartners('p.id', ids)}`,
    )
    .all(params) as StandingRecords['partners'];

  const agreements = db
    .prepare(
      `SELECT a.id AS id, a.partner_id AS partnerId, a.number AS number, a.signed_on AS signedOn,
              a.starts_on AS startsOn, a.ends_on AS endsOn, a.prolongation AS prolongation,
              a.prolongation_years AS prolongationYears, a.terminated_on AS terminatedOn, a.created_at AS createdAt
       FROM agreements a WHERE 1 ${onlyPartners('a.partner_id', ids)}`,
    )
    .all(params) as AgreementRow[];
  const amendments = Map.groupBy(
    db
      .prepare(
        `SELECT m.agreement_id AS agreementId, m.new_ends_on AS newEndsOn, m.makes_open_ended AS makesOpenEnded
         FROM agreement_amendments m
         ${ids === undefined ? '' : 'JOIN agreements a ON a.id = m.agreement_id'}
         WHERE (m.new_ends_on IS NOT NULL OR m.makes_open_ended = 1) ${onlyPartners('a.partner_id', ids)}
         ORDER BY m.agreement_id, m.number`,
      )
      .all(params) as { agreementId: number; newEndsOn: string | null; makesOpenEnded: number }[],
    (a) => a.agreementId,
  );
  const planItems = tallies(
    db,
    `SELECT ip.partner_id AS partnerId, count(*) AS count, min(substr(i.created_at, 1, 10)) AS firstOn
     FROM plan_item_partners ip JOIN plan_items i ON i.id = ip.item_id JOIN plans pl ON pl.id = i.plan_id
     WHERE pl.year = :year ${onlyPartners('ip.partner_id', ids)} GROUP BY ip.partner_id`,
    params,
  );
  // A held occurrence of a series is a row of its own whose partners are the series'.
  const heldEvents = tallies(
    db,
    `SELECT partnerId, count(*) AS count, min(day) AS firstOn FROM (
       SELECT ep.partner_id AS partnerId, e.id AS eventId, substr(e.starts_at, 1, 10) AS day
       FROM events e JOIN event_partners ep ON ep.event_id = e.id
       WHERE e.status = 'held' AND e.rrule IS NULL AND e.starts_at >= :from AND e.starts_at < :after
         ${onlyPartners('ep.partner_id', ids)}
       UNION
       SELECT ep.partner_id, e.id, substr(e.starts_at, 1, 10)
       FROM events e JOIN event_partners ep ON ep.event_id = e.series_id
       WHERE e.status = 'held' AND e.rrule IS NULL AND e.starts_at >= :from AND e.starts_at < :after
         ${onlyPartners('ep.partner_id', ids)}
     ) GROUP BY partnerId`,
    params,
  );
  const loans = tallies(
    db,
    `SELECT partner_id AS partnerId, count(*) AS count, min(received_on) AS firstOn FROM loans
     WHERE received_on <= :to AND (returned_on IS NULL OR returned_on >= :from) ${onlyPartners('partner_id', ids)}
     GROUP BY partner_id`,
    params,
  );
  const clubs = tallies(
    db,
    `SELECT partner_id AS partnerId, count(*) AS count, min(substr(created_at, 1, 10)) AS firstOn FROM clubs
     WHERE year = :year ${onlyPartners('partner_id', ids)} GROUP BY partner_id`,
    params,
  );
  const approvedOn =
    (db.prepare('SELECT approved_on FROM reviews WHERE year = ?').pluck().get(range.year) as
      string | null | undefined) ?? null;
  const decisions = new Map(
    (
      db
        .prepare(
          `SELECT partner_id AS partnerId, decision FROM review_decisions
           WHERE year = :year AND rating IS NOT NULL AND decision IS NOT NULL ${onlyPartners('partner_id', ids)}`,
        )
        .all(params) as { partnerId: number; decision: Decision }[]
    ).map((d) => [d.partnerId, d.decision]),
  );
  const carried = new Map(
    (
      db
        .prepare(
          `SELECT partner_id AS partnerId, decision, applied_on AS appliedOn FROM review_decisions
           WHERE year = :previous AND applied_on IS NOT NULL AND decision IN ('continue', 'expand', 'revise')
             ${onlyPartners('partner_id', ids)}`,
        )
        .all(params) as { partnerId: number; decision: Decision; appliedOn: string }[]
    ).map((d) => [d.partnerId, d]),
  );
  const statusByHand = new Map(
    (
      db
        .prepare(
          `SELECT partner_id AS partnerId, status, reason, set_on AS setOn FROM partner_status_overrides
           WHERE 1 ${onlyPartners('partner_id', ids)}`,
        )
        .all(params) as { partnerId: number; status: PartnerStatus; reason: string; setOn: string }[]
    ).map(({ partnerId, ...hand }) => [partnerId, hand]),
  );
  const stageByHand = new Map(
    (
      db
        .prepare(
          `SELECT partner_id AS partnerId, stage, reason, set_on AS setOn FROM partner_stage_overrides
           WHERE year = :year ${onlyPartners('partner_id', ids)}`,
        )
        .all(params) as { partnerId: number; stage: Stage; reason: string; setOn: string }[]
    ).map(({ partnerId, ...hand }) => [partnerId, hand]),
  );
  return {
    partners,
    agreements,
    amendments,
    planItems,
    heldEvents,
    loans,
    clubs,
    approvedOn,
    decisions,
    carried,
    statusByHand,
    stageByHand,
  };
}

/**
 * The first day a partner has a record (its entry, an agreement, a plan item, a decision, a stage set by hand) and
 * the last academic year it has a plan item or a stage set by hand in; null where there is none.
 */
export function partnerRecordSpan(db: Db, id: number): { firstDay: string | null; lastYear: string | null } {
  const firstDay = db
    .prepare(
      `SELECT min(day) FROM (
         SELECT substr(created_at, 1, 10) AS day FROM partners WHERE id = :id
         UNION ALL SELECT coalesce(signed_on, substr(created_at, 1, 10)) FROM agreements WHERE partner_id = :id
         UNION ALL SELECT substr(pl.year, 1, 4) || '-09-01' FROM plan_item_partners ip
           JOIN plan_items i ON i.id = ip.item_id JOIN plans pl ON pl.id = i.plan_id WHERE ip.partner_id = :id
         UNION ALL SELECT substr(year, 1, 4) || '-09-01' FROM review_decisions WHERE partner_id = :id
         UNION ALL SELECT substr(year, 1, 4) || '-09-01' FROM partner_stage_overrides WHERE partner_id = :id)`,
    )
    .pluck()
    .get({ id }) as string | null;
  const lastYear = db
    .prepare(
      `SELECT max(y) FROM (
         SELECT pl.year AS y FROM plan_item_partners ip JOIN plan_items i ON i.id = ip.item_id
           JOIN plans pl ON pl.id = i.plan_id WHERE ip.partner_id = :id
         UNION ALL SELECT year FROM partner_stage_overrides WHERE partner_id = :id)`,
    )
    .pluck()
    .get({ id }) as string | null;
  return { firstDay, lastYear };
}
