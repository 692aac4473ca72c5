import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAgreementDocument } from '../../../../src-main/agreements/documents/agreement';
import { renderDocx } from '../../../../src-main/documents/docx';
import { renderHtml } from '../../../../src-main/documents/html';
import { CHROMIUM_PATH, launchChromium } from '../../../harness/chromium';
import { filledAgreement, PARTNER, SCHOOL } from './fixtures';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
const office = ['libreoffice', 'soffice'].find(onPath);
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-agreement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model = buildAgreementDocument({ agreement: filledAgreement(), partner: PARTNER, school: SCHOOL });

/** The laid-out text of a PDF, with the page’s non-breaking spaces read as spaces and its soft hyphens dropped. */
function layoutText(pdf: string): string {
  return run('pdftotext', ['-layout', pdf, '-']).replaceAll('\u00A0', ' ').replaceAll('\u00AD', '');
}

/** Both parties' signature transcripts, and both «М.П.», each pair on one line of the page. */
function expectSignaturesLevel(text: string): void {
  const lines = text.split('\n');
  const sign = lines.filter((line) => line.includes('/ М.П. Иванова /'));
  expect(sign).toHaveLength(1);
  expect(sign[0]).toMatch(/_+ \/ М\.П\. Иванова \/\s+_+ \/ С\.В\. Сидоров \//);
  expect(lines.some((line) => /^\s*М\.П\.\s+М\.П\.\s*$/.test(line))).toBe(true);
  expect(lines.some((line) => /^\s*Директор\s+Директор\s*$/.test(line))).toBe(true);
}

describe.skipIf(!existsSync(CHROMIUM_PATH) || !onPath('pdftotext'))('the agreement printed to PDF by Chromium', () => {
  it('is an A4 document with the agreement’s text and the parties’ signatures side by side and level', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(renderHtml(model), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(dir, 'agreement.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

      expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
      const text = layoutText(pdf);
      expect(text).toContain('ДОГОВОР № СП-2026-07');
      expect(text).toMatch(/г\. Зверево\s+«26» ноября 2026 г\./);
      expect(text).toContain('7. Адреса, реквизиты и подписи Сторон');
      expectSignaturesLevel(text);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!office || !onPath('pdftotext'))('the agreement’s Word file opened by LibreOffice', () => {
  it('lays the parties out side by side with their signatures level', async () => {
    const docx = join(dir, 'agreement.docx');
    writeFileSync(docx, await renderDocx(model));
    const profile = `-env:UserInstallation=file://${join(dir, 'office-profile')}`;
    execFileSync(office ?? '', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const text = layoutText(join(dir, 'agreement.pdf'));
    expect(text).toContain('ДОГОВОР № СП-2026-07');
    expectSignaturesLevel(text);
    // The section heading before the requisites is never left alone at the foot of a page.
    const pages = text.split('\f');
    const heading = pages.findIndex((p) => p.includes('7. Адреса, реквизиты и подписи Сторон'));
    expect(pages[heading]).toMatch(/Школа\s+Партнёр/);
  }, 180_000);
});
