import type { AgreementStatus, AgreementTerm, Prolongation } from '../contract/agreements';
import { addYears, daysBetween } from '../contract/dates';

export interface TermFacts {
  signedOn: string | null;
  endsOn: string | null;
  prolongation: Prolongation;
  prolongationYears: number;
  terminatedOn: string | null;
  /** In the order of their numbers; a later one overrides an earlier one's term. */
  amendments: readonly { newEndsOn: string | null; makesOpenEnded: boolean }[];
}

/**
 * The current term's end: the end typed on the card as the amendments changed it, the latest amendment that
 * touches the term winning; null is «бессрочно». The one place that knows how amendments change a term: the
 * status, the card, the register (PDF, Word, Excel), Главная and the review all read it through `agreementTerm`.
 */
export function currentEndsOn(facts: Pick<TermFacts, 'endsOn' | 'amendments'>): string | null {
  let end = facts.endsOn;
  for (const amendment of facts.amendments) {
    if (amendment.makesOpenEnded) end = null;
    else if (amendment.newEndsOn) end = amendment.newEndsOn;
  }
  return end;
}

/**
 * Where an agreement stands on `today`, derived from its dates and never typed. The end day itself is
 * still in force; the warning window opens `warningDays` days before it. An automatically prolonged
 * agreement runs on in whole periods of `prolongationYears` until one reaches today.
 */
export function agreementTerm(facts: TermFacts, today: string, warningDays: number): AgreementTerm {
  const end = currentEndsOn(facts);
  if (facts.terminatedOn && facts.terminatedOn <= today) return termOf('terminated', end, facts.terminatedOn, today);
  if (facts.signedOn === null) return termOf('draft', end, end, today);
  if (end === null) return termOf('active', null, null, today);
  if (end < today) {
    if (facts.prolongation !== 'auto') return termOf('expired', end, end, today);
    return termOf('prolonged', end, prolongedEnd(end, facts.prolongationYears, today), today);
  }
  return termOf(daysBetween(today, end) <= warningDays ? 'expiring' : 'active', end, end, today);
}

/**
 * The end of the automatic prolongation's period that holds `today`: the first end + k·`years` (k ≥ 1) not before
 * it. The first period that reaches today's year is found by division (a prolongation from 2005 runs some twenty
 * periods); it ends before today only within that same year, and then the next one holds today.
 */
function prolongedEnd(end: string, years: number, today: string): string {
  const yearsBehind = Number(today.slice(0, 4)) - Number(end.slice(0, 4));
  const periods = Math.max(1, Math.ceil(yearsBehind / years));
  const candidate = addYears(end, periods * years);
  return candidate < today ? addYears(end, (periods + 1) * years) : candidate;
}

function termOf(
  status: AgreementStatus,
  end: string | null,
  effectiveEnd: string | null,
  today: string,
): AgreementTerm {
  return {
    status,
    currentEndsOn: end,
    effectiveEndsOn: effectiveEnd,
    daysLeft: effectiveEnd === null ? null : daysBetween(today, effectiveEnd),
  };
}
