import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAnalyticReport } from '../../../../src-main/reviews/documents/analytic-report';
import { renderDocx } from '../../../../src-main/documents/docx';
import { buildReviewScenario, SCENARIO_YEAR } from '../../../fixtures/review-scenario';
import { CHROMIUM_PATH, launchChromium } from '../../../harness/chromium';
import { call, useCores, type TestCore } from '../../../kit';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
const office = ['libreoffice', 'soffice'].find(onPath);
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-report-'));
const core = useCores();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = 'Аналитическая справка по итогам реализации программы социального партнёрства за 2025/2026 учебный год';
const PROSPECTS = 'Совместный проект «Читающая семья»';

/** The scenario year with the library's decision saved. */
async function scenario(): Promise<TestCore> {
  const app = await core();
  const ids = await buildReviewScenario(app);
  await call(app, 'reviews:saveDecision', {
    year: SCENARIO_YEAR,
    partnerId: ids.partners.library,
    rating: 'high',
    decision: 'expand',
    prospects: PROSPECTS,
  });
  return app;
}

/** The text of a PDF in reading order, every run of spaces and line ends one space; and laid out as on the page. */
const pdfText = (pdf: string) =>
  run('pdftotext', [pdf, '-']).replaceAll('\u00A0', ' ').replaceAll('\u00AD', '').replace(/\s+/g, ' ');
const pdfLayout = (pdf: string) =>
  run('pdftotext', ['-layout', pdf, '-']).replaceAll('\u00A0', ' ').replaceAll('\u00AD', '');

function expectReportText(pdf: string): void {
  const text = pdfText(pdf);
  expect(text).toContain(TITLE);
  for (const indicator of [
    '3 из 6 = 50,0 %',
    '113 из 150 = 75,3 %',
    '30 из 200 = 15,0 %',
    '0,77 — высокий (23 из 30)',
  ]) {
    expect(text, indicator).toContain(indicator);
  }
  // The library's row of the table of partners: its rating, decision and prospects side by side.
  // (Its participants' count may be followed by its hyphenated word on the same line.)
  expect(pdfLayout(pdf)).toMatch(/1 из 2\s+60(?: обучающих[-‐])?\s+высокая\s+расширить\s+Совместный/);
  expect(text).toMatch(/«Читаю(?:[-‐] )?щая/);
}

describe.skipIf(!existsSync(CHROMIUM_PATH) || !onPath('pdftotext'))('the analytic report printed to PDF', () => {
  it('is an A4 document with the title, the indicators, the decision and the charts’ text', async () => {
    const app = await scenario();
    const { html } = await call(app, 'documents:preview', { kind: 'analyticReport', year: SCENARIO_YEAR });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(dir, 'report.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
      expectReportText(pdf);
      const text = pdfText(pdf);
      // The charts are vector drawings with real text: their legends and categories can be found.
      expect(text).toMatch(/Мероприятия по месяцам: запланировано \/ проведено Запланировано .*Проведено/);
      expect(text).toContain('Охват обучающихся по уровням образования, %');
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!office || !onPath('pdftotext'))(
  'the analytic report’s Word file with its charts as pictures, opened by LibreOffice',
  () => {
    it('holds the report’s text and every chart as a picture of its own', async () => {
      const app = await scenario();
      const model = buildAnalyticReport({
        review: await call(app, 'reviews:get', { year: SCENARIO_YEAR }),
        dynamics: await call(app, 'reviews:dynamics', {}),
        school: (await call(app, 'settings:get', {})).school,
        programGoal: (await call(app, 'program:get', {})).goal,
        today: '2026-12-07',
      });
      const bytes = await renderDocx(model);
      const media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(3);

      const docx = join(dir, 'report.docx');
      writeFileSync(docx, bytes);
      const profile = `-env:UserInstallation=file://${join(dir, 'office-profile')}`;
      execFileSync(office ?? '', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const pdf = join(dir, 'report.pdf');
      expectReportText(pdf);
      const images = run('pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean);
      expect(images.length).toBeGreaterThanOrEqual(5);
    }, 180_000);
  },
);
