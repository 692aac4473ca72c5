import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRequest } from '../../src-main/contract/documents';
import { programModel } from '../../src-main/program/program-model';
import { readDocx } from '../unit/documents/docx-text';
import { type AppSession, flat, launchBrowser, openApp } from './support';
import { printedText } from '../../src-main/documents/line-breaks';

const YEAR = '2026/2027';
const SCHOOL_FULL_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа';

let browser: Browser;
let app: AppSession;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** Calls a channel the way the renderer does, through the page's window.api. */
async function invokeFromPage(channel: string, input: DocumentRequest): Promise<unknown> {
  return app.page.evaluate(
    ([c, i]) => (window as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke(c, i),
    [channel, input] as const,
  );
}

async function savedPath(channel: 'documents:savePdf' | 'documents:saveDocx', input: DocumentRequest) {
  const answer = (await invokeFromPage(channel, input)) as { ok: boolean; value?: { path: string | null } };
  expect(answer.ok).toBe(true);
  const path = answer.value?.path;
  if (!path) throw new Error(`${channel} saved nothing`);
  expect(existsSync(path)).toBe(true);
  return path;
}

/** Whether a program is installed, without starting it. */
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
/** Text with every run of white space as one space: a long name may wrap inside its table cell. */
/**
 * A long name may wrap between any two words of its cell; in the laid-out text the rest of the row's line then
 * comes between them. Its words are all there, in order, close to each other.
 */
function containsWords(text: string, phrase: string): boolean {
  // A word may be hyphenated where the document allowed it, its end coming after the rest of the line's row.
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = phrase
    .split(/\s+/)
    .map((word) =>
      printedText(word).replaceAll('\u2011', '-').split('\u00AD').map(escape).join('(?:\u2010?[\\s\\S]{0,400}?)'),
    );
  return new RegExp(words.join('[\\s\\S]{0,400}?')).test(text.replaceAll('\u00AD', ''));
}

describe('documents through the real renderer and Chromium', () => {
  it('saves the model of interaction as a landscape A4 PDF set in Word’s font with the heading, the school, the year and every active partner', async () => {
    const path = await savedPath('documents:savePdf', { kind: 'modelOfInteraction', year: YEAR });
    expect(path).toBe(join(app.dataDir, 'exports', 'Модель взаимодействия 2026-2027.pdf'));

    const text = flat(run('pdftotext', ['-layout', path, '-']));
    expect(text).toContain('Модель взаимодействия с социальными партнёрами');
    expect(text).toContain(`на ${YEAR} учебный год`);
    expect(containsWords(text, SCHOOL_FULL_NAME)).toBe(true);
    for (const partner of programModel.partners) {
      expect(containsWords(text, partner.name), partner.name).toBe(true);
    }

    // The model's four columns of lists are set across a landscape page.
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/Page size:\s+841\.\d* x 59[45]\.\d* pts \(A4\)/);
    // Set in Times New Roman as the Word file is, or a font of its metrics (Liberation Serif here), else the bundled
    // PT Serif: every font it uses is embedded.
    const fonts = run('pdffonts', [path]);
    const embedded = fonts.split('\n').filter((line) => /^[A-Z]{6}\+/.test(line));
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.every((line) => /TimesNewRoman|LiberationSerif|Tinos|PTSerif/.test(line))).toBe(true);
    expect(embedded.every((line) => /\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toBe(true);
  });

  it('saves the same document as a Word file that holds the heading, the school, the year and every active partner', async () => {
    const path = await savedPath('documents:saveDocx', { kind: 'modelOfInteraction', year: YEAR });
    expect(path).toBe(join(app.dataDir, 'exports', 'Модель взаимодействия 2026-2027.docx'));
    const { paragraphs, document } = await readDocx(readFileSync(path));
    expect(paragraphs).toContain(SCHOOL_FULL_NAME);
    expect(paragraphs).toContain('Модель взаимодействия с социальными партнёрами');
    expect(paragraphs).toContain(`на ${YEAR} учебный год`);
    for (const partner of programModel.partners) expect(paragraphs, partner.name).toContain(partner.name);
    expect(document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');

    // Where an office suite is installed, the file must also open the way a user's Word or Writer opens it.
    const office = ['libreoffice', 'soffice'].find(onPath);
    if (office) {
      const outDir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-docx-'));
      try {
        const profile = `-env:UserInstallation=file://${join(outDir, 'profile')}`;
        execFileSync(office, [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir, path], {
          stdio: 'ignore',
          timeout: 120_000,
        });
        const pdf = join(outDir, 'Модель взаимодействия 2026-2027.pdf');
        expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d* x 595\.\d* pts \(A4\)/);
        const text = flat(run('pdftotext', ['-layout', pdf, '-']));
        expect(text).toContain('Модель взаимодействия с социальными партнёрами');
        for (const partner of programModel.partners) expect(containsWords(text, partner.name), partner.name).toBe(true);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    }
  }, 180_000);

  it('saves a chosen set of partners only', async () => {
    const ids = (
      app.harness.core.db.prepare('SELECT id, full_name AS name FROM partners ORDER BY id').all() as {
        id: number;
        name: string;
      }[]
    ).filter((p) => p.name === 'ГИБДД' || p.name === 'МЧС');
    const chosen = await savedPath('documents:savePdf', {
      kind: 'modelOfInteraction',
      year: YEAR,
      partnerIds: ids.map((p) => p.id),
    });
    const text = flat(run('pdftotext', ['-layout', chosen, '-']));
    expect(text).toContain('ГИБДД');
    expect(text).toContain('МЧС');
    expect(text).not.toContain('ДК «Маяк»');
  });

  it('prints every active partner and leaves out one the school no longer works with', async () => {
    app.harness.core.db
      .prepare(
        `INSERT INTO partner_status_overrides (partner_id, status, reason, set_on, recorded_at)
         SELECT id, 'former', 'Переведён в архив', '2026-11-20', '2026-11-20T10:00:00Z' FROM partners
         WHERE full_name = 'ДК «Маяк» г. Зверево'`,
      )
      .run();
    const printed = await invokeFromPage('documents:print', { kind: 'modelOfInteraction', year: YEAR });
    expect(printed).toEqual({ ok: true, value: { done: true } });
    // The harness prints to a PDF named after the document.
    const text = flat(
      run('pdftotext', ['-layout', join(app.dataDir, 'exports', 'Модель взаимодействия 2026-2027.pdf'), '-']),
    );
    expect(text).toContain('ГИБДД');
    expect(text).toContain('РДК г. Красный Сулин');
    expect(text).not.toContain('ДК «Маяк»');
  });

  it('answers a chosen partner that is not there with a Russian message', async () => {
    const answer = await invokeFromPage('documents:preview', {
      kind: 'modelOfInteraction',
      year: YEAR,
      partnerIds: [987_654],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found', message: /не найден/ } });
  });

  it('leaves no error in the page’s console', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
