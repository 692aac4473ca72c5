import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeFileAtomically } from '../../src-main/files/atomic-write';
import { readChosenFile } from '../../src-main/files/chosen-file';
import type { DocumentOutput } from '../../src-main/files/output';
import { suggestedFileName } from '../../src-main/files/file-name';
import { launchChromium } from './chromium';

export interface HarnessDocumentOutput extends DocumentOutput {
  /** Where every document goes: `<dataDir>/exports`. */
  readonly dir: string;
  close(): Promise<void>;
}

/** The HTML printed by Chromium as Electron's printToPDF prints it: A4 as its CSS says, fonts loaded. */
export async function htmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/**
 * The harness's stand-in for the system dialogs: every document is written to `<dataDir>/exports` under its
 * suggested name, and PDFs are rendered by Chromium the way Electron's printToPDF renders them.
 */
export function createHarnessDocumentOutput(dataDir: string): HarnessDocumentOutput {
  const dir = join(dataDir, 'exports');
  let browser: Promise<Browser> | null = null;

  async function renderPdf(html: string): Promise<Uint8Array> {
    browser ??= launchChromium();
    return htmlToPdf(await browser, html);
  }

  async function save(bytes: Uint8Array, fileName: string): Promise<string> {
    const path = join(dir, fileName);
    await writeFileAtomically(path, bytes);
    return path;
  }

  return {
    dir,
    print: async (html, title) => {
      await save(await renderPdf(html), suggestedFileName(title, 'pdf'));
      return true;
    },
    savePdf: async (html, fileName) => save(await renderPdf(html), fileName),
    saveFile: async (bytes, fileName) => save(bytes, fileName),
    // The folder a user would pick for a backup (a USB stick): always `<dataDir>/copies`.
    chooseFolder: async () => {
      const folder = join(dataDir, 'copies');
      await mkdir(folder, { recursive: true });
      return folder;
    },
    // The file a user would pick to open (an archive to load): the newest file a test put in `<dataDir>/imports`;
    // none there is a cancelled dialog.
    chooseFile: async (_title, _kind, maxBytes) => {
      const folder = join(dataDir, 'imports');
      const names = await readdir(folder).catch(() => [] as string[]);
      const files = await Promise.all(
        names.map(async (name) => ({ path: join(folder, name), at: (await stat(join(folder, name))).mtimeMs })),
      );
      const newest = files.sort((a, b) => b.at - a.at)[0];
      return newest ? { path: newest.path, bytes: await readChosenFile(newest.path, maxBytes) } : null;
    },
    close: async () => {
      const launched = browser;
      browser = null;
      if (launched) await (await launched).close();
    },
  };
}
