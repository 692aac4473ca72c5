import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../../harness/chromium';
import { htmlToPdf } from '../../../harness/document-output';
import { makeTempDir, openCore, type TestCore } from '../../../kit';
import { printedDocuments } from './printed-documents';
import {
  docxToPdf,
  headerWords,
  office,
  onPath,
  printedPages,
  readWords,
  tokensOf,
  type PrintedPage,
} from './printed-pdf';

/**
 * Every document printed to PDF by Chromium (print, PDF) and its Word file opened by LibreOffice, read back page by
 * page as the person who signs it reads it.
 */

interface Printed {
  name: string;
  /** Every word of the document's own text. */
  known: Set<string>;
  /** Words of the chart pictures, which the Word file draws as pictures without text. */
  chartWords: Set<string>;
  /** The last word of the text kept with the signatures; none when the document has no signatures. */
  lastBeforeSignatures: string | null;
  formats: { format: 'PDF' | 'Word'; pages: PrintedPage[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-printed-'));
let core: TestCore | null = null;
const printed: Printed[] = [];

/** The document's text as the HTML holds it, its tags dropped and its soft hyphens removed. */
function ownText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** The last word of the text the HTML keeps with the signatures: that of the last block kept with them. */
function lastKeptWord(html: string): string | null {
  const kept = [...html.matchAll(/<div class="keep-next">(<(?:p|ol|ul|table)[\s\S]*?)<\/div>\n/g)].at(-1)?.[1];
  return kept
    ? (tokensOf(ownText(kept))
        .filter((t) => /\p{L}{3}/u.test(t))
        .at(-1) ?? null)
    : null;
}

const ready = existsSync(CHROMIUM_PATH) && onPath('pdftotext') && office !== undefined;

beforeAll(async () => {
  if (!ready) return;
  core = await openCore(makeTempDir());
  const documents = await printedDocuments(core);
  const browser = await launchChromium();
  try {
    for (const document of documents) {
      writeFileSync(join(dir, `${document.name}-html.pdf`), await htmlToPdf(browser, document.html));
      writeFileSync(join(dir, `${document.name}.docx`), document.docx);
    }
  } finally {
    await browser.close();
  }
  docxToPdf(
    dir,
    documents.map((document) => join(dir, `${document.name}.docx`)),
  );
  for (const document of documents) {
    const charts = [...document.html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map(([svg]) => ownText(svg));
    printed.push({
      name: document.name,
      known: new Set(tokensOf(ownText(document.html))),
      chartWords: new Set(charts.flatMap(tokensOf)),
      lastBeforeSignatures: lastKeptWord(document.html),
      formats: [
        { format: 'PDF', pages: printedPages(join(dir, `${document.name}-html.pdf`)) },
        { format: 'Word', pages: printedPages(join(dir, `${document.name}.pdf`)) },
      ],
    });
  }
}, 300_000);

afterAll(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

const each = (check: (document: Printed) => void) => () => {
  expect(printed.length).toBeGreaterThanOrEqual(10);
  for (const document of printed) check(document);
};

describe.skipIf(!ready)('every document printed to PDF and opened from its Word file', () => {
  it(
    'numbers its pages from the second at the top, and leaves the first page without a number',
    each(({ name, formats }) => {
      for (const { format, pages } of formats) {
        pages.forEach((page, i) => {
          expect(headerWords(page), `${name}, ${format}, page ${i + 1}`).toEqual(i === 0 ? [] : [String(i + 1)]);
        });
      }
    }),
  );

  it(
    'prints every word whole or hyphenated at a line’s end, never cut without a hyphen',
    each(({ name, known, formats }) => {
      for (const { format, pages } of formats) {
        const words = pages.flatMap((page, i) => readWords(page, known).slice(i === 0 ? 0 : 1));
        const cut = words.filter((word) => !known.has(word));
        expect(cut, `${name}, ${format}`).toEqual([]);
      }
    }),
  );

  it(
    'holds the same words in the PDF as in the Word file, and as many pages',
    each(({ name, known, chartWords, formats }) => {
      const [pdf, word] = formats.map(({ pages }) => ({
        pages: pages.length,
        words: new Set(pages.flatMap((page, i) => readWords(page, known).slice(i === 0 ? 0 : 1))),
      }));
      const onlyInPdf = [...(pdf?.words ?? [])].filter((w) => !word?.words.has(w) && !chartWords.has(w));
      const onlyInWord = [...(word?.words ?? [])].filter((w) => !pdf?.words.has(w));
      expect({ onlyInPdf, onlyInWord }, name).toEqual({ onlyInPdf: [], onlyInWord: [] });
      expect(word?.pages, name).toBe(pdf?.pages);
    }),
  );

  it(
    'never leaves the signatures alone on a page: the end of the text before them is on their page',
    each(({ name, known, lastBeforeSignatures, formats }) => {
      if (lastBeforeSignatures === null) return;
      for (const { format, pages } of formats) {
        const signed = pages.findIndex((page) => page.flat(2).some((word) => /^_{6,}$/.test(word.text)));
        expect(signed, `${name}, ${format}`).toBeGreaterThanOrEqual(0);
        const page = pages[signed];
        expect(page && readWords(page, known), `${name}, ${format}`).toContain(lastBeforeSignatures);
      }
    }),
  );

  it('prints the amendment on one page, as PDF and as Word', () => {
    const amendment = printed.find((document) => document.name === 'amendment');
    expect(amendment?.formats.map(({ pages }) => pages.length)).toEqual([1, 1]);
  });
});
