import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Reading printed documents back: PDFs through poppler, Word files through LibreOffice, as a user's tools would. */

export const onPath = (command: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
export const office = ['libreoffice', 'soffice'].find(onPath);
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Every Word file converted to PDF by one LibreOffice run: `<dir>/<name>.pdf` beside each `<dir>/<name>.docx`. */
export function docxToPdf(dir: string, docxFiles: readonly string[]): void {
  const profile = `-env:UserInstallation=file://${join(dir, 'office-profile')}`;
  execFileSync(office ?? 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxFiles], {
    stdio: 'ignore',
    timeout: 240_000,
  });
}

export interface PrintedWord {
  text: string;
  /** Points from the top and the left of the page. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page's words line by line, in the blocks poppler finds: a table's cell, a paragraph. */
export type PrintedPage = PrintedWord[][][];

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
const SOFT_HYPHENS = /^\u00AD+$/;

/**
 * A block's words in lines as they stand on the page. Chromium writes a word's unused soft hyphens into the PDF's
 * text with a width of their own, over the next letter, and poppler then cuts the word there («Состоя» «н» «ие»):
 * words are put back into lines by their height, touching pieces joined, and unused soft hyphens dropped.
 */
function linesOfBlock(words: PrintedWord[]): PrintedWord[][] {
  const lines: PrintedWord[][] = [];
  for (const word of [...words].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const line = lines.find((l) => Math.abs((l[0]?.top ?? 0) - word.top) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => {
    const sorted = line.sort((a, b) => a.left - b.left);
    const joined: PrintedWord[] = [];
    sorted.forEach((word, i) => {
      if (SOFT_HYPHENS.test(word.text) && i < sorted.length - 1) return;
      const before = joined.at(-1);
      if (before && word.left - before.right < 0.5) {
        before.text += word.text;
        before.right = Math.max(before.right, word.right);
      } else joined.push({ ...word });
    });
    return joined;
  });
}

/** The PDF's pages: blocks of lines of words with their places (`pdftotext -bbox-layout`). */
export function printedPages(pdf: string): PrintedPage[] {
  const xml = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return [...xml.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map(([, page = '']) =>
    [...page.matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map(([, block = '']) =>
      linesOfBlock(
        [...block.matchAll(WORD)].map(([, left = '0', top = '0', right = '0', bottom = '0', text = '']) => ({
          text: decode(text),
          top: Number(top),
          bottom: Number(bottom),
          left: Number(left),
          right: Number(right),
        })),
      ),
    ),
  );
}

/** Words as compared: letters and digits, the no-break hyphen read as a hyphen, «ё» as printed. */
export const tokensOf = (text: string): string[] => text.replaceAll('\u00AD', '').match(/[\p{L}\p{N}]+/gu) ?? [];

const HYPHEN_AT_END = /[-\u2010\u2011\u00AD]$/;
/** How far below a hyphenated line its word goes on: the next line, in a cell or a list's hanging indent. */
const NEXT_LINE_PT = 30;

/**
 * The words a reader reads on a page: a word hyphenated at a line's end is joined with its end, the word starting a
 * line just below and before its end (in its cell or paragraph, which poppler may read beside the next cell's text),
 * when the joined word is one of `known`; otherwise the line broke at a hyphen of the text's own
 * («приёма-передачи») or cut the word, and both pieces count as words.
 */
export function readWords(page: PrintedPage, known: ReadonlySet<string>): string[] {
  const words = page.flat(2).map((word) => ({ ...word, tokens: tokensOf(word.text) }));
  for (const word of words) {
    const end = word.tokens.at(-1);
    if (!HYPHEN_AT_END.test(word.text) || end === undefined) continue;
    const next = words
      .filter((other) => other.top > word.top + 1 && other.top - word.top < NEXT_LINE_PT && other.left < word.right)
      .sort((a, b) => a.top - b.top || b.left - a.left)
      .find((other) => other.tokens.length > 0 && known.has(end + (other.tokens[0] ?? '')));
    if (!next) continue;
    word.tokens[word.tokens.length - 1] = end + (next.tokens.shift() ?? '');
  }
  return words.flatMap((word) => word.tokens);
}

/** The page's header: the words above the text area (the top margin is 20 mm, 56.7 pt). */
export function headerWords(page: PrintedPage): string[] {
  return page
    .flat(2)
    .filter((word) => word.bottom < 56)
    .map((word) => word.text);
}
