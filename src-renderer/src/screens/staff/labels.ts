import { timingText } from '@contract/plan-text';
import { STAFF_FORMS, STAFF_FORM_LABELS } from '@contract/staff';
import { decimal } from '@contract/text';

export const TEACHER_FORMS = ['педагог', 'педагога', 'педагогов'] as const;
export const RECORD_FORMS = ['запись', 'записи', 'записей'] as const;
export const HOUR_FORMS = ['час', 'часа', 'часов'] as const;

export const FORM_OPTIONS = STAFF_FORMS.map((form) => ({ value: form, label: STAFF_FORM_LABELS[form] }));

/** «12.10.2026», «12.10–23.10.2026», «28.12.2026–09.01.2027»: written as the plan writes its periods. */
export function datesText(dateFrom: string, dateTo: string): string {
  return timingText({ timing: 'range', month: null, dateFrom, dateTo, timeFrom: null, timeTo: null });
}

/** «66,7 %» of a part in a whole; «—» when the whole is nothing. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${decimal((part * 100) / whole)} %`;
}
