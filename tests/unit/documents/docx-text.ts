import JSZip from 'jszip';
import { readable } from './readable-text';

export interface DocxParts {
  document: string;
  styles: string;
  /** The text of every paragraph of the body, in order, with XML entities decoded, as a reader reads it (`readable`). */
  paragraphs: string[];
}

function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** Opens a .docx (a zip) and reads its body and styles. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (document === undefined || styles === undefined) throw new Error('not a Word document');
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    // A no-break hyphen is an element of its own («ВЫС-014»); a soft hyphen prints only at a line's end.
    readable(
      decodeXml(
        [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? '-').join(''),
      ),
    ),
  );
  return { document, styles, paragraphs };
}
