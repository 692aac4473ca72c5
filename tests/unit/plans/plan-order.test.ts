import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { PlanItem } from '../../../src-main/contract/plans';
import { comparePlanItems, sortedPlanItems } from '../../../src-main/contract/plan-order';
import { SAMPLE_PLAN } from './plan-sample';

const base = SAMPLE_PLAN.items[0] as PlanItem;

/** Items that differ where the plan's order looks: month, day, time, title (Russian, ё and е, cases), id. */
const item = fc.record({
  id: fc.integer({ min: 1, max: 50 }),
  planMonth: fc.constantFrom('2026-09', '2026-10', '2027-01'),
  dateFrom: fc.constantFrom(null, '2026-09-01', '2026-09-15', '2026-10-02'),
  timeFrom: fc.constantFrom(null, '09:00', '14:30'),
  title: fc.constantFrom(
    'Ёлка',
    'Елка',
    'елка',
    'Акция',
    'акция «Добро»',
    'Беседа',
    'Яблоко',
    'Äpfel',
    'Урок 10',
    'Урок 9',
  ),
});

describe('the plan’s order', () => {
  test.prop([fc.array(item, { maxLength: 60 })])(
    'sorts a whole plan as comparePlanItems orders any two of its items',
    (fields) => {
      const items = fields.map((f): PlanItem => ({ ...base, ...f }));
      expect(sortedPlanItems([...items])).toEqual([...items].sort(comparePlanItems));
    },
  );
});
