import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../../harness/chromium';
import { call, type TestCore, useCores } from '../../../kit';
import { docxToPdf, office, onPath } from '../../documents/printed/printed-pdf';
import { agreementFromForm, fillStore } from './imported-form';

const core = useCores();
const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-form-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where a person looking at the pages finds them: SCREENSHOT_DIR, else nowhere. */
const LOOK = process.env['SCREENSHOT_DIR'];

const layoutText = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .replaceAll('\u00A0', ' ')
    .replaceAll('\u00AD', '');

async function agreement(): Promise<{ app: TestCore; id: number }> {
  const app = await core();
  const { other } = await fillStore(app);
  return { app, id: await agreementFromForm(app, other) };
}

/** What the director signs: the head once, the sections of the form, the other partner, both signatures level. */
function expectSignable(text: string): void {
  expect(text.match(/ДОГОВОР № /g)).toHaveLength(1);
  expect(text).toContain('о сотрудничестве (социальном партнёрстве)');
  for (const heading of ['1. Предмет договора', '3. СРОК ДЕЙСТВИЯ ДОГОВОРА', '5. Адреса, реквизиты и подписи Сторон']) {
    expect(text).toContain(heading);
  }
  expect(text).not.toMatch(/Сидоров|ГДК|15\/2025|р\/с/);
  const signatures = text.split('\n').filter((line) => line.includes('/ М.П. Иванова /'));
  expect(signatures).toHaveLength(1);
  expect(signatures[0]).toMatch(/\/ М\.П\. Иванова \/\s+_+ \/ А\.С\. Орлова \//);
}

describe.skipIf(!existsSync(CHROMIUM_PATH) || !onPath('pdftotext'))(
  'the agreement from the school’s form in PDF',
  () => {
    it('prints as the bundled template does, for the other partner', async () => {
      const { app, id } = await agreement();
      await call(app, 'documents:savePdf', { kind: 'agreement', id });
      const html = app.output.saved.at(-1)?.content;
      if (typeof html !== 'string') throw new Error('no PDF saved');
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = join(dir, 'agreement-from-form.pdf');
        writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        if (LOOK) copyFileSync(pdf, join(LOOK, 'agreement-from-form.pdf'));
        expectSignable(layoutText(pdf));
      } finally {
        await browser.close();
      }
    });
  },
);

describe.skipIf(!office || !onPath('pdftotext'))(
  'the agreement from the school’s form in Word, opened by LibreOffice',
  () => {
    it('holds the same text and signatures', async () => {
      const { app, id } = await agreement();
      await call(app, 'documents:saveDocx', { kind: 'agreement', id });
      const bytes = app.output.saved.at(-1)?.content;
      if (!(bytes instanceof Uint8Array)) throw new Error('no Word file saved');
      const docx = join(dir, 'agreement-from-form-word.docx');
      writeFileSync(docx, bytes);
      docxToPdf(dir, [docx]);
      const pdf = join(dir, 'agreement-from-form-word.pdf');
      if (LOOK) copyFileSync(pdf, join(LOOK, 'agreement-from-form-word.pdf'));
      expectSignable(layoutText(pdf));
    }, 240_000);
  },
);
