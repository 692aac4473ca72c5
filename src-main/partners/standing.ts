import type Database from 'better-sqlite3';
import { agreementTerm, type TermFacts } from '../agreements/status';
import { IN_FORCE } from '../contract/agreements';
import { academicYearBounds, academicYearLabel, academicYearOf, academicYearStart } from '../contract/academic-year';
import { addDays } from '../contract/dates';
import type { PartnerStatus, StageCheck, YearStage } from '../contract/partners';
import { deriveStage, deriveStatus, lazily, type AgreementFact, type Tally } from './stage-rules';
import { partnerRecordSpan, readStandingRecords, type StandingRecords } from './standing-repository';

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

/**
 * Every agreement read, judged for the year and for today, grouped by partner, with the amendments that change a
 * term.
 */
function agreementFacts(records: StandingRecords, year: string, today: string): Map<number, AgreementFact[]> {
  const { from, to } = academicYearBounds(year);
  const soFar = to < today ? to : today;
  const byPartner = new Map<number, AgreementFact[]>();
  for (const row of records.agreements) {
    const facts: TermFacts = {
      ...row,
      amendments: (records.amendments.get(row.id) ?? []).map((m) => ({
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
 * pass (`readStandingRecords`), so that the registry of thousands lists, filters and sorts by them at once.
 */
export function readStandings(
  db: Db,
  { year, today, ids }: { year: string; today: string; ids?: readonly number[] },
): Map<number, Standing> {
  const { from, to } = academicYearBounds(year);
  const previous = academicYearLabel(academicYearStart(year) - 1);
  const records = readStandingRecords(db, { year, previous, from, to, after: addDays(to, 1) }, ids);
  const { partners, planItems, heldEvents, loans, clubs, approvedOn, decisions, carried } = records;
  const { statusByHand, stageByHand } = records;
  const agreements = agreementFacts(records, year, today);

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
  const { firstDay: first, lastYear: last } = partnerRecordSpan(db, id);
  const start = first === null ? academicYearStart(current) : academicYearStart(academicYearOf(first));
  const end = Math.max(academicYearStart(current), last === null ? 0 : academicYearStart(last));
  const from = Math.max(start, end - 29);
  return Array.from({ length: end - from + 1 }, (_, i) => academicYearLabel(end - i));
}
