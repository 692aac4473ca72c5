import { countOf } from '../../contract/plural';
import { academicYearStart } from '../../contract/academic-year';
import { formatDate } from '../../contract/dates';
import type { Review } from '../../contract/reviews';
import { planExtrasText, surveyResponseText, withoutClassesText } from '../../contract/review-text';
import { DEFAULT_DEPUTY_POSITION, type SchoolProfile } from '../../contract/settings';
import { signerInitials, typographic } from '../../documents/russian-text';
import { directorApproval } from '../../documents/approval';
import { SIGNATURE_BLANK, type Block, type ChartSpec, type DocumentModel } from '../../documents/model';
import {
  achievementsChart,
  coverageChart,
  dynamicsChart,
  monthsChart,
  satisfactionChart,
  type YearIndicators,
} from './report-charts';
import {
  achievementsByLevel,
  achievementsTable,
  coverageTable,
  indicatorOf,
  indicatorParagraph,
  indicatorSentence,
  indicatorsTable,
  methodList,
  monthsTable,
  officeText,
  paragraph,
  partnerCounts,
  partnersTable,
} from './report-sections';

/** «Аналитическая справка по итогам реализации программы социального партнёрства за 2025/2026 учебный год». */
export function analyticReportTitle(year: string): string {
  return `Аналитическая справка по итогам реализации программы социального партнёрства за ${year} учебный год`;
}

/** The print job's and the file's name: «Аналитическая справка 2025/2026». */
export function analyticReportDocumentTitle(year: string): string {
  return `Аналитическая справка ${year}`;
}

export interface AnalyticReportData {
  /** The review of the year: when approved, its figures are those approved. */
  review: Review;
  /** The indicators of every year (`ReviewsService.dynamics()`), for the charts over the years. */
  dynamics: readonly YearIndicators[];
  school: SchoolProfile;
  /** The programme's goal (Программа); empty leaves it out. */
  programGoal: string;
  /** The day the report is printed: a draft's date. */
  today: string;
}

/**
 * «от 30.06.2027 № 12» once approved (a line to write the number on when none was given), «Проект от 07.12.2026»
 * while it is a draft: the report's date and number, under its title.
 */
export function reportDateLine(review: Review, today: string): string {
  if (!review.approval) return `Проект от ${formatDate(today)}`;
  const number = review.approval.number.trim() || '______';
  return `от ${formatDate(review.approval.approvedOn.slice(0, 10))} № ${number}`;
}

const heading = (text: string): Block => ({ type: 'heading', level: 2, align: 'left', text });
const chart = (spec: ChartSpec | null): Block[] => (spec ? [{ type: 'chart', chart: spec }] : []);

/** The years up to the report's, the report's own with its (perhaps approved) figures. */
function yearsUpTo(review: Review, dynamics: readonly YearIndicators[]): YearIndicators[] {
  const start = academicYearStart(review.year);
  return [
    ...dynamics.filter((y) => academicYearStart(y.year) < start),
    { year: review.year, indicators: review.figures.indicators },
  ];
}

function purpose(year: string, goal: string): Block[] {
  return [
    heading('1. Цель'),
    paragraph(
      `Оценить результативность реализации программы социального партнёрства в ${year} учебном году ` +
        'и определить направления дальнейшего сотрудничества с социальными партнёрами.',
    ),
    ...(goal.trim() ? [paragraph(`Цель программы: ${goal.trim()}`)] : []),
  ];
}

function partners(review: Review): Block[] {
  const all = review.decisions;
  const withAgreement = all.filter((p) => p.agreementInForce);
  const blocks: Block[] = [heading('2. Социальные партнёры и договоры')];
  if (all.length === 0) {
    return [...blocks, paragraph('В учебном году социальные партнёры в реализации программы не участвовали.')];
  }
  blocks.push(
    paragraph(
      `В реализации программы участвовали ${countOf(all.length, ['социальный партнёр', 'социальных партнёра', 'социальных партнёров'])}, ` +
        `из них с договором, действовавшим в учебном году, — ${withAgreement.length}.`,
    ),
  );
  if (withAgreement.length > 0) {
    blocks.push(paragraph('Договоры о сотрудничестве действовали с партнёрами:'), {
      type: 'list',
      ordered: true,
      items: withAgreement.map((p) => [p.name]),
    });
  }
  blocks.push(indicatorParagraph(review.figures.indicators, 'partnerActivity'));
  return blocks;
}

/** «04.03.2026 — Квест (вне плана)» for each event of a list. */
function datedList(events: readonly { date: string | null; title: string }[], mark: string): Block {
  return {
    type: 'list',
    ordered: false,
    items: events.map((e) => [`${e.date ? `${formatDate(e.date)} — ` : ''}${e.title} (${mark})`]),
  };
}

/** More events held outside the plan than this are counted by month in the table, not listed one by one. */
export const OUTSIDE_PLAN_LISTED = 20;

/**
 * The events held outside the plan: listed with their days when they are few; when there are more, their number,
 * counted by month in the plan's table, and where the office finds them one by one.
 */
function outsidePlanBlocks(events: readonly { date: string | null; title: string }[]): Block[] {
  if (events.length === 0) return [];
  if (events.length <= OUTSIDE_PLAN_LISTED) {
    return [
      paragraph('Мероприятия, проведённые вне плана (в выполнении плана не учитываются):'),
      datedList(events, 'вне плана'),
    ];
  }
  return [
    paragraph(
      `Вне плана проведено ${countOf(events.length, ['мероприятие', 'мероприятия', 'мероприятий'])} ` +
        '(в выполнении плана не учитываются); по месяцам — в таблице ниже, их перечень — в разделе «Анализ» ' +
        '(показатель «Выполнение плана») и в календаре с отметкой «вне плана».',
    ),
  ];
}

function plan(review: Review): Block[] {
  const { figures } = review;
  const fulfilment = indicatorOf(figures.indicators, 'planFulfilment');
  const { plan: extras, participation } = figures;
  const levels = figures.byLevel.map((l) => `${l.level} — ${indicatorSentence(l.planFulfilment)}`).join('; ');
  const remark = withoutClassesText(extras.withoutClasses);
  return [
    heading('3. Выполнение плана совместной деятельности'),
    indicatorParagraph(figures.indicators, 'planFulfilment'),
    paragraph(
      'Запланированными считаются мероприятия из пунктов плана (отменённые тоже) и пункты плана, не внесённые в ' +
        'календарь; серия занятий по одному пункту плана — одно мероприятие, выполненное, если проведено хотя бы ' +
        `одно занятие. ${capitalized(planExtrasText(extras))}.`,
    ),
    ...outsidePlanBlocks(extras.outsidePlan),
    ...(extras.overdueEvents.length > 0
      ? [
          paragraph('Запланированные мероприятия, дата которых прошла, а проведение не отмечено:'),
          datedList(extras.overdueEvents, 'просрочено'),
        ]
      : []),
    ...(fulfilment.n ? [paragraph(`По уровням образования: ${levels}.`)] : []),
    ...(remark ? [paragraph(remark)] : []),
    paragraph(
      `Участники проведённых мероприятий (по итогам мероприятий): обучающихся — ${participation.pupils}, ` +
        `родителей — ${participation.parents}, педагогов — ${participation.teachers}.`,
    ),
    ...(fulfilment.n || extras.outsidePlan.length > OUTSIDE_PLAN_LISTED ? [monthsTable(figures)] : []),
    ...(fulfilment.n ? chart(monthsChart(figures)) : []),
  ];
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('ru-RU') + text.slice(1);

function coverage(review: Review): Block[] {
  const { figures } = review;
  return [
    heading('4. Охват обучающихся'),
    indicatorParagraph(figures.indicators, 'pupilCoverage'),
    indicatorParagraph(figures.indicators, 'clubCoverage'),
    coverageTable(figures),
    ...chart(coverageChart(figures)),
  ];
}

function parents(review: Review, years: readonly YearIndicators[]): Block[] {
  const hasSatisfaction = years.some((y) => indicatorOf(y.indicators, 'satisfaction').value !== null);
  const response = surveyResponseText(review.figures.survey);
  return [
    heading('5. Участие родителей и их удовлетворённость'),
    indicatorParagraph(review.figures.indicators, 'parentCoverage'),
    indicatorParagraph(review.figures.indicators, 'satisfaction'),
    ...(response ? [paragraph(`В анкетировании участвовали: ${response}.`)] : []),
    ...(hasSatisfaction ? chart(satisfactionChart(years)) : []),
  ];
}

function achievements(review: Review): Block[] {
  const { figures } = review;
  const table = achievementsTable(figures);
  return [
    heading('6. Достижения обучающихся'),
    ...(table
      ? [
          indicatorParagraph(figures.indicators, 'achievementWinners'),
          table,
          paragraph(achievementsByLevel(figures)),
          ...chart(achievementsChart(figures)),
        ]
      : [paragraph('Участие обучающихся в конкурсах в учебном году не отмечено.')]),
  ];
}

function staff(review: Review): Block[] {
  const list = partnerCounts(review, (p) => p.teachersTrained, ['педагог', 'педагога', 'педагогов']);
  return [
    heading('7. Повышение квалификации педагогов через партнёров'),
    indicatorParagraph(review.figures.indicators, 'staffDevelopment'),
    ...(list ? [paragraph('Повышение квалификации организовали партнёры:'), list] : []),
    paragraph(
      `Педагогов — участников проведённых мероприятий (сумма по итогам мероприятий): ${review.figures.participation.teachers}.`,
    ),
  ];
}

function resources(review: Review): Block[] {
  const list = partnerCounts(review, (p) => p.itemsBorrowed, ['единица', 'единицы', 'единиц']);
  const borrowed = review.figures.itemsBorrowed;
  return [
    heading('8. Ресурсы партнёров'),
    paragraph(
      borrowed > 0
        ? `Получено от партнёров во временное пользование: ${countOf(borrowed, ['единица', 'единицы', 'единиц'])} ресурсов.`
        : 'Ресурсы партнёров во временное пользование в учебном году не получались.',
    ),
    ...(list ? [list] : []),
    indicatorParagraph(review.figures.indicators, 'resourcesOnTime'),
  ];
}

function indicators(review: Review, years: readonly YearIndicators[]): Block[] {
  return [
    heading('9. Показатели эффективности'),
    indicatorsTable(review),
    paragraph('Показатели рассчитаны так:'),
    methodList(review),
    ...chart(dynamicsChart(years)),
  ];
}

function effectiveness(review: Review): Block[] {
  return [
    heading('10. Эффективность взаимодействия с партнёрами'),
    ...(review.decisions.length > 0
      ? [partnersTable(review)]
      : [paragraph('Партнёров, участвовавших в реализации программы, нет.')]),
  ];
}

/** The deputy director who drew the report up and the director, as the school profile names them. */
function signatures(review: Review, school: SchoolProfile): Block[] {
  const director = [school.directorPosition.trim() || 'Директор', school.shortName.trim()].filter(Boolean).join(' ');
  const blocks: Block[] = [
    {
      type: 'signatures',
      signatures: [
        {
          position: school.deputyPosition.trim() || DEFAULT_DEPUTY_POSITION,
          name: typographic(signerInitials(school.deputyName)) || SIGNATURE_BLANK,
        },
        { position: director, name: typographic(signerInitials(school.directorName)) || SIGNATURE_BLANK },
      ],
    },
  ];
  if (review.approval) {
    const by = review.approval.approvedBy.trim();
    blocks.push({
      type: 'paragraph',
      align: 'left',
      runs: [`Справка утверждена ${formatDate(review.approval.approvedOn.slice(0, 10))}${by ? `: ${by}` : ''}.`],
    });
  }
  return blocks;
}

/**
 * The stage-4 analytic report of one academic year, built from the review's figures: purpose, partners and
 * agreements, the plan by month, coverage, parents, achievements, teachers, resources, every indicator with its
 * target and dynamics, each partner's effectiveness and the decision on it, the office's conclusions and tasks, and
 * the signatures. «нет данных» wherever an indicator has none. Where the office wrote no conclusions or tasks, three
 * blank lines are left to write them by hand.
 */
export function buildAnalyticReport({
  review,
  dynamics,
  school,
  programGoal,
  today,
}: AnalyticReportData): DocumentModel {
  const years = yearsUpTo(review, dynamics);
  return {
    title: analyticReportDocumentTitle(review.year),
    orientation: 'portrait',
    blocks: [
      { type: 'approval', entries: [directorApproval(school)] },
      { type: 'heading', level: 1, text: analyticReportTitle(review.year) },
      { type: 'paragraph', align: 'center', runs: [school.fullName] },
      { type: 'paragraph', align: 'center', runs: [typographic(reportDateLine(review, today))] },
      ...purpose(review.year, programGoal),
      ...partners(review),
      ...plan(review),
      ...coverage(review),
      ...parents(review, years),
      ...achievements(review),
      ...staff(review),
      ...resources(review),
      ...indicators(review, years),
      ...effectiveness(review),
      heading('11. Выводы'),
      ...officeText(review.conclusions),
      heading('12. Задачи на следующий учебный год'),
      ...officeText(review.nextTasks),
      ...signatures(review, school),
    ],
  };
}
