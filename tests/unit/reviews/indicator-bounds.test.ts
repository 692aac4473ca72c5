import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { indicatorText } from '../../../src-main/contract/review-text';
import { INDICATOR_KINDS } from '../../../src-main/contract/reviews';
import { computeYearFigures } from '../../../src-main/reviews/indicators';
import type { YearFacts } from '../../../src-main/reviews/year-read-model';

const CLASSES = ['1А', '4Б', '5А', '9В', '10А', '11А'];
const STATUSES = ['planned', 'held', 'moved', 'cancelled'] as const;

const facts = fc.record({
  classes: fc.uniqueArray(fc.record({ name: fc.constantFrom(...CLASSES), pupils: fc.integer({ min: 0, max: 30 }) }), {
    selector: (c) => c.name,
  }),
  occurrences: fc.array(
    fc.record({
      status: fc.constantFrom(...STATUSES),
      partnerIds: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
      classes: fc.uniqueArray(fc.constantFrom(...CLASSES), { maxLength: 3 }),
      pupils: fc.integer({ min: 0, max: 60 }),
      parents: fc.integer({ min: 0, max: 300 }),
      teachers: fc.integer({ min: 0, max: 10 }),
      planned: fc.boolean(),
      series: fc.constantFrom(null, 1001, 1002),
      day: fc.integer({ min: 0, max: 364 }),
    }),
    { maxLength: 20 },
  ),
  families: fc.option(fc.integer({ min: 0, max: 250 })),
  teachers: fc.option(fc.integer({ min: 0, max: 60 })),
  development: fc.array(
    fc.record({ staffId: fc.integer({ min: 1, max: 30 }), partnerId: fc.option(fc.integer({ min: 1, max: 4 })) }),
    { maxLength: 10 },
  ),
  agreementPartners: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 4 }),
  answers: fc.array(fc.record({ score: fc.constantFrom(0, 0.5, 1), count: fc.integer({ min: 0, max: 40 }) }), {
    maxLength: 6,
  }),
  clubRows: fc.array(fc.record({ className: fc.constantFrom(...CLASSES), pupils: fc.integer({ min: 1, max: 40 }) }), {
    maxLength: 6,
  }),
});

type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

function yearFacts(input: Facts): YearFacts {
  const date = (day: number) => new Date(Date.UTC(2025, 8, 1 + day)).toISOString().slice(0, 10);
  return {
    year: '2025/2026',
    from: '2025-09-01',
    to: '2026-08-31',
    occurrences: input.occurrences.map((o, i) => ({
      key: String(i + 1),
      eventId: i + 1,
      seriesId: o.series,
      planned: o.planned,
      title: `Мероприятие ${i + 1}`,
      date: date(o.day),
      status: o.status,
      partnerIds: o.partnerIds,
      classes: o.classes,
      pupils: o.status === 'held' ? o.pupils : 0,
      parents: o.status === 'held' ? o.parents : 0,
      teachers: o.status === 'held' ? o.teachers : 0,
      achievements: [],
    })),
    unscheduled: [],
    classes: input.classes,
    families: input.families,
    partners: new Map([1, 2, 3, 4].map((id) => [id, { id, name: `Партнёр ${id}`, status: 'active', stage: 3 }])),
    agreementPartners: new Set(input.agreementPartners),
    clubs: [{ partnerId: 1, partnerName: 'Партнёр 1', clubName: 'Кружок', attendance: dedupe(input.clubRows) }],
    teachers: input.teachers,
    development: input.development.map((d) => ({
      ...d,
      staffName: `Педагог ${d.staffId}`,
      title: 'Курсы',
      dateFrom: '2025-10-01',
    })),
    loans: [],
    answers: input.answers.map((a) => ({ surveyTitle: 'Анкета', ...a })),
    surveys: input.answers.length > 0 ? 1 : 0,
    respondents: 0,
    surveyFamilies: 0,
  };
}

function dedupe(rows: { className: string; pupils: number }[]) {
  return [...new Map(rows.map((r) => [r.className, r])).values()];
}

describe('indicators of any year', () => {
  test.prop([facts])('are within their range or «нет данных» with a reason, never NaN, m never above N', (input) => {
    const figures = computeYearFigures(yearFacts(input), '2026-11-26');
    const all = [
      ...figures.indicators,
      ...figures.byLevel.flatMap((l) => [l.planFulfilment, l.pupilCoverage, l.clubCoverage]),
      ...figures.byPartner.flatMap((p) => [p.planFulfilment, p.pupilCoverage]),
    ];
    for (const indicator of all) {
      const text = indicatorText(indicator);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      if (indicator.value === null) {
        expect(text).toBe('нет данных');
        expect(indicator.noData).toBeTruthy();
        continue;
      }
      const max = INDICATOR_KINDS[indicator.key] === 'index' ? 1 : 100;
      expect(indicator.value).toBeGreaterThanOrEqual(0);
      expect(indicator.value).toBeLessThanOrEqual(max + 1e-9);
      expect(indicator.m ?? 0).toBeLessThanOrEqual(indicator.n ?? 0);
    }
  });
});
