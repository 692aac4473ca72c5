import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/documents/docx';
import { renderHtml } from '../../../src-main/documents/html';
import { buildPlanDocument } from '../../../src-main/plans/documents/plan';
import { CHROMIUM_PATH, launchChromium } from '../../harness/chromium';
import { SCHOOL } from '../agreements/documents/fixtures';
import { SAMPLE_PLAN } from './plan-sample';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
const office = ['libreoffice', 'soffice'].find(onPath);
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model = buildPlanDocument({ plan: SAMPLE_PLAN, school: SCHOOL, groupBy: 'month' });

function layoutText(pdf: string): string {
  return run('pdftotext', ['-layout', pdf, '-']).replaceAll('\u00A0', ' ').replaceAll('\u00AD', '');
}

/** «СОГЛАСОВАНО» at the left and «УТВЕРЖДАЮ» at the right of one line; the protocol at the left, the order at the right. */
function expectApprovalSideBySide(text: string): void {
  const lines = text.split('\n');
  expect(lines.some((line) => /^\s*СОГЛАСОВАНО\s{10,}УТВЕРЖДАЮ\s*$/.test(line))).toBe(true);
  expect(lines.some((line) => /^\s{0,3}протокол от 28\.08\.2026 № 1\s/.test(line))).toBe(true);
  expect(lines.some((line) => /^\s{40,}приказ от 29\.08\.2026 № 45\s*$/.test(line))).toBe(true);
}

const MONTH_ROW = /^\s*(Сентябрь|Октябрь|Ноябрь|Декабрь|Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август) 20\d\d\s*$/;

/** A month's heading row is never the last line of a page, apart from its items. */
function expectNoMonthAtPageFoot(text: string): void {
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages) {
    const last =
      page
        .split('\n')
        .filter((line) => line.trim() !== '')
        .at(-1) ?? '';
    expect(last).not.toMatch(MONTH_ROW);
  }
}

describe.skipIf(!existsSync(CHROMIUM_PATH) || !onPath('pdftotext'))('the plan printed to PDF by Chromium', () => {
  it('is a landscape A4 document: approval blocks side by side, the title, the months in order, none left at a page’s foot', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(renderHtml(model), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(dir, 'plan.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

      expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d* x 59[45]\.\d* pts/);
      const text = layoutText(pdf);
      expectApprovalSideBySide(text);
      expectNoMonthAtPageFoot(text);
      expect(text.replace(/\s+/g, ' ')).toContain(
        'План совместной деятельности с социальными партнёрами на 2026/2027 учебный год',
      );
      const months = ['Сентябрь 2026', 'Октябрь 2026', 'Ноябрь 2026', 'Декабрь 2026', 'Май 2027', 'Август 2027'];
      const at = months.map((m) => text.indexOf(m));
      expect(at.every((x, i) => x >= 0 && (i === 0 || x > (at[i - 1] ?? 0)))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!office || !onPath('pdftotext'))('the plan’s Word file opened by LibreOffice', () => {
  it('is landscape, with the approval blocks side by side and no month heading left at a page’s foot', async () => {
    const docx = join(dir, 'plan.docx');
    writeFileSync(docx, await renderDocx(model));
    const profile = `-env:UserInstallation=file://${join(dir, 'office-profile')}`;
    execFileSync(office ?? '', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = join(dir, 'plan.pdf');
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d* x 59[45]\.\d* pts/);
    const text = layoutText(pdf);
    expectApprovalSideBySide(text);
    expectNoMonthAtPageFoot(text);
  }, 180_000);
});
