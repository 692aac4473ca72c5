/**
 * A printed document's text as a reader reads it: without the soft hyphens the engine puts into words, with its
 * no-break spaces and hyphens read as plain ones and the spans that keep codes on one line unwrapped. Tests match
 * what a document says against this, and leave where lines may break to the tests of the printed pages.
 */
export function readable(text: string): string {
  return text
    .replace(/<span class="nobr">([^<]*)<\/span>/g, '$1')
    .replaceAll('\u00AD', '')
    .replaceAll('\u00A0', ' ')
    .replaceAll('\u2011', '-');
}
