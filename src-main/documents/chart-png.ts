// PT Serif's faces as TrueType, which resvg reads (the woff2 faces of `fonts.ts` are for HTML); they travel inside the
// main bundle as data URLs, like those.
import bold from '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf?inline';
import italic from '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf?inline';
import regular from '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf?inline';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DOCUMENT_FONT_FAMILY } from './fonts';

/** The faces a chart's text uses: values and labels, the bold title, the italic value labels. */
const FACES = [regular, bold, italic];

let fonts: Promise<Uint8Array[]> | null = null;

/** resvg's WebAssembly, compiled once per process, and the chart faces decoded once. */
function loaded(): Promise<Uint8Array[]> {
  fonts ??= (async () => {
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(wasm));
    return FACES.map((dataUrl) => new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')));
  })();
  fonts.catch(() => (fonts = null));
  return fonts;
}

/**
 * Draws a chart's SVG to a PNG `widthPx` wide, its height in the chart's own proportions, on white: in this process,
 * with the document's font, so that a Word file's pictures need no window and look the same on every machine.
 */
export async function chartPng(svg: string, widthPx: number): Promise<Uint8Array> {
  const fontBuffers = await loaded();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { fontBuffers, defaultFontFamily: DOCUMENT_FONT_FAMILY, serifFamily: DOCUMENT_FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
