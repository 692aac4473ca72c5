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
  const term = (status: AgreementStatus, effectiveEnd: string | null): AgreementTerm => ({
    status,
    currentEndsOn: end,
    effectiveEndsOn: effectiveEnd,
    daysLeft: effectiveEnd === null ? null : daysBetween(today, effectiveEnd),
  });
  if (facts.terminatedOn && facts.terminatedOn <= today) return term('terminated', facts.terminatedOn);
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
