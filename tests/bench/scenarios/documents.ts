import type { Channel, Input } from '../../../src-main/contract';

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

/**
 * The documents of the issue. A PDF is rendered by Chromium as Electron's printToPDF renders it, in the browser the
 * harness keeps running (the app's hidden window is as ready): the figure is the page's layout and printing.
 */
export function documentCases(agreementId: number, year: string): DocumentCase[] {
  return [
    documentCase('Договор → DOCX', 'documents:saveDocx', { kind: 'agreement', id: agreementId }, 200),
    documentCase(
      'Договор → HTML (просмотр, печать, PDF)',
      'documents:preview',
      { kind: 'agreement', id: agreementId },
      200,
    ),
    documentCase(`План ${year} → XLSX`, 'plans:exportXlsx', { year, groupBy: 'month' }, 500),
    documentCase(`План ${year} → DOCX`, 'documents:saveDocx', { kind: 'plan', year, groupBy: 'month' }, 500),
    documentCase(`Аналитическая справка ${year} → DOCX`, 'documents:saveDocx', { kind: 'analyticReport', year }, 1500),
    documentCase('Договор → PDF', 'documents:savePdf', { kind: 'agreement', id: agreementId }, 1000),
    documentCase(`План ${year} → PDF`, 'documents:savePdf', { kind: 'plan', year, groupBy: 'month' }, 3000),
    documentCase(`Аналитическая справка ${year} → PDF`, 'documents:savePdf', { kind: 'analyticReport', year }, 1000),
  ];
}
