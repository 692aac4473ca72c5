import { formatRubles, parseRubles, type AcquisitionFields } from '@contract/acquisitions';

/** The form holds what the user typed: numbers may be empty (''), the sum is text in rubles. */
export type AcquisitionForm = Omit<
  AcquisitionFields,
  'quantity' | 'plannedYear' | 'plannedQuarter' | 'partnerId' | 'costKopecks'
> & {
  quantity: number | string;
  plannedYear: number | string;
  /** '0' for «в течение года», else '1'…'4'. */
  quarter: string;
  partnerId: string | null;
  cost: string;
};

export function formOf(fields: AcquisitionFields): AcquisitionForm {
  const { quantity, plannedYear, plannedQuarter, partnerId, costKopecks, ...text } = fields;
  return {
    ...text,
    quantity,
    plannedYear,
    quarter: String(plannedQuarter ?? 0),
    partnerId: partnerId === null ? null : String(partnerId),
    cost: costKopecks === null ? '' : formatRubles(costKopecks),
  };
}

/** The message of a sum that is no sum of money, or null. */
export function costError(text: string): string | null {
  return parseRubles(text) === undefined ? 'Введите сумму в рублях, например 12 500,00' : null;
}

/**
 * The fields to send, once the sum is checked (`costError`). Empty numbers go as they are: the store refuses them with
 * its own message at the field.
 */
export function fieldsOf(form: AcquisitionForm): AcquisitionFields {
  const { quarter, cost, ...rest } = form;
  return {
    ...rest,
    costKopecks: parseRubles(cost) ?? null,
    quantity: form.quantity as number,
    plannedYear: form.plannedYear as number,
    plannedQuarter: quarter === '0' ? null : Number(quarter),
    partnerId: form.partnerId === null ? null : Number(form.partnerId),
  };
}

/** Field messages of the store, keyed as the form names its fields. */
export function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const names: Record<string, string> = { costKopecks: 'cost', plannedQuarter: 'quarter' };
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [names[key] ?? key, message]));
}
