import type Database from 'better-sqlite3';
import { agreementTerm, type TermFacts } from '../agreements/status';
import { IN_FORCE } from '../contract/agreements';
import { academicYearBounds, academicYearLabel, academicYearOf, academicYearStart } from '../contract/academic-year';
import { addDays } from '../contract/dates';
import type { PartnerStatus, Stage, StageCheck, YearStage } from '../contract/partners';
import type { Decision } from '../contract/reviews';
import { deriveStage, deriveStatus, lazily, type AgreementFact, type Tally } from './stage-rules';

type Db = Database.Database;

/** A partner's status and its stage in one academic year, as the records give them and as the office set them. */
export interface Standing {
  status: PartnerStatus;
  derivedStatus: PartnerStatus;
  statusEvidence: string;
  statusByHand: { status: PartnerStatus; reason: string; setOn: string } | null;
  stage: YearStage;
  checks: StageCheck[];
}

const NO_TALLY: Tally = { count: 0, firstOn: null };

/** `AND <column> IN (…)` for the partners asked for, or nothing for all of them. */
function onlyPartners(column: string, ids: readonly number[] | undefined): string {
  return ids === undefined ? '' : `AND ${column} IN (SELECT value FROM json_each(:ids))`;
}

function tallies(db: Db, sql: string, params: Record<string, unknown>): Map<number, Tally> {
  const rows = db.prepare(sql).all(params) as { partnerId: number; count: number; firstOn: string | null }[];
  return new Map(rows.map((r) => [r.partnerId, { count: r.count, firstOn: r.firstOn }]));
}

interface AgreementRow extends Omit<TermFacts, 'amendments'> {
  id: number;
  partnerId: number;
  number: string;
  startsOn: string | null;
  createdAt: string;
}

/**
 * Every agreement of the partners asked for, judged for the year and for today, grouped by partner. Only the columns
 * of a term are read (from the `agreements_register` index), with the amendments that change a term.
 */
function agreementFacts(db: Db, year: string, today: string, ids: readonly number[] | undefined) {
  const params = { ids: JSON.stringify(ids ?? []) };
  const rows = db
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
  const { from, to } = academicYearBounds(year);
  const soFar = to < today ? to : today;
  const byPartner = new Map<number, AgreementFact[]>();
  for (const row of rows) {
    const facts: TermFacts = {
      ...row,
      amendments: (amendments.get(row.id) ?? []).map((m) => ({
        newEndsOn: m.newEndsOn,
        makesOpenEnded: m.makesOpenEnded === 1,
      })),
    };
    const now = agreementTerm(facts, today, 0);
    // Judged on its first day within the year, as the review judges which partners had an agreement in force.
    const start = row.startsOn ?? row.signedOn;
    const day = row.signedOn === null || start === null ? null : start > from ? start : from;
    const inForceOnDay = day !== null && day <= to && IN_FORCE.includes(agreementTerm(facts, day, 0).status);
    const fact: AgreementFact = {
      number: row.number,
      signedOn: row.signedOn,
      createdOn: row.createdAt.slice(0, 10),
      statusToday: now.status,
      endsOn: now.effectiveEndsOn,
      terminatedOn: row.terminatedOn,
      inForceFrom: inForceOnDay && day !== null && day <= soFar ? day : null,
      signedForYear: inForceOnDay,
    };
    const list = byPartner.get(row.partnerId);
    if (list) list.push(fact);
    else byPartner.set(row.partnerId, [fact]);
  }
  return byPartner;
}

/**
 * The status and the stage of `year` of the partners asked for (all of them when `ids` is left out), read in one
 * pass: a handful of queries summed up per partner, whatever the number of partners, so that the registry of
 * thousands lists, filters and sorts by them at once.
 */
export function readStandings(
  db: Db,
  { year, today, ids }: { year: string; today: string; ids?: readonly number[] },
): Map<number, Standing> {
  const { from, to } = academicYearBounds(year);
  const previous = academicYearLabel(academicYearStart(year) - 1);
  const params = { year, previous, from, to, after: addDays(to, 1), ids: JSON.stringify(ids ?? []) };

  const partners = db
    .prepare(
      `SELECT p.id AS id, substr(p.created_at, 1, 10) AS createdOn,
              (SELECT count(*) FROM partner_contacts k WHERE k.partner_id = p.id) AS contacts
       FROM partners p WHERE 1 ${onlyPartners('p.id', ids)}`,
    )
    .all(params) as { id: number; createdOn: string; contacts: number }[];

  const agreements = agreementFacts(db, year, today, ids);
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
    (db.prepare('SELECT approved_on FROM reviews WHERE year = ?').pluck().get(year) as string | null | undefined) ??
    null;
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

  const result = new Map<number, Standing>();
  for (const p of partners) {
    const own = agreements.get(p.id) ?? [];
    const decision = decisions.get(p.id);
    const carriedDecision = carried.get(p.id);
    const derived = deriveStage({
      year,
      today,
      createdOn: p.createdOn,
      contacts: p.contacts,
      agreements: own,
      planItems: planItems.get(p.id) ?? NO_TALLY,
      heldEvents: heldEvents.get(p.id) ?? NO_TALLY,
      loans: loans.get(p.id) ?? NO_TALLY,
      clubs: clubs.get(p.id) ?? NO_TALLY,
      carriedDecision: carriedDecision ? { year: previous, ...carriedDecision } : null,
      review: approvedOn !== null && decision !== undefined ? { approvedOn, decision } : null,
    });
    const status = deriveStatus(own);
    const handStatus = statusByHand.get(p.id) ?? null;
    const handStage = stageByHand.get(p.id) ?? null;
    const stage = lazily(
      { year, stage: handStage?.stage ?? derived.stage, derived: derived.stage, reachedOn: derived.reachedOn },
      'evidence',
      () => derived.evidence,
    );
    const standing = { status: handStatus?.status ?? status.status, derivedStatus: status.status };
    result.set(
      p.id,
      lazily(
        lazily(
          Object.assign(standing, { statusByHand: handStatus, stage: Object.assign(stage, { byHand: handStage }) }),
          'statusEvidence',
          () => status.evidence,
        ),
        'checks',
        () => derived.checks,
      ),
    );
  }
  return result;
}

/** The academic years a partner has a stage in: from its first record (or its entry) to the current year. */
export function partnerYears(db: Db, id: number, current: string): string[] {
  const first = db
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
  const last = db
    .prepare(
      `SELECT max(y) FROM (
         SELECT pl.year AS y FROM plan_item_partners ip JOIN plan_items i ON i.id = ip.item_id
           JOIN plans pl ON pl.id = i.plan_id WHERE ip.partner_id = :id
         UNION ALL SELECT year FROM partner_stage_overrides WHERE partner_id = :id)`,
    )
    .pluck()
    .get({ id }) as string | null;
  const start = first === null ? academicYearStart(current) : academicYearStart(academicYearOf(first));
  const end = Math.max(academicYearStart(current), last === null ? 0 : academicYearStart(last));
  const from = Math.max(start, end - 29);
  return Array.from({ length: end - from + 1 }, (_, i) => academicYearLabel(end - i));
}
