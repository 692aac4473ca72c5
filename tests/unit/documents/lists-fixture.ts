import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { AppCore } from '../../../src-main/app-core';
import type { Channel } from '../../../src-main/contract';
import type { DocumentRequest } from '../../../src-main/contract/documents';
import { buildReviewScenario, PARTNER_NAMES, SCENARIO_YEAR } from '../../fixtures/review-scenario';
import { launchChromium } from '../../harness/chromium';
import { call, callAny, partnerId, type TestCore } from '../../kit';

export const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
export const office = ['libreoffice', 'soffice'].find(onPath);
export const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** The partner whose requisites and contacts the partners' export must carry. */
export const REQUISITES = {
  fullName: PARTNER_NAMES.library,
  inn: '6151001230',
  kpp: '615101001',
  ogrn: '1026102100122',
  legalAddress: '346311, Ростовская обл., г. Зверево, ул. Обухова, д. 14',
  headPosition: 'Директор',
  headName: 'Петрова Анна Сергеевна',
  contact: {
    name: 'Смирнова Ольга Ивановна',
    role: 'библиотекарь',
    phone: '+7 (86355) 6-12-34',
    email: 'cdb@zverevo.ru',
  },
};

/** The review's year with every stage-3 record, and the library's requisites and contact filled in. */
export async function listsScenario(core: AppCore): Promise<void> {
  await buildReviewScenario(core);
  const id = partnerId(core, REQUISITES.fullName);
  const { inn, kpp, ogrn, legalAddress, headPosition, headName, contact } = REQUISITES;
  const detail = await call(core, 'partners:get', { id });
  const { partnerFieldsOf } = await import('../../../src-main/contract/partners');
  await call(core, 'partners:update', {
    id,
    fields: { ...partnerFieldsOf(detail), inn, kpp, ogrn, legalAddress, headPosition, headName, contacts: [contact] },
  });
}

export const YEAR = SCENARIO_YEAR;
export const PERIOD = { from: '2025-09-01', to: '2026-08-31' };

/** Every new document, each in the formats the office prints it in, named by what it is. */
export async function requests(core: TestCore): Promise<{
  documents: Record<string, { request: DocumentRequest; docx: boolean }>;
  workbooks: Record<string, { channel: Channel; input: unknown }>;
}> {
  const [survey] = await call(core, 'surveys:list', { year: YEAR });
  if (!survey) throw new Error('no survey in the scenario');
  return {
    documents: {
      staff: { request: { kind: 'staffDevelopment', year: YEAR }, docx: true },
      loans: { request: { kind: 'loanRegister', filter: {} }, docx: true },
      survey: { request: { kind: 'surveyResults', id: survey.id }, docx: true },
      clubs: { request: { kind: 'clubCoverage', year: YEAR }, docx: false },
    },
    workbooks: {
      model: { channel: 'partners:exportModelXlsx', input: { year: YEAR } },
      loans: { channel: 'loans:exportXlsx', input: { filter: {} } },
      clubs: { channel: 'clubs:exportXlsx', input: { year: YEAR } },
      events: { channel: 'events:exportXlsx', input: PERIOD },
      partners: { channel: 'partners:exportXlsx', input: { filter: {} } },
    },
  };
}

/** The bytes (or, for a PDF, the HTML) the core saved last. */
function lastSaved(core: TestCore): string | Uint8Array {
  const saved = core.output.saved.at(-1);
  if (!saved) throw new Error('nothing saved');
  return saved.content;
}

export interface WrittenFiles {
  /** Name → path of each PDF printed by Chromium. */
  pdf: Record<string, string>;
  /** Name → path of each Word file and workbook, and the PDF LibreOffice made of it. */
  office: Record<string, { file: string; pdf: string }>;
}

/**
 * Saves every new document and workbook through the channels, prints the PDFs with Chromium, and converts the Word
 * files and workbooks to PDF with one run of LibreOffice.
 */
export async function writeAll(
  core: TestCore,
  dir: string,
  extra: Record<string, Uint8Array> = {},
): Promise<WrittenFiles> {
  const { documents, workbooks } = await requests(core);
  const written: WrittenFiles = { pdf: {}, office: {} };
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const [name, { request, docx }] of Object.entries(documents)) {
      await call(core, 'documents:savePdf', request);
      await page.setContent(lastSaved(core) as string, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(dir, `${name}.pdf`);
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      written.pdf[name] = pdf;
      if (docx) {
        await call(core, 'documents:saveDocx', request);
        const file = join(dir, `${name}-word.docx`);
        writeFileSync(file, lastSaved(core));
        written.office[`${name}-word`] = { file, pdf: join(dir, `${name}-word.pdf`) };
      }
    }
  } finally {
    await browser.close();
  }
  for (const [name, { channel, input }] of Object.entries(workbooks)) {
    await callAny(core, channel, input);
    const file = join(dir, `${name}-excel.xlsx`);
    writeFileSync(file, lastSaved(core));
    written.office[`${name}-excel`] = { file, pdf: join(dir, `${name}-excel.pdf`) };
  }
  for (const [name, bytes] of Object.entries(extra)) {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    written.office[name] = { file, pdf: join(dir, `${name}.pdf`) };
  }
  if (office) {
    const profile = `-env:UserInstallation=file://${join(dir, 'office-profile')}`;
    const files = Object.values(written.office).map((o) => o.file);
    execFileSync(office, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  }
  return written;
}

/** The text of a PDF, its lines as laid out, no-break spaces and hyphens as plain ones, without soft hyphens. */
export function layoutText(pdf: string): string {
  return run('pdftotext', ['-layout', pdf, '-'])
    .replaceAll('\u00A0', ' ')
    .replaceAll('\u00AD', '')
    .replaceAll('\u2011', '-');
}

/** The text of a PDF in the order it was written (cell by cell), a word hyphenated at a line's end whole, white space single. */
export function flatText(pdf: string): string {
  return run('pdftotext', ['-raw', pdf, '-'])
    .replaceAll('\u00A0', ' ')
    .replace(/\u00AD\s*/g, '')
    .replace(/(\p{L})[-\u2010]\n(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ');
}

/** The words of a phrase, each found in the text: a cell's text may wrap between other cells' lines. */
export function missingWords(text: string, phrase: string): string[] {
  return phrase.split(/\s+/).filter((word) => word !== '' && !text.includes(word));
}

/** The height of each word's box on the pages, by the word. */
export function wordHeights(pdf: string): Map<string, number> {
  const heights = new Map<string, number>();
  for (const m of run('pdftotext', ['-bbox', pdf, '-']).matchAll(
    /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g,
  )) {
    heights.set(m[3] ?? '', Number(m[2]) - Number(m[1]));
  }
  return heights;
}
