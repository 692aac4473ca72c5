import { ACHIEVEMENT_LEVEL_LABELS, ACHIEVEMENT_RESULT_LABELS } from '../contract/events';
import { changeText, gapText, indicatorText, planExtrasText, surveyResponseText } from '../contract/review-text';
import {
  DECISION_LABELS,
  INDICATOR_FORMULAS,
  INDICATOR_KINDS,
  INDICATOR_TITLES,
  RATING_LABELS,
  type Indicator,
  type Review,
} from '../contract/reviews';
import { roundIndex } from '../contract/surveys';
import { tableSheet, tablesWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';

/** A value as Excel should hold it: the percent or the index to its printed precision, a number, not a text. */
function rounded(indicator: Indicator): number | null {
  if (indicator.value === null) return null;
  // Rounded as the screen and the report print it, so Excel never shows another last digit.
  return INDICATOR_KINDS[indicator.key] === 'index' ? roundIndex(indicator.value) : Number(indicator.value.toFixed(1));
}

export function reviewTitle(year: string): string {
  return `Показатели эффективности социального партнёрства за ${year} учебный год`;
}

/** The review's figures in Excel: the indicators with targets and dynamics, by partner, by level, achievements. */
export function reviewXlsx(review: Review, info: WorkbookInfo): Promise<Uint8Array> {
  const targets = new Map(review.targets.map((t) => [t.indicator, t.target]));
  const previous = new Map(review.previous.map((i) => [i.key, i]));
  const notes: Partial<Record<Indicator['key'], string | null>> = {
    planFulfilment: planExtrasText(review.figures.plan),
    satisfaction: surveyResponseText(review.figures.survey),
  };
  const indicatorColumns: XlsxColumn<Indicator>[] = [
    { header: 'Показатель', width: 36, value: (i) => INDICATOR_TITLES[i.key] },
    { header: 'Формула', width: 50, value: (i) => INDICATOR_FORMULAS[i.key] },
    { header: 'm', width: 10, value: (i) => i.m },
    { header: 'N', width: 10, value: (i) => i.n },
    { header: 'Значение', width: 12, value: rounded },
    { header: 'Расчёт', width: 30, value: (i) => indicatorText(i) },
    { header: 'Цель', width: 10, value: (i) => targets.get(i.key) ?? null },
    { header: 'Отклонение от цели', width: 16, value: (i) => gapText(i, targets.get(i.key) ?? null) },
    { header: 'Прошлый год', width: 14, value: (i) => rounded(previous.get(i.key) ?? { ...i, value: null }) },
    {
      header: 'Динамика (разница)',
      width: 14,
      value: (i) => changeText(i, previous.get(i.key) ?? { value: null }),
    },
    { header: 'Пояснение', width: 36, value: (i) => notes[i.key] ?? null },
    { header: 'Нет данных, потому что', width: 40, value: (i) => i.noData },
  ];
  type PartnerRow = Review['decisions'][number];
  const partnerColumns: XlsxColumn<PartnerRow>[] = [
    { header: 'Партнёр', width: 36, value: (p) => p.name },
    { header: 'Договор действовал', width: 12, value: (p) => (p.agreementInForce ? 'да' : 'нет') },
    { header: 'Запланировано', width: 14, value: (p) => p.planned },
    { header: 'Проведено', width: 12, value: (p) => p.held },
    { header: 'Проведено вне плана', width: 12, value: (p) => p.unplannedHeld },
    { header: 'Выполнение плана', width: 24, value: (p) => indicatorText(p.planFulfilment) },
    { header: 'Участники (обуч.)', width: 14, value: (p) => p.participants },
    { header: 'Родители', width: 12, value: (p) => p.parents },
    { header: 'Педагоги', width: 12, value: (p) => p.teachers },
    { header: 'Охват обучающихся', width: 24, value: (p) => indicatorText(p.pupilCoverage) },
    { header: 'В кружках', width: 12, value: (p) => p.clubPupils },
    { header: 'Педагогов обучено', width: 12, value: (p) => p.teachersTrained },
    { header: 'Ресурсов получено', width: 12, value: (p) => p.itemsBorrowed },
    { header: 'Достижений', width: 12, value: (p) => p.achievements },
    { header: 'Победителей и призёров', width: 12, value: (p) => p.winners },
    { header: 'Оценка', width: 12, value: (p) => (p.decision.rating ? RATING_LABELS[p.decision.rating] : '') },
    { header: 'Решение', width: 18, value: (p) => (p.decision.decision ? DECISION_LABELS[p.decision.decision] : '') },
    { header: 'Перспективы', width: 40, value: (p) => p.decision.prospects },
  ];
  type LevelRow = Review['figures']['byLevel'][number];
  const levelColumns: XlsxColumn<LevelRow>[] = [
    { header: 'Уровень', width: 10, value: (l) => l.level },
    { header: 'Выполнение плана', width: 26, value: (l) => indicatorText(l.planFulfilment) },
    { header: 'Охват обучающихся', width: 26, value: (l) => indicatorText(l.pupilCoverage) },
    { header: 'Охват доп. образованием', width: 26, value: (l) => indicatorText(l.clubCoverage) },
    { header: 'Достижений', width: 12, value: (l) => l.achievements },
    { header: 'Победителей и призёров', width: 14, value: (l) => l.winners },
  ];
  type AchievementRow = Review['figures']['achievements'][number];
  const achievementColumns: XlsxColumn<AchievementRow>[] = [
    { header: 'Уровень конкурса', width: 20, value: (a) => ACHIEVEMENT_LEVEL_LABELS[a.level] },
    { header: 'Результат', width: 16, value: (a) => ACHIEVEMENT_RESULT_LABELS[a.result] },
    { header: 'Количество', width: 12, value: (a) => a.count },
  ];
  return tablesWorkbook(
    [
      tableSheet({
        sheetName: 'Показатели',
        title: reviewTitle(review.year),
        columns: indicatorColumns,
        rows: review.figures.indicators,
      }),
      tableSheet({ sheetName: 'По партнёрам', columns: partnerColumns, rows: review.decisions }),
      tableSheet({ sheetName: 'По уровням', columns: levelColumns, rows: review.figures.byLevel }),
      tableSheet({
        sheetName: 'Достижения',
        columns: achievementColumns,
        rows: review.figures.achievements.filter((a) => a.count > 0),
      }),
    ],
    info,
  );
}
