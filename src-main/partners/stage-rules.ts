import { academicYearBounds } from '../contract/academic-year';
import { formatDate } from '../contract/dates';
import type { PartnerStatus, Stage, StageCheck } from '../contract/partners';
import { countOf } from '../contract/plural';
import { DECISION_LABELS, type Decision } from '../contract/reviews';
import { quoted } from '../contract/quote';

/** One agreement with the partner as the rules see it; `inForceFrom` is its first day in force within the year. */
export interface AgreementFact {
  number: string;
  signedOn: string | null;
  createdOn: string;
  /** Its status today and the end of its term as amendments left it. */
  statusToday: 'draft' | 'active' | 'expiring' | 'expired' | 'prolonged' | 'terminated';
  endsOn: string | null;
  terminatedOn: string | null;
  /** Signed and in force on at least one day of the year (as far as the year has gone), from that day; else null. */
  inForceFrom: string | null;
  /** Signed and in force on at least one day of the year, including days still to come. */
  signedForYear: boolean;
}

/** A count of records of the year with the partner, and the first day on which one of them counted. */
export interface Tally {
  count: number;
  firstOn: string | null;
}

/** What the records of one academic year show of a partner. */
export interface YearEvidence {
  year: string;
  today: string;
  createdOn: string;
  contacts: number;
  agreements: readonly AgreementFact[];
  planItems: Tally;
  heldEvents: Tally;
  loans: Tally;
  clubs: Tally;
  /** The previous year's decision to go on (continue, expand, revise), carried out on `appliedOn`. */
  carriedDecision: { year: string; decision: Decision; appliedOn: string } | null;
  /** The year's review, approved, with a decision for the partner. */
  review: { approvedOn: string; decision: Decision } | null;
}

export interface DerivedStage {
  stage: Stage;
  /** The day the evidence of that stage first held in the year. */
  reachedOn: string;
  /** The evidence, in the office's words: «договор № 5 от 01.09.2026 действует; проведено мероприятий: 3». */
  evidence: string;
  checks: StageCheck[];
}

const IN_FORCE_TODAY = new Set(['active', 'expiring', 'prolonged']);

const later = (a: string, b: string) => (a > b ? a : b);
const earliest = (days: readonly (string | null)[]) =>
  days
    .filter((d): d is string => d !== null)
    .reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);

function dated(a: AgreementFact): string {
  return a.signedOn ? `договор № ${a.number} от ${formatDate(a.signedOn)}` : `договор № ${a.number}`;
}

/** «действует», «действовал», «подписан» or «черновик», as the agreement stood in the year. */
function agreementPhrase(a: AgreementFact, year: string, today: string): string {
  if (!a.signedOn) return `${dated(a)} — черновик (подготовлен ${formatDate(a.createdOn)})`;
  const { to } = academicYearBounds(year);
  if (a.inForceFrom !== null) {
    const now = to >= today && IN_FORCE_TODAY.has(a.statusToday);
    return `${dated(a)} ${now ? 'действует' : 'действовал'}`;
  }
  return `${dated(a)} подписан`;
}

/**
 * The stage of a partner in an academic year, from that year's records (the program's four stages):
 * 1 only contacts; 2 an agreement drafted or signed, items of the year's plan with the partner, or last year's
 * decision to go on carried out; 3 an agreement in force and held events, resources on loan or clubs with the
 * partner; 4 the year's review approved with a decision for the partner.
 */
export function deriveStage(facts: YearEvidence): DerivedStage {
  const { year, today } = facts;
  const { from, to } = academicYearBounds(year);
  const inYear = (day: string | null) => (day === null ? null : later(day, from));

  const drafts = facts.agreements.filter((a) => a.signedOn === null && a.statusToday === 'draft');
  const drafted = drafts.filter((a) => a.createdOn <= to && from <= today);
  const signed = facts.agreements.filter((a) => a.signedForYear);
  const inForce = facts.agreements.filter((a) => a.inForceFrom !== null);
  const activity = facts.heldEvents.count + facts.loans.count + facts.clubs.count;

  const stage2Agreements = [...signed, ...drafted];
  const stage2On = earliest([
    ...stage2Agreements.map((a) => inYear(a.signedOn && a.signedOn < a.createdOn ? a.signedOn : a.createdOn)),
    inYear(facts.planItems.firstOn),
    facts.carriedDecision ? inYear(facts.carriedDecision.appliedOn) : null,
  ]);
  const stage3 = inForce.length > 0 && activity > 0;
  const stage4 = facts.review !== null;

  const checks = (): StageCheck[] => [
    { stage: 2, label: 'Договор с партнёром подготовлен или подписан', met: stage2Agreements.length > 0 },
    { stage: 2, label: `В плане на ${year} учебный год есть пункты с партнёром`, met: facts.planItems.count > 0 },
    { stage: 3, label: 'Действует договор с партнёром', met: inForce.length > 0 },
    {
      stage: 3,
      label: 'Проведены совместные мероприятия, получены ресурсы или работают кружки партнёра',
      met: activity > 0,
    },
    {
      stage: 4,
      label: `Аналитическая справка за ${year} учебный год утверждена с решением по партнёру`,
      met: stage4,
    },
  ];

  const activityParts = () =>
    [
      facts.heldEvents.count > 0 ? `проведено мероприятий: ${facts.heldEvents.count}` : null,
      facts.loans.count > 0 ? `получено ресурсов партнёра: ${facts.loans.count}` : null,
      facts.clubs.count > 0 ? `кружков партнёра: ${facts.clubs.count}` : null,
    ].filter((p): p is string => p !== null);
  const derived = (stage: Stage, reachedOn: string, evidence: () => string): DerivedStage =>
    lazily(lazily({ stage, reachedOn }, 'evidence', evidence), 'checks', checks);

  if (stage4 && facts.review) {
    const review = facts.review;
    return derived(
      4,
      review.approvedOn,
      () =>
        `справка за ${year} учебный год утверждена ${formatDate(review.approvedOn)}; решение: ${DECISION_LABELS[review.decision]}`,
    );
  }
  if (stage3) {
    const agreementOn = earliest(inForce.map((a) => a.inForceFrom)) ?? from;
    const activityOn =
      earliest([inYear(facts.heldEvents.firstOn), inYear(facts.loans.firstOn), inYear(facts.clubs.firstOn)]) ?? from;
    return derived(3, later(agreementOn, activityOn), () =>
      [...inForce.map((a) => agreementPhrase(a, year, today)), ...activityParts()].join('; '),
    );
  }
  if (stage2On !== null) {
    return derived(2, stage2On, () =>
      [
        ...stage2Agreements.map((a) => agreementPhrase(a, year, today)),
        facts.planItems.count > 0
          ? `в плане на ${year} учебный год: ${countOf(facts.planItems.count, ['пункт', 'пункта', 'пунктов'])} с партнёром`
          : null,
        facts.carriedDecision
          ? `решение по итогам ${facts.carriedDecision.year} учебного года ${quoted(DECISION_LABELS[facts.carriedDecision.decision])} выполнено ${formatDate(facts.carriedDecision.appliedOn)}`
          : null,
        ...activityParts(),
      ]
        .filter((p): p is string => p !== null)
        .join('; '),
    );
  }
  return derived(1, facts.createdOn > from && facts.createdOn <= to ? facts.createdOn : from, () => {
    const activityNow = activityParts();
    return [
      `в реестре с ${formatDate(facts.createdOn)}`,
      facts.contacts > 0 ? `контактных лиц: ${facts.contacts}` : 'контактные лица не указаны',
      ...activityNow,
      activityNow.length > 0 ? 'договора нет' : `договоров и пунктов плана на ${year} учебный год нет`,
    ].join('; ');
  });
}

export interface DerivedStatus {
  status: Extract<PartnerStatus, 'active' | 'potential'>;
  evidence: string;
}

/**
 * «Действующий» while an agreement with the partner is in force; «потенциальный» before the first one and again
 * after the last one has ended (ending the partnership for good is the office's own decision, set by hand).
 */
export function deriveStatus(agreements: readonly AgreementFact[]): DerivedStatus {
  const inForce = agreements.filter((a) => IN_FORCE_TODAY.has(a.statusToday));
  if (inForce.length > 0) {
    return lazily({ status: 'active' as const }, 'evidence', () =>
      inForce.map((a) => `${dated(a)} действует${a.endsOn ? ` до ${formatDate(a.endsOn)}` : ''}`).join('; '),
    );
  }
  return lazily({ status: 'potential' as const }, 'evidence', () => {
    const ended = agreements
      .filter((a) => a.statusToday === 'expired' || a.statusToday === 'terminated')
      .sort((a, b) => ((a.terminatedOn ?? a.endsOn ?? '') < (b.terminatedOn ?? b.endsOn ?? '') ? 1 : -1));
    const last = ended[0];
    if (last) {
      const how =
        last.statusToday === 'terminated'
          ? `расторгнут ${formatDate(last.terminatedOn ?? '')}`
          : `истёк ${formatDate(last.endsOn ?? '')}`;
      return `действующих договоров нет: ${dated(last)} ${how}`;
    }
    const drafts = agreements.filter((a) => a.statusToday === 'draft');
    return drafts.length > 0
      ? `договор ещё не подписан: ${drafts.map((a) => `№ ${a.number}`).join(', ')} — черновик`
      : 'договоров с партнёром ещё не было';
  });
}

/**
 * `target` with `key` made when first read and kept: the words of the evidence are put together only where they are
 * shown (a card), not for each of the thousands of partners the registry lists by stage and status.
 */
export function lazily<T extends object, K extends string, V>(target: T, key: K, make: () => V): T & Record<K, V> {
  let made: { value: V } | null = null;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => (made ??= { value: make() }).value,
  });
  return target as T & Record<K, V>;
}
