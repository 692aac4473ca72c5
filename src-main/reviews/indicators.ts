import { clubCoverage } from '../clubs/coverage';
import { pool, pooledIndex } from '../surveys/satisfaction';
import { monthsOfYear } from '../contract/plan-text';
import { isOverdue as isLoanOverdue, returnedOnTime } from '../loans/due';
import { levelOfClass } from '../contract/classes';
import { ACHIEVEMENT_LEVELS, ACHIEVEMENT_RESULTS, type AchievementResult, type EventStatus } from '../contract/events';
import { LEVELS } from '../contract/plans';
import { compareRussian } from '../contract/russian-order';
import type { Indicator, IndicatorKey, LevelFigures, PartnerFigures, YearFigures } from '../contract/reviews';
import type { OccurrenceFact, UnscheduledItemFact, YearFacts, YearRecords } from './year-read-model';

type Level = (typeof LEVELS)[number];

/** Why an indicator has no value, in the office's words. */
export const NO_DATA = {
  noPlan: 'В учебном году нет запланированных мероприятий (пунктов плана)',
  noLevelPlan: 'Нет запланированных мероприятий с классами этого уровня',
  noClasses: 'Не заполнен список классов учебного года (Реализация → Кружки → «Классы и численность»)',
  noPupils: 'Численность классов не указана',
  noEvents: 'В учебном году в календаре нет мероприятий',
  noFamilies: 'Не указано число семей учебного года (Реализация → Кружки → «Классы и численность»)',
  noHeld: 'В учебном году нет проведённых мероприятий',
  noParents: 'В итогах проведённых мероприятий родители не отмечены',
  noAgreements: 'Нет партнёров с договором, действовавшим в учебном году',
  noSurvey: 'Анкетирование родителей в учебном году не проводилось',
  noAnswers: 'Результаты анкетирования не внесены',
  noClubs: 'Кружки партнёров учебного года не внесены',
  noTeachers: 'Не указано число педагогов учебного года (Реализация → Кружки → «Классы и численность»)',
  noDevelopment: 'Записи о повышении квалификации за учебный год не внесены',
  noAchievements: 'Достижения обучающихся не внесены',
  noLoans: 'Нет ресурсов партнёров со сроком возврата в учебном году',
} as const;

/** More teachers trained than the year has: the year's number is wrong, and no figure above 100 % is shown. */
export function tooFewTeachers(trained: number, teachers: number): string {
  return (
    `Повысивших квалификацию (${trained}) больше, чем указано педагогов в учебном году (${teachers}): ` +
    'проверьте число педагогов'
  );
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** m / N × 100 with its numbers; without a denominator, «нет данных» and the reason. */
export function percentIndicator(key: IndicatorKey, m: number, n: number, noData: string): Indicator {
  return n > 0 ? { key, m, n, value: (m * 100) / n, noData: null } : { key, m: null, n: null, value: null, noData };
}

function missing(key: IndicatorKey, noData: string): Indicator {
  return { key, m: null, n: null, value: null, noData };
}

const isHeld = (o: OccurrenceFact) => o.status === 'held';
const STILL_PLANNED: readonly EventStatus[] = ['planned', 'moved'];

/** An occurrence of a planned event whose day has passed with no mark: still planned or moved. */
export const isOverdue = (o: Pick<OccurrenceFact, 'status' | 'date'>, today: string) =>
  STILL_PLANNED.includes(o.status) && o.date < today;

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
    (l) => l.dueOn >= facts.from && l.dueOn <= facts.to && (l.returnedOn !== null || isLoanOverdue(l, today)),
  );
}

/**
 * One event as plan fulfilment counts it: a single event, or a whole series (however many of its occurrences fall
 * in the year), or a plan item never put on the calendar. A series from a plan item is one line of the plan, so
 * it counts once, held when at least one of its occurrences was held: a weekly club must not outweigh the plan.
 */
export interface PlanUnit {
  key: string;
  title: string;
  /** From a plan item: in N of plan fulfilment. Otherwise held outside the plan, or not held at all. */
  planned: boolean;
  held: boolean;
  /** Every occurrence in the year cancelled. */
  cancelled: boolean;
  /** Not held, and an occurrence's day has passed with no mark. */
  overdue: boolean;
  /** The day and month of its first occurrence in the year; the plan item's month; null for an item without one. */
  date: string | null;
  month: string | null;
  /** A series: its occurrences in the year, and how many of them were held. */
  series: boolean;
  occurrences: number;
  heldOccurrences: number;
  /** The status of a single event (of a series' first occurrence); null for an unscheduled item. */
  status: EventStatus | null;
  partnerIds: number[];
  classes: string[];
}

/** The year's events as plan fulfilment counts them: one unit per single event, series and unscheduled item. */
export function planUnits(
  occurrences: readonly OccurrenceFact[],
  unscheduled: readonly UnscheduledItemFact[],
  today: string,
): PlanUnit[] {
  const units = new Map<string, PlanUnit>();
  for (const o of occurrences) {
    const key = o.seriesId === null ? `e${o.eventId}` : `s${o.seriesId}`;
    const unit = units.get(key);
    if (!unit) {
      units.set(key, {
        key,
        title: o.title,
        planned: o.planned,
        held: isHeld(o),
        cancelled: o.status === 'cancelled',
        overdue: isOverdue(o, today),
        date: o.date,
        month: o.date.slice(0, 7),
        series: o.seriesId !== null,
        occurrences: 1,
        heldOccurrences: isHeld(o) ? 1 : 0,
        status: o.status,
        partnerIds: [...o.partnerIds],
        classes: [...o.classes],
      });
      continue;
    }
    unit.held ||= isHeld(o);
    unit.occurrences += 1;
    if (isHeld(o)) unit.heldOccurrences += 1;
    unit.cancelled &&= o.status === 'cancelled';
    unit.overdue ||= isOverdue(o, today);
    unit.partnerIds = [...new Set([...unit.partnerIds, ...o.partnerIds])];
    unit.classes = [...new Set([...unit.classes, ...o.classes])];
  }
  for (const unit of units.values()) unit.overdue &&= !unit.held;
  return [
    ...units.values(),
    ...unscheduled.map((i) => ({
      key: `i${i.id}`,
      title: i.title,
      planned: true,
      held: false,
      cancelled: false,
      overdue: false,
      date: null,
      month: i.month,
      series: false,
      occurrences: 0,
      heldOccurrences: 0,
      status: null,
      partnerIds: i.partnerIds,
      classes: i.classes,
    })),
  ];
}

/** Held planned events out of the planned ones; «нет данных» when nothing was planned. */
function fulfilment(units: readonly PlanUnit[], noData: string = NO_DATA.noPlan): Indicator {
  const planned = units.filter((u) => u.planned);
  return percentIndicator('planFulfilment', planned.filter((u) => u.held).length, planned.length, noData);
}

/**
 * What the year's indicators take from its occurrences: counts and sets, a few hundred bytes however many events
 * the year had, so the review keeps them for every year (`ReviewsService`) rather than its calendar. The year's
 * review sums them from its facts (`occurrenceTotals`); the dynamics have SQL sum them (`readOccurrenceTotals`).
 */
export interface OccurrenceTotals {
  occurrences: number;
  held: number;
  /** Planned events (single events and series from plan items) and those of them held; held outside the plan. */
  planned: number;
  plannedHeld: number;
  unplannedHeld: number;
  /** The classes that took part in the held occurrences. */
  classes: Set<string>;
  parents: number;
  teachers: number;
  /** The partners of the held occurrences. */
  partners: Set<number>;
  achievements: number;
  winners: number;
}

export function occurrenceTotals(occurrences: readonly OccurrenceFact[]): OccurrenceTotals {
  const held = occurrences.filter(isHeld);
  const achievements = held.flatMap((o) => o.achievements);
  // Overdue does not change these counts: any day will do.
  const units = planUnits(occurrences, [], '');
  return {
    occurrences: occurrences.length,
    held: held.length,
    planned: units.filter((u) => u.planned).length,
    plannedHeld: units.filter((u) => u.planned && u.held).length,
    unplannedHeld: units.filter((u) => !u.planned && u.held).length,
    classes: classesTookPart(held),
    parents: sum(held.map((o) => o.parents)),
    teachers: sum(held.map((o) => o.teachers)),
    partners: new Set(held.flatMap((o) => o.partnerIds)),
    achievements: achievements.length,
    winners: achievements.filter((a) => isWinning(a)).length,
  };
}

/** The enrolment of the listed classes that took part (in at least one held occurrence), out of all. */
function pupilCoverage(
  classes: YearRecords['classes'],
  took: ReadonlySet<string>,
  occurrences: number,
  level?: Level,
): Indicator {
  if (classes.length === 0) return missing('pupilCoverage', NO_DATA.noClasses);
  if (occurrences === 0) return missing('pupilCoverage', NO_DATA.noEvents);
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

function parentCoverage(families: number | null, totals: OccurrenceTotals): Indicator {
  if (families === null || families === 0) return missing('parentCoverage', NO_DATA.noFamilies);
  if (totals.held === 0) return missing('parentCoverage', NO_DATA.noHeld);
  if (totals.parents === 0) return missing('parentCoverage', NO_DATA.noParents);
  return percentIndicator('parentCoverage', Math.min(totals.parents, families), families, NO_DATA.noFamilies);
}

function staffDevelopment(records: YearRecords): Indicator {
  if (records.teachers === null || records.teachers === 0) return missing('staffDevelopment', NO_DATA.noTeachers);
  if (records.development.length === 0) return missing('staffDevelopment', NO_DATA.noDevelopment);
  const trained = new Set(records.development.filter((d) => d.partnerId !== null).map((d) => d.staffId)).size;
  const teachersTrained = new Set(records.development.map((d) => d.staffId)).size;
  if (teachersTrained > records.teachers) {
    return missing('staffDevelopment', tooFewTeachers(teachersTrained, records.teachers));
  }
  return percentIndicator('staffDevelopment', trained, records.teachers, NO_DATA.noTeachers);
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
      : records.clubs.length === 0
        ? missing('clubCoverage', NO_DATA.noClubs)
        : percentIndicator('clubCoverage', ratio.attended, ratio.enrolment, NO_DATA.noPupils);
  const answers = pool(records.answers);
  const dueLoans = dueLoansOf(records, today);
  const borrowedLoans = records.loans.filter((l) => l.receivedOn >= records.from && l.receivedOn <= records.to);

  const indicators: Indicator[] = [
    percentIndicator('planFulfilment', totals.plannedHeld, totals.planned + records.unscheduled.length, NO_DATA.noPlan),
    pupilCoverage(records.classes, totals.classes, totals.occurrences),
    parentCoverage(records.families, totals),
    records.agreementPartners.size > 0 && totals.occurrences === 0
      ? missing('partnerActivity', NO_DATA.noEvents)
      : percentIndicator(
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
    staffDevelopment(records),
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
  const units = planUnits(facts.occurrences, facts.unscheduled, today);
  const planned = units.filter((u) => u.planned);

  const byLevel: LevelFigures[] = LEVELS.map((level) => {
    const inLevel = ofLevel(level);
    const levelAchievements = achievements.filter((a) => a.className !== '' && levelOfClass(a.className) === level);
    const levelClubs = clubs.levels.find((l) => l.level === level) ?? { attended: 0, enrolment: 0 };
    return {
      level,
      planFulfilment: fulfilment(planned.filter(inLevel), NO_DATA.noLevelPlan),
      pupilCoverage: pupilCoverage(facts.classes, totals.classes, totals.occurrences, level),
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
  const heldOf = byPartnerId(held, (o) => o.partnerIds);
  const unitsOf = byPartnerId(units, (u) => u.partnerIds);
  const developmentOf = byPartnerId(facts.development, (d) => (d.partnerId === null ? [] : [d.partnerId]));
  const loansOf = byPartnerId(borrowedLoans, (l) => [l.partnerId]);
  const clubPupils = new Map(clubs.partners.map((p) => [p.partnerId, p.attended]));
  const byPartner: Omit<PartnerFigures, 'decision'>[] = [...involved]
    .flatMap((id) => {
      const partner = facts.partners.get(id);
      return partner ? [partner] : [];
    })
    .map((partner) => {
      const ownHeld = heldOf.get(partner.id) ?? [];
      const ownUnits = unitsOf.get(partner.id) ?? [];
      const ownPlanned = ownUnits.filter((u) => u.planned);
      const ownAchievements = ownHeld.flatMap((o) => o.achievements);
      return {
        partnerId: partner.id,
        name: partner.name,
        status: partner.status,
        stage: partner.stage,
        agreementInForce: facts.agreementPartners.has(partner.id),
        planned: ownPlanned.length,
        held: ownPlanned.filter((u) => u.held).length,
        unplannedHeld: ownUnits.filter((u) => !u.planned && u.held).length,
        participants: sum(ownHeld.map((o) => o.pupils)),
        parents: sum(ownHeld.map((o) => o.parents)),
        teachers: sum(ownHeld.map((o) => o.teachers)),
        planFulfilment: fulfilment(ownPlanned),
        pupilCoverage: pupilCoverage(facts.classes, classesTookPart(ownHeld), totals.occurrences),
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
      const inMonth = planned.filter((u) => u.month === month);
      return { month, planned: inMonth.length, held: inMonth.filter((u) => u.held).length };
    }),
    itemsBorrowed: sum(borrowedLoans.map((l) => l.items)),
    plan: {
      unplannedHeld: units.filter((u) => !u.planned && u.held).length,
      cancelled: planned.filter((u) => u.cancelled).length,
      overdue: planned.filter((u) => u.overdue).length,
      withoutClasses: [...new Set(planned.filter((u) => u.classes.length === 0).map((u) => u.title))],
      outsidePlan: units.filter((u) => !u.planned && u.held).map(({ date, title }) => ({ date, title })),
      overdueEvents: planned.filter((u) => u.overdue).map(({ date, title }) => ({ date, title })),
    },
    participation: {
      pupils: sum(held.map((o) => o.pupils)),
      parents: totals.parents,
      teachers: totals.teachers,
    },
    survey: {
      respondents: facts.respondents,
      families: facts.families ?? (facts.surveyFamilies > 0 ? facts.surveyFamilies : null),
    },
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
