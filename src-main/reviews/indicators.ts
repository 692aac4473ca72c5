import { clubCoverage } from '../clubs/coverage';
import { pool, pooledIndex } from '../surveys/satisfaction';
import { monthsOfYear } from '../contract/plan-text';
import { isOverdue, returnedOnTime } from '../loans/due';
import { levelOfClass } from '../contract/classes';
import { ACHIEVEMENT_LEVELS, ACHIEVEMENT_RESULTS, type AchievementResult } from '../contract/events';
import { LEVELS } from '../contract/plans';
import { compareRussian } from '../contract/russian-order';
import type { Indicator, IndicatorKey, LevelFigures, PartnerFigures, YearFigures } from '../contract/reviews';
import type { OccurrenceFact, UnscheduledItemFact, YearFacts, YearRecords } from './year-facts';

type Level = (typeof LEVELS)[number];

/** Why an indicator has no value, in the office's words. */
export const NO_DATA = {
  noPlan: 'В учебном году нет запланированных мероприятий',
  noClasses: 'Не заполнен список классов учебного года (Реализация → Кружки → «Классы и численность»)',
  noPupils: 'Численность классов не указана',
  noFamilies: 'Не указано число семей (Настройки → Сведения о школе)',
  noAgreements: 'Нет партнёров с договором, действовавшим в учебном году',
  noSurvey: 'Анкетирование родителей в учебном году не проводилось',
  noAnswers: 'Результаты анкетирования не внесены',
  noStaff: 'Не заполнен список педагогов (Реализация → Повышение квалификации)',
  noAchievements: 'Достижения обучающихся не внесены',
  noLoans: 'Нет ресурсов партнёров со сроком возврата в учебном году',
} as const;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** m / N × 100 with its numbers; without a denominator, «нет данных» and the reason. */
export function percentIndicator(key: IndicatorKey, m: number, n: number, noData: string): Indicator {
  return n > 0 ? { key, m, n, value: (m * 100) / n, noData: null } : { key, m: null, n: null, value: null, noData };
}

function missing(key: IndicatorKey, noData: string): Indicator {
  return { key, m: null, n: null, value: null, noData };
}

const isHeld = (o: OccurrenceFact) => o.status === 'held';

/** Winners and prize-takers: m of «победители и призёры». */
export const WINNING_RESULTS: readonly AchievementResult[] = ['winner', 'prizewinner'];
export const isWinning = (a: { result: AchievementResult }) => WINNING_RESULTS.includes(a.result);

/** The classes that took part in any of the held occurrences. */
export function classesTookPart(held: readonly OccurrenceFact[]): Set<string> {
  return new Set(held.flatMap((o) => o.classes));
}

/** N of «ресурсы возвращены в срок»: loans due in the year that came back or whose due day has passed. */
export function dueLoansOf(facts: Pick<YearFacts, 'loans' | 'from' | 'to'>, today: string) {
  return facts.loans.filter(
    (l) => l.dueOn >= facts.from && l.dueOn <= facts.to && (l.returnedOn !== null || isOverdue(l, today)),
  );
}

/** Held out of planned: every occurrence of the year (cancelled ones too) and every plan item never scheduled. */
function fulfilment(occurrences: readonly OccurrenceFact[], unscheduled: readonly UnscheduledItemFact[]): Indicator {
  return fulfilmentOf(occurrences.filter(isHeld).length, occurrences.length, unscheduled.length);
}

function fulfilmentOf(held: number, occurrences: number, unscheduled: number): Indicator {
  return percentIndicator('planFulfilment', held, occurrences + unscheduled, NO_DATA.noPlan);
}

/**
 * What the year's indicators take from its occurrences: counts and sets, a few hundred bytes however many events
 * the year had, so the review keeps them for every year (`ReviewsService`) rather than its calendar. The year's
 * review sums them from its facts (`occurrenceTotals`); the dynamics have SQL sum them (`readOccurrenceTotals`).
 */
export interface OccurrenceTotals {
  occurrences: number;
  held: number;
  /** The classes that took part in the held occurrences. */
  classes: Set<string>;
  parents: number;
  /** The partners of the held occurrences. */
  partners: Set<number>;
  achievements: number;
  winners: number;
}

export function occurrenceTotals(occurrences: readonly OccurrenceFact[]): OccurrenceTotals {
  const held = occurrences.filter(isHeld);
  const achievements = held.flatMap((o) => o.achievements);
  return {
    occurrences: occurrences.length,
    held: held.length,
    classes: classesTookPart(held),
    parents: sum(held.map((o) => o.parents)),
    partners: new Set(held.flatMap((o) => o.partnerIds)),
    achievements: achievements.length,
    winners: achievements.filter((a) => isWinning(a)).length,
  };
}

/** The enrolment of the listed classes that took part (in at least one held occurrence), out of all. */
function pupilCoverage(classes: YearRecords['classes'], took: ReadonlySet<string>, level?: Level): Indicator {
  if (classes.length === 0) return missing('pupilCoverage', NO_DATA.noClasses);
  const own = level ? classes.filter((c) => levelOfClass(c.name) === level) : classes;
  return percentIndicator(
    'pupilCoverage',
    sum(own.filter((c) => took.has(c.name)).map((c) => c.pupils)),
    sum(own.map((c) => c.pupils)),
    NO_DATA.noPupils,
  );
}

function ofLevel(level: Level) {
  return (o: { classes: readonly string[] }) => o.classes.some((c) => levelOfClass(c) === level);
}

/** The year's indicators, and what they are counted from that the rest of the figures use too. */
function indicatorsOf(records: YearRecords, totals: OccurrenceTotals, today: string) {
  const clubs = clubCoverage({
    classes: records.classes,
    clubs: records.clubs.map((c) => ({ partnerId: c.partnerId, partnerName: c.partnerName, attendance: c.attendance })),
  });
  const clubIndicator = (ratio: { attended: number; enrolment: number }): Indicator =>
    records.classes.length === 0
      ? missing('clubCoverage', NO_DATA.noClasses)
      : percentIndicator('clubCoverage', ratio.attended, ratio.enrolment, NO_DATA.noPupils);
  const answers = pool(records.answers);
  const dueLoans = dueLoansOf(records, today);
  const borrowedLoans = records.loans.filter((l) => l.receivedOn >= records.from && l.receivedOn <= records.to);
  const trainedThroughPartners = new Set(records.development.filter((d) => d.partnerId !== null).map((d) => d.staffId));

  const indicators: Indicator[] = [
    fulfilmentOf(totals.held, totals.occurrences, records.unscheduled.length),
    pupilCoverage(records.classes, totals.classes),
    records.families > 0
      ? percentIndicator(
          'parentCoverage',
          Math.min(totals.parents, records.families),
          records.families,
          NO_DATA.noFamilies,
        )
      : missing('parentCoverage', NO_DATA.noFamilies),
    percentIndicator(
      'partnerActivity',
      [...records.agreementPartners].filter((id) => totals.partners.has(id)).length,
      records.agreementPartners.size,
      NO_DATA.noAgreements,
    ),
    records.surveys === 0
      ? missing('satisfaction', NO_DATA.noSurvey)
      : answers.answered === 0
        ? missing('satisfaction', NO_DATA.noAnswers)
        : { key: 'satisfaction', m: answers.points, n: answers.answered, value: pooledIndex(answers), noData: null },
    clubIndicator(clubs.overall),
    records.teachers > 0
      ? percentIndicator('staffDevelopment', trainedThroughPartners.size, records.teachers, NO_DATA.noStaff)
      : missing('staffDevelopment', NO_DATA.noStaff),
    percentIndicator('achievementWinners', totals.winners, totals.achievements, NO_DATA.noAchievements),
    percentIndicator(
      'resourcesOnTime',
      dueLoans.filter((l) => returnedOnTime(l) === true).length,
      dueLoans.length,
      NO_DATA.noLoans,
    ),
  ];
  return { indicators, clubs, clubIndicator, borrowedLoans };
}

/** The year's indicators alone: what the dynamics over the years show, without the year's other figures. */
export function yearIndicators(records: YearRecords, totals: OccurrenceTotals, today: string): Indicator[] {
  return indicatorsOf(records, totals, today).indicators;
}

/**
 * Computes every figure of the review of one academic year from its facts; pure, so tests check it exactly. `totals`
 * are the facts' occurrences summed up, given when the caller keeps them too.
 */
export function computeYearFigures(
  facts: YearFacts,
  today: string,
  totals = occurrenceTotals(facts.occurrences),
): YearFigures {
  const held = facts.occurrences.filter(isHeld);
  const achievements = held.flatMap((o) => o.achievements);
  const { indicators, clubs, clubIndicator, borrowedLoans } = indicatorsOf(facts, totals, today);

  const byLevel: LevelFigures[] = LEVELS.map((level) => {
    const inLevel = ofLevel(level);
    const levelAchievements = achievements.filter((a) => a.className !== '' && levelOfClass(a.className) === level);
    const levelClubs = clubs.levels.find((l) => l.level === level) ?? { attended: 0, enrolment: 0 };
    return {
      level,
      planFulfilment: fulfilment(facts.occurrences.filter(inLevel), facts.unscheduled.filter(inLevel)),
      pupilCoverage: pupilCoverage(facts.classes, totals.classes, level),
      clubCoverage: clubIndicator(levelClubs),
      achievements: levelAchievements.length,
      winners: levelAchievements.filter((a) => isWinning(a)).length,
    };
  });

  const involved = new Set<number>([
    ...facts.agreementPartners,
    ...facts.occurrences.flatMap((o) => o.partnerIds),
    ...facts.unscheduled.flatMap((i) => i.partnerIds),
    ...facts.clubs.map((c) => c.partnerId),
    ...borrowedLoans.map((l) => l.partnerId),
    ...facts.development.flatMap((d) => (d.partnerId === null ? [] : [d.partnerId])),
  ]);
  // Each partner's records, gathered in one pass each (a year has thousands of occurrences and some hundred partners).
  const occurrencesOf = byPartnerId(facts.occurrences, (o) => o.partnerIds);
  const unscheduledOf = byPartnerId(facts.unscheduled, (i) => i.partnerIds);
  const developmentOf = byPartnerId(facts.development, (d) => (d.partnerId === null ? [] : [d.partnerId]));
  const loansOf = byPartnerId(borrowedLoans, (l) => [l.partnerId]);
  const clubPupils = new Map(clubs.partners.map((p) => [p.partnerId, p.attended]));
  const byPartner: Omit<PartnerFigures, 'decision'>[] = [...involved]
    .flatMap((id) => {
      const partner = facts.partners.get(id);
      return partner ? [partner] : [];
    })
    .map((partner) => {
      const own = occurrencesOf.get(partner.id) ?? [];
      const ownUnscheduled = unscheduledOf.get(partner.id) ?? [];
      const ownHeld = own.filter(isHeld);
      const ownAchievements = ownHeld.flatMap((o) => o.achievements);
      return {
        partnerId: partner.id,
        name: partner.name,
        status: partner.status,
        stage: partner.stage,
        agreementInForce: facts.agreementPartners.has(partner.id),
        planned: own.length + ownUnscheduled.length,
        held: ownHeld.length,
        participants: sum(ownHeld.map((o) => o.pupils)),
        parents: sum(ownHeld.map((o) => o.parents)),
        planFulfilment: fulfilment(own, ownUnscheduled),
        pupilCoverage: pupilCoverage(facts.classes, classesTookPart(ownHeld)),
        clubPupils: clubPupils.get(partner.id) ?? 0,
        teachersTrained: new Set((developmentOf.get(partner.id) ?? []).map((d) => d.staffId)).size,
        itemsBorrowed: sum((loansOf.get(partner.id) ?? []).map((l) => l.items)),
        achievements: ownAchievements.length,
        winners: ownAchievements.filter((a) => isWinning(a)).length,
      };
    })
    .sort((a, b) => compareRussian(a.name, b.name) || a.partnerId - b.partnerId);

  return {
    year: facts.year,
    indicators,
    byLevel,
    byPartner,
    achievements: ACHIEVEMENT_LEVELS.flatMap((level) =>
      ACHIEVEMENT_RESULTS.map((result) => ({
        level,
        result,
        count: achievements.filter((a) => a.level === level && a.result === result).length,
      })),
    ),
    byMonth: monthsOfYear(facts.year).map((month) => {
      const inMonth = facts.occurrences.filter((o) => o.date.startsWith(month));
      return {
        month,
        planned: inMonth.length + facts.unscheduled.filter((i) => i.month === month).length,
        held: inMonth.filter(isHeld).length,
      };
    }),
    itemsBorrowed: sum(borrowedLoans.map((l) => l.items)),
  };
}

/** Records by each partner they name, in their own order. */
function byPartnerId<T>(records: readonly T[], partnersOf: (record: T) => readonly number[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const record of records) {
    for (const id of new Set(partnersOf(record))) {
      const list = map.get(id);
      if (list) list.push(record);
      else map.set(id, [record]);
    }
  }
  return map;
}
