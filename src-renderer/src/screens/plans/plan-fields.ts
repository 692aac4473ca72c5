import type { PlanItemFields } from '@contract/plans';

/** Only the values the chosen timing uses go to the store; the others are cleared. */
export function normalizedTiming(fields: PlanItemFields): PlanItemFields {
  switch (fields.timing) {
    case 'month':
      return { ...fields, dateFrom: null, dateTo: null, timeFrom: null, timeTo: null };
    case 'range':
      return { ...fields, month: null, timeFrom: null, timeTo: null };
    case 'exact':
      return { ...fields, month: null, dateTo: null, timeFrom: fields.timeFrom || null, timeTo: fields.timeTo || null };
  }
}
