import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatIndex, formatIndexChange, formatResponseRate } from '../../../src-main/contract/surveys';
import {
  bandOf,
  indexChange,
  overallSatisfaction,
  questionSatisfaction,
  responseRate,
  type OptionCount,
} from '../../../src-main/surveys/satisfaction';

const yesPartlyNo = (yes: number, partly: number, no: number): OptionCount[] => [
  { text: 'Да', score: 1, count: yes },
  { text: 'Частично', score: 0.5, count: partly },
  { text: 'Нет', score: 0, count: no },
];

describe('the satisfaction index of one question', () => {
  it('is the mean score of its answers: 22 «да», 5 «частично», 4 «нет» give (22 + 2.5) / 31 = 0.79, high', () => {
    const result = questionSatisfaction(yesPartlyNo(22, 5, 4));
    expect(result.answered).toBe(31);
    expect(result.index).toBeCloseTo(24.5 / 31, 12);
    expect(result.band).toBe('high');
    expect(result.summary).toBe('0,79 — высокий: 31 ответ, из них „да“ 22, „частично“ 5, „нет“ 4');
  });

  it('is 0.5, medium, for 10 «да» and 10 «нет», and 0.25, low, for 1 «частично» and 1 «нет»', () => {
    expect(questionSatisfaction(yesPartlyNo(10, 0, 10))).toMatchObject({ answered: 20, index: 0.5, band: 'medium' });
    expect(questionSatisfaction(yesPartlyNo(0, 1, 1))).toMatchObject({ answered: 2, index: 0.25, band: 'low' });
  });

  it('is null — «нет данных», never 0 — when nobody answered the question', () => {
    const result = questionSatisfaction(yesPartlyNo(0, 0, 0));
    expect(result).toEqual({
      answered: 0,
      index: null,
      band: null,
      summary: 'нет данных: на вопрос никто не ответил',
    });
    expect(formatIndex(result.index)).toBe('нет данных');
  });

  it('uses the scores of the options as the office set them', () => {
    const options: OptionCount[] = [
      { text: 'Полностью', score: 1, count: 3 },
      { text: 'Скорее да', score: 0.75, count: 4 },
      { text: 'Скорее нет', score: 0.25, count: 2 },
      { text: 'Нет', score: 0, count: 1 },
    ];
    // (3 + 3 + 0.5 + 0) / 10
    expect(questionSatisfaction(options).index).toBeCloseTo(0.65, 12);
  });
});

describe('the bands', () => {
  it('put 0.40 in the low band and 0.70 in the medium band, as the boundaries belong to the lower band', () => {
    expect(bandOf(0)).toBe('low');
    expect(bandOf(0.4)).toBe('low');
    expect(bandOf(0.41)).toBe('medium');
    expect(bandOf(0.7)).toBe('medium');
    expect(bandOf(0.71)).toBe('high');
    expect(bandOf(1)).toBe('high');
  });

  it('are read from the index to hundredths, as it is printed: 2 of 5 answers «да» is exactly 0.40, low', () => {
    expect(questionSatisfaction(yesPartlyNo(2, 0, 3))).toMatchObject({ index: 0.4, band: 'low' });
    expect(questionSatisfaction(yesPartlyNo(7, 0, 3))).toMatchObject({ index: 0.7, band: 'medium' });
    // 0.404 prints «0,40» and is low; 0.705 prints «0,71» and is high.
    expect([bandOf(0.404), formatIndex(0.404)]).toEqual(['low', '0,40']);
    expect([bandOf(0.705), formatIndex(0.705)]).toEqual(['high', '0,71']);
  });
});

describe('the overall index', () => {
  it('pools every answer of every choice question, so a question with more answers weighs more', () => {
    // Question 1: 8 «да», 2 «нет» (0.8); question 2: 1 «частично», 1 «нет» (0.25).
    // Pooled: (8 + 0.5) / 12 = 0.708…, not the mean of the two indices (0.525).
    const result = overallSatisfaction([yesPartlyNo(8, 0, 2), yesPartlyNo(0, 1, 1)]);
    expect(result.answered).toBe(12);
    expect(result.index).toBeCloseTo(8.5 / 12, 12);
    expect(result.band).toBe('high');
    expect(result.summary).toBe('0,71 — высокий: 12 ответов по 2 вопросам');
  });

  it('is not changed by a question nobody answered', () => {
    const answered = [yesPartlyNo(8, 0, 2), yesPartlyNo(0, 1, 1)];
    const withEmpty = overallSatisfaction([...answered, yesPartlyNo(0, 0, 0)]);
    expect(withEmpty.index).toBe(overallSatisfaction(answered).index);
    expect(withEmpty.answered).toBe(12);
    expect(withEmpty.summary).toBe('0,71 — высокий: 12 ответов по 2 вопросам из 3');
  });

  it('is null when there are no answers at all, and when there are no choice questions', () => {
    expect(overallSatisfaction([yesPartlyNo(0, 0, 0), yesPartlyNo(0, 0, 0)])).toEqual({
      answered: 0,
      index: null,
      band: null,
      summary: 'нет данных: ответов пока нет',
    });
    expect(overallSatisfaction([]).index).toBeNull();
  });
});

const optionCounts = fc.array(
  fc.record({
    text: fc.constantFrom('Да', 'Частично', 'Нет', 'Скорее да'),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    count: fc.integer({ min: 0, max: 20_000 }),
  }),
  { maxLength: 10 },
);

describe('the index, for any answers', () => {
  test.prop([optionCounts])(
    'lies in [0, 1] whenever somebody answered, and is null exactly when nobody did',
    (options) => {
      const { answered, index, band } = questionSatisfaction(options);
      expect(answered).toBe(options.reduce((sum, o) => sum + o.count, 0));
      if (answered === 0) {
        expect(index).toBeNull();
        expect(band).toBeNull();
      } else {
        expect(index).not.toBeNull();
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(1);
        expect(band).toBe(bandOf(index ?? 0));
      }
    },
  );

  test.prop([fc.array(optionCounts, { maxLength: 8 })])(
    'pooled overall, lies in [0, 1] or is null when no answers',
    (questions) => {
      const { answered, index } = overallSatisfaction(questions);
      expect(index === null).toBe(answered === 0);
      if (index !== null) {
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(1);
      }
    },
  );
});

describe('the response rate and the change since an earlier survey', () => {
  it('counts forms returned out of families, and says «нет данных» when the number of families is 0', () => {
    expect(responseRate(31, 40)).toBeCloseTo(0.775, 12);
    expect(formatResponseRate(responseRate(31, 40))).toBe('77,5\u00A0%');
    expect(responseRate(31, 0)).toBeNull();
    expect(formatResponseRate(responseRate(31, 0))).toBe('нет данных');
  });

  it('is the difference of the indices as printed, with a sign, and «—» when either is missing', () => {
    expect(indexChange(0.784, 0.736)).toBe(0.04);
    expect(formatIndexChange(indexChange(0.784, 0.736))).toBe('+0,04');
    expect(formatIndexChange(indexChange(0.5, 0.62))).toBe('\u22120,12');
    expect(formatIndexChange(indexChange(0.5, 0.5))).toBe('0,00');
    expect(indexChange(null, 0.5)).toBeNull();
    expect(indexChange(0.5, null)).toBeNull();
    expect(formatIndexChange(null)).toBe('—');
  });
});
