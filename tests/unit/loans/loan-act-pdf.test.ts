import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoanDetail } from '../../../src-main/contract/loans';
import { renderHtml } from '../../../src-main/documents/html';
import { buildLoanAct } from '../../../src-main/loans/documents/loan-act';
import { CHROMIUM_PATH, launchChromium } from '../../harness/chromium';
import { PARTNER, SCHOOL } from '../agreements/documents/fixtures';
import { loanFields } from './fixtures';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-loan-act-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOAN: LoanDetail = {
  ...loanFields(1),
  id: 12,
  partnerName: PARTNER.fullName,
  term: { status: 'returnedLate', daysLeft: null, daysLate: 2 },
  returnedOn: '2026-12-17',
  returnCondition: 'Без повреждений',
  returnRemarks: '',
  receiptActNumber: 'А-2026-3',
  returnActNumber: 'А-2026-9',
  totalQuantity: 5,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-12-17T08:00:00.000Z',
};

describe.skipIf(!existsSync(CHROMIUM_PATH) || !onPath('pdftotext'))('the loan acts printed to PDF by Chromium', () => {
  it('are one A4 page each, with the items table and both parties’ signatures side by side and level', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const variant of ['receipt', 'return'] as const) {
        const model = buildLoanAct({ loan: LOAN, partner: PARTNER, school: SCHOOL, city: 'Зверево', variant });
        await page.setContent(renderHtml(model), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = join(dir, `${variant}.pdf`);
        writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

        expect(run('pdfinfo', [pdf])).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
        const lines = run('pdftotext', ['-layout', pdf, '-'])
          .replaceAll('\u00A0', ' ')
          .replaceAll('\u00AD', '')
          .split('\n');
        expect(lines.some((line) => /^\s*Передал\s+Принял\s*$/.test(line))).toBe(true);
        const [giver, taker] =
          variant === 'receipt' ? ['С.В. Сидоров', 'М.П. Иванова'] : ['М.П. Иванова', 'С.В. Сидоров'];
        expect(lines.some((line) => new RegExp(`_+ / ${giver} /\\s+_+ / ${taker} /`).test(line))).toBe(true);
        expect(lines.some((line) => /^\s*М\.П\.\s+М\.П\.\s*$/.test(line))).toBe(true);
        const row =
          variant === 'receipt'
            ? /Самовар угольный\s+Экспонаты музея\s+КП-114\s+1\s+Потёртости/
            : /Самовар угольный\s+КП-114\s+1\s+Потёртости\s+Без повреждений/;
        expect(lines.some((line) => row.test(line))).toBe(true);
      }
    } finally {
      await browser.close();
    }
  });
});
