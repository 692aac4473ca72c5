// The woff2 files travel inside the main bundle as data URLs (Vite's `?inline`), so a printed page needs
// nothing from outside: not the network, not node_modules, not a font installed on the school's computer.
import cyrillicBoldItalic from '@fontsource/pt-serif/files/pt-serif-cyrillic-700-italic.woff2?inline';
import cyrillicBold from '@fontsource/pt-serif/files/pt-serif-cyrillic-700-normal.woff2?inline';
import cyrillicItalic from '@fontsource/pt-serif/files/pt-serif-cyrillic-400-italic.woff2?inline';
import cyrillicRegular from '@fontsource/pt-serif/files/pt-serif-cyrillic-400-normal.woff2?inline';
import latinBoldItalic from '@fontsource/pt-serif/files/pt-serif-latin-700-italic.woff2?inline';
import latinBold from '@fontsource/pt-serif/files/pt-serif-latin-700-normal.woff2?inline';
import latinItalic from '@fontsource/pt-serif/files/pt-serif-latin-400-italic.woff2?inline';
import latinRegular from '@fontsource/pt-serif/files/pt-serif-latin-400-normal.woff2?inline';

export const DOCUMENT_FONT_FAMILY = 'PT Serif';

// Fontsource's subsets (its unicode.json): Russian text, №, and Latin with the punctuation «» – — “ ”.
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

interface FontFace {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  range: string;
  dataUrl: string;
}

const FACES: readonly FontFace[] = [
  { weight: 400, style: 'normal', range: CYRILLIC, dataUrl: cyrillicRegular },
  { weight: 400, style: 'normal', range: LATIN, dataUrl: latinRegular },
  { weight: 700, style: 'normal', range: CYRILLIC, dataUrl: cyrillicBold },
  { weight: 700, style: 'normal', range: LATIN, dataUrl: latinBold },
  { weight: 400, style: 'italic', range: CYRILLIC, dataUrl: cyrillicItalic },
  { weight: 400, style: 'italic', range: LATIN, dataUrl: latinItalic },
  { weight: 700, style: 'italic', range: CYRILLIC, dataUrl: cyrillicBoldItalic },
  { weight: 700, style: 'italic', range: LATIN, dataUrl: latinBoldItalic },
];

/** @font-face rules for PT Serif with every face embedded as a base64 data URL. */
export function fontFaceCss(): string {
  return FACES.map(
    (face) =>
      `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; ` +
      `font-display: block; src: url(${face.dataUrl}) format('woff2'); unicode-range: ${face.range}; }`,
  ).join('\n');
}
