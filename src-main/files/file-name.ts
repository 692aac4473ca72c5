// Windows refuses these characters in a name, and control characters, and devices by these names whatever the extension.
const FORBIDDEN = new Set([...'\\/:*?"<>|']);
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 150;

const isForbidden = (char: string) => FORBIDDEN.has(char) || (char.codePointAt(0) ?? 0) < 0x20;

/**
 * A file name suggested from a document's title: Russian as it is, but safe on Windows
 * («Модель взаимодействия 2026/2027» → «Модель взаимодействия 2026-2027.pdf»).
 */
export function suggestedFileName(title: string, extension: string): string {
  let stem = [...title]
    .map((char) => (isForbidden(char) ? '-' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  stem = [...stem].slice(0, MAX_STEM).join('');
  stem = stem.replace(/[. ]+$/, '');
  if (stem === '') stem = 'Документ';
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return `${stem}.${extension}`;
}
