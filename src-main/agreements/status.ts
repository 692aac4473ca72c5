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

/** The end of the term as typed and as amendments changed it; null is «бессрочно». */
function agreedEnd(facts: TermFacts): string | null {
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
  const term = (status: AgreementStatus, end: string | null): AgreementTerm => ({
    status,
    effectiveEndsOn: end,
    daysLeft: end === null ? null : daysBetween(today, end),
  });
  if (facts.terminatedOn && facts.terminatedOn <= today) return term('terminated', facts.terminatedOn);
  const end = agreedEnd(facts);
  if (facts.signedOn === null) return term('draft', end);
  if (end === null) return term('active', null);
  if (end < today) {
    if (facts.prolongation !== 'auto') return term('expired', end);
    // Start a period short of today's year (a prolongation from 2005 runs some twenty periods), then step.
    const yearsBehind = Number(today.slice(0, 4)) - Number(end.slice(0, 4));
    let periods = Math.max(1, Math.floor(yearsBehind / facts.prolongationYears) - 1);
    while (addYears(end, periods * facts.prolongationYears) < today) periods += 1;
    return term('prolonged', addYears(end, periods * facts.prolongationYears));
  }
  return term(daysBetween(today, end) <= warningDays ? 'expiring' : 'active', end);
}
