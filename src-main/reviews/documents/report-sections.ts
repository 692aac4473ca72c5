import { countOf } from '../../contract/plural';
import { ACHIEVEMENT_LEVEL_LABELS, ACHIEVEMENT_LEVELS, ACHIEVEMENT_RESULTS } from '../../contract/events';
import { changeText, gapText, indicatorText, indicatorValueText } from '../../contract/review-text';
import { decimal } from '../../contract/text';
import {
  DECISION_LABELS,
  INDICATOR_FORMULAS,
  INDICATOR_TITLES,
  RATING_LABELS,
  type Indicator,
  type IndicatorKey,
  type Review,
  type YearFigures,
} from '../../contract/reviews';
import type { Block, TableBlock, TableRow } from '../../documents/model';
import { monthShort, RESULT_PLURALS } from './report-charts';
import { MONTH_NAMES } from '../../contract/plan-text';

/** The classes of each level of education, as a report names them. */
const LEVEL_NAMES: Record<string, string> = {
  НОО: 'НОО (1–4 классы)',
  ООО: 'ООО (5–9 классы)',
  СОО: 'СОО (10–11 классы)',
};

export function indicatorOf(indicators: readonly Indicator[], key: IndicatorKey): Indicator {
  return indicators.find((i) => i.key === key) ?? { key, m: null, n: null, value: null, noData: null };
}

/**
 * «42 из 57 = 73,7 %», or «нет данных: анкетирование не проводилось» with the reason, leaving out the app's hints
 * where to fill the data in («(Реализация → Кружки → …)»), which mean nothing on paper.
 */
export function indicatorSentence(indicator: Indicator): string {
  const text = indicatorText(indicator);
  if (indicator.value !== null || !indicator.noData) return text;
  const reason = indicator.noData.replace(/\s*\([^()]*→[^()]*\)/g, '').trim();
  return reason ? `${text}: ${reason.charAt(0).toLocaleLowerCase('ru-RU')}${reason.slice(1)}` : text;
}

/** «Выполнение плана: 4 из 9 = 44,4 %.» */
export function indicatorParagraph(indicators: readonly Indicator[], key: IndicatorKey): Block {
  return {
    type: 'paragraph',
    firstLineIndent: true,
    runs: [`${INDICATOR_TITLES[key]}: `, { text: indicatorSentence(indicatorOf(indicators, key)), bold: true }, '.'],
  };
}

export function paragraph(text: string): Block {
  return { type: 'paragraph', firstLineIndent: true, runs: [text] };
}

const percentOf = (m: number, n: number) => (n > 0 ? `${decimal((m * 100) / n)} %` : '—');

/**
 * Planned, held and held outside the plan by month; months with none left out, items without a month on a row of
 * their own.
 */
export function monthsTable(figures: YearFigures): TableBlock {
  const fulfilment = indicatorOf(figures.indicators, 'planFulfilment');
  const outside = new Map<string, number>();
  for (const e of figures.plan.outsidePlan) {
    const month = e.date?.slice(0, 7) ?? '';
    outside.set(month, (outside.get(month) ?? 0) + 1);
  }
  const rows: TableRow[] = figures.byMonth
    .filter((m) => m.planned > 0 || m.held > 0 || outside.has(m.month))
    .map((m) => ({
      cells: [
        `${MONTH_NAMES[Number(m.month.slice(5, 7)) - 1] ?? monthShort(m.month)} ${m.month.slice(0, 4)}`,
        String(m.planned),
        String(m.held),
        percentOf(m.held, m.planned),
        String(outside.get(m.month) ?? 0),
      ],
    }));
  const monthsPlanned = figures.byMonth.reduce((sum, m) => sum + m.planned, 0);
  const monthsHeld = figures.byMonth.reduce((sum, m) => sum + m.held, 0);
  const planned = fulfilment.n ?? monthsPlanned;
  const held = fulfilment.m ?? monthsHeld;
  if (planned > monthsPlanned) {
    rows.push({ cells: ['Срок не указан', String(planned - monthsPlanned), '0', '—', '—'] });
  }
  rows.push({
    cells: ['Итого', String(planned), String(held), percentOf(held, planned), String(figures.plan.outsidePlan.length)],
  });
  return {
    type: 'table',
    columns: [
      { title: 'Месяц', width: 13 },
      { title: 'Запланировано', width: 12, align: 'center' },
      { title: 'Проведено', width: 10, align: 'center' },
      { title: 'Выполнение', width: 10, align: 'center' },
      { title: 'Проведено вне плана', width: 11, align: 'center' },
    ],
    rows,
  };
}

/** Coverage by joint events and by clubs, overall and by level of education, as formulas. */
export function coverageTable(figures: YearFigures): TableBlock {
  return {
    type: 'table',
    columns: [
      { title: 'Уровень образования', width: 12 },
      { title: 'Охват совместными мероприятиями', width: 14, align: 'center' },
      { title: 'Охват дополнительным образованием', width: 14, align: 'center' },
    ],
    rows: [
      {
        cells: [
          'Всего',
          indicatorText(indicatorOf(figures.indicators, 'pupilCoverage')),
          indicatorText(indicatorOf(figures.indicators, 'clubCoverage')),
        ],
      },
      ...figures.byLevel.map((l) => ({
        cells: [LEVEL_NAMES[l.level] ?? l.level, indicatorText(l.pupilCoverage), indicatorText(l.clubCoverage)],
      })),
    ],
  };
}

/** Entries by level of contest and result, with the totals; null when there were none. */
export function achievementsTable(figures: YearFigures): TableBlock | null {
  const count = (level: string, result: string) =>
    figures.achievements.find((a) => a.level === level && a.result === result)?.count ?? 0;
  const levels = ACHIEVEMENT_LEVELS.filter((level) => ACHIEVEMENT_RESULTS.some((r) => count(level, r) > 0));
  if (levels.length === 0) return null;
  const row = (label: string, of: (result: string) => number) => {
    const counts = ACHIEVEMENT_RESULTS.map(of);
    return { cells: [label, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))] };
  };
  return {
    type: 'table',
    columns: [
      { title: 'Уровень конкурса', width: 40 },
      ...ACHIEVEMENT_RESULTS.map((r) => ({ title: RESULT_PLURALS[r], width: 30, align: 'center' as const })),
      { title: 'Всего', width: 30, align: 'center' },
    ],
    rows: [
      ...levels.map((level) => row(ACHIEVEMENT_LEVEL_LABELS[level], (result) => count(level, result))),
      row('Итого', (result) => levels.reduce((sum, level) => sum + count(level, result), 0)),
    ],
  };
}

/** «ООО — 3 (победителей и призёров 2)» for each level of education. */
export function achievementsByLevel(figures: YearFigures): string {
  const parts = figures.byLevel.map(
    (l) => `${l.level} — ${l.achievements}${l.achievements > 0 ? ` (победителей и призёров ${l.winners})` : ''}`,
  );
  return `По уровням образования: ${parts.join('; ')}.`;
}

/** Показатель | Расчёт | Цель | Отклонение | Прошлый год | Динамика: this year minus last, in п.п. for a percent. */
export function indicatorsTable(review: Review): TableBlock {
  const targets = new Map(review.targets.map((t) => [t.indicator, t.target]));
  return {
    type: 'table',
    small: true,
    columns: [
      // Millimetres of the 160 of the page, each a little wider than its longest word in 10.5 pt PT Serif.
      { title: 'Показатель', width: 37.5 },
      { title: 'Расчёт', width: 36 },
      { title: 'Цель', width: 14, align: 'center' },
      { title: 'Отклонение от цели', width: 26.5, align: 'center' },
      { title: 'Прошлый год', width: 22, align: 'center' },
      { title: 'Динамика (разница)', width: 24, align: 'center' },
    ],
    rows: review.figures.indicators.map((indicator) => {
      const target = targets.get(indicator.key) ?? null;
      const previous = indicatorOf(review.previous, indicator.key);
      return {
        cells: [
          INDICATOR_TITLES[indicator.key],
          indicatorText(indicator),
          target === null ? '—' : indicatorValueText({ key: indicator.key, value: target }),
          gapText(indicator, target) ?? '—',
          indicatorValueText(previous),
          changeText(indicator, previous),
        ],
      };
    }),
  };
}

/** How each indicator is counted: «Выполнение плана — проведённые мероприятия / запланированные … × 100 %». */
export function methodList(review: Review): Block {
  return {
    type: 'list',
    ordered: false,
    items: review.figures.indicators.map((i) => [
      { text: INDICATOR_TITLES[i.key], italic: true },
      ` — ${INDICATOR_FORMULAS[i.key]}${i.key === 'satisfaction' ? '' : ' × 100 %'}.`,
    ]),
  };
}

/** «2 из 3» and «(66,7 %)» on two lines; «нет данных» when nothing was planned. */
function heldOfPlanned(indicator: Indicator): string[] {
  if (indicator.value === null || indicator.m === null || indicator.n === null) return [indicatorText(indicator)];
  return [`${indicator.m} из ${indicator.n}`, `(${decimal(indicator.value)} %)`];
}

/** Партнёр | Проведено / запланировано | Участники | Оценка | Решение | Перспективы. */
export function partnersTable(review: Review): TableBlock {
  return {
    type: 'table',
    small: true,
    columns: [
      // Millimetres of the 160 of the page, each a little wider than its longest word in 10.5 pt PT Serif; a soft
      // hyphen where a word is longer than the column is wide.
      { title: 'Партнёр', width: 34 },
      { title: 'Проведено / запла\u00ADнировано', width: 24, align: 'center' },
      { title: 'Участники', width: 28 },
      { title: 'Оценка', width: 18, align: 'center' },
      { title: 'Решение', width: 27, align: 'center' },
      { title: 'Перспективы', width: 29 },
    ],
    rows: review.decisions.map((p) => {
      const participants = [
        ...(p.participants > 0 ? [countOf(p.participants, ['обучающийся', 'обучающихся', 'обучающихся'])] : []),
        ...(p.parents > 0 ? [countOf(p.parents, ['родитель', 'родителя', 'родителей'])] : []),
        ...(p.teachers > 0 ? [countOf(p.teachers, ['педагог', 'педагога', 'педагогов'])] : []),
      ];
      return {
        cells: [
          p.agreementInForce ? [p.name] : [p.name, '(без договора)'],
          [...heldOfPlanned(p.planFulfilment), ...(p.unplannedHeld > 0 ? [`вне плана: ${p.unplannedHeld}`] : [])],
          participants.length > 0 ? participants : '—',
          p.decision.rating ? RATING_LABELS[p.decision.rating] : '—',
          p.decision.decision ? DECISION_LABELS[p.decision.decision] : '—',
          p.decision.prospects.trim() || '—',
        ],
      };
    }),
  };
}

/** «ИМЦ — 2 педагога», one line a partner, for the partners with any. */
export function partnerCounts(
  review: Review,
  count: (p: Review['decisions'][number]) => number,
  forms: [string, string, string],
): Block | null {
  const partners = review.decisions.filter((p) => count(p) > 0);
  if (partners.length === 0) return null;
  return {
    type: 'list',
    ordered: false,
    items: partners.map((p) => [`${p.name} — ${countOf(count(p), forms)}`]),
  };
}

/** The office's own text, a paragraph a line; three lines to write on by hand when it wrote none. */
export function officeText(text: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.map(paragraph) : [{ type: 'blankLines', count: 3 }];
}
