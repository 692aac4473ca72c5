import type { Channel, Input } from '../../../src-main/contract';
import { documentRequestSchema } from '../../../src-main/contract/documents';

/** A document the office makes, the channel that makes it and the most it may take (median of its runs). */
export interface DocumentCase {
  name: string;
  channel: Channel;
  input: unknown;
  target: number;
}

const documentCase = <C extends Channel>(name: string, channel: C, input: Input<C>, target: number): DocumentCase => ({
  name,
  channel,
  input,
  target,
});

/** The documents of the issue; the analytic report only once the contract knows its kind. */
export function documentCases(agreementId: number, year: string): { cases: DocumentCase[]; missing: string[] } {
  const cases = [
    documentCase('Договор → DOCX', 'documents:saveDocx', { kind: 'agreement', id: agreementId }, 200),
    documentCase(
      'Договор → HTML (просмотр, печать, PDF)',
      'documents:preview',
      { kind: 'agreement', id: agreementId },
      200,
    ),
    documentCase(`План ${year} → XLSX`, 'plans:exportXlsx', { year, groupBy: 'month' }, 500),
    documentCase(`План ${year} → DOCX`, 'documents:saveDocx', { kind: 'plan', year, groupBy: 'month' }, 500),
  ];
  const report = { kind: 'analyticReport', year };
  const missing: string[] = [];
  if (documentRequestSchema.safeParse(report).success) {
    cases.push({
      name: `Аналитическая справка ${year} → DOCX`,
      channel: 'documents:saveDocx',
      input: report,
      target: 1500,
    });
  } else {
    missing.push('Аналитическая справка → DOCX: вида документа «analyticReport» ещё нет в контракте');
  }
  return { cases, missing };
}
