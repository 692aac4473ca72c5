import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../errors';

/** A paragraph or a table of the document's body, in the order the document has them. */
export type DocxBlock =
  | { kind: 'paragraph'; text: string; style: string | null; numbering: { numId: string; level: number } | null }
  | { kind: 'table'; rows: DocxRow[] };

export interface DocxRow {
  cells: DocxCell[];
}

export interface DocxCell {
  /** The cell's paragraphs joined by '\n' (a nested table's cells are paragraphs of it); '' when continuesAbove. */
  text: string;
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  /** The cell continues the one above it (a vertical merge, w:vMerge without «restart»). */
  continuesAbove: boolean;
}

export interface DocxContent {
  blocks: DocxBlock[];
  /** word/numbering.xml as it is, for whoever must tell how a list is numbered. */
  numberingXml: string | null;
  /** word/styles.xml as it is. */
  stylesXml: string | null;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const SAVE_AGAIN = 'Откройте его в Word и сохраните заново как «Документ Word (*.docx)».';
const DAMAGED = `Файл повреждён или это не документ Word: его не удалось открыть. ${SAVE_AGAIN}`;
const NO_DOCUMENT = `В файле нет текста документа Word: возможно, это не документ Word или файл повреждён. ${SAVE_AGAIN}`;

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (isElement(child)) out.push(child);
  return out;
}

/** A WordprocessingML element of that local name (the prefix a producer chose does not matter). */
function isW(element: Element, name: string): boolean {
  return element.localName === name && (element.namespaceURI === W || element.namespaceURI === null);
}

function child(element: Element | null, name: string): Element | null {
  if (!element) return null;
  return children(element).find((c) => isW(c, name)) ?? null;
}

function wAttr(element: Element | null, name: string): string | null {
  if (!element) return null;
  return element.getAttributeNS(W, name) ?? element.getAttribute(`w:${name}`);
}

/**
 * The children that hold content in order, through the wrappers Word puts around it: content controls (w:sdt),
 * custom XML, smart tags, inserted text of tracked changes, and a drawing's alternative content (its fallback
 * repeats the choice).
 */
function contentChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (const c of children(node)) {
    if (isW(c, 'sdt')) {
      const content = child(c, 'sdtContent');
      if (content) out.push(...contentChildren(content));
    } else if (isW(c, 'customXml') || isW(c, 'smartTag') || isW(c, 'ins') || isW(c, 'hyperlink')) {
      out.push(...contentChildren(c));
    } else if (c.localName === 'AlternateContent') {
      const choice = children(c).find((a) => a.localName === 'Choice');
      if (choice) out.push(...contentChildren(choice));
    } else {
      out.push(c);
    }
  }
  return out;
}

/** Elements whose text is not the paragraph's: properties, deleted text, field codes, drawings and text boxes. */
const SILENT = new Set(['pPr', 'rPr', 'del', 'delText', 'instrText', 'drawing', 'pict', 'object', 'footnoteReference']);

/** The text of a run container: w:t as it is, w:tab as '\t', w:br and w:cr as '\n'; deleted text left out. */
function runText(node: Node): string {
  let text = '';
  for (const c of contentChildren(node)) {
    if (isW(c, 't')) text += c.textContent ?? '';
    else if (isW(c, 'tab')) text += '\t';
    else if (isW(c, 'br') || isW(c, 'cr')) text += '\n';
    else if (isW(c, 'noBreakHyphen')) text += '-';
    else if (SILENT.has(c.localName ?? '')) continue;
    else text += runText(c);
  }
  return text;
}

function paragraph(p: Element): DocxBlock {
  const pPr = child(p, 'pPr');
  const numPr = child(pPr, 'numPr');
  const numId = wAttr(child(numPr, 'numId'), 'val');
  const level = Number(wAttr(child(numPr, 'ilvl'), 'val') ?? '0');
  return {
    kind: 'paragraph',
    text: runText(p),
    style: wAttr(child(pPr, 'pStyle'), 'val'),
    numbering: numId !== null && numId !== '0' ? { numId, level: Number.isFinite(level) ? level : 0 } : null,
  };
}

/** A cell's paragraphs, a nested table's cells among them in reading order. */
function cellLines(container: Element): string[] {
  const lines: string[] = [];
  for (const c of contentChildren(container)) {
    if (isW(c, 'p')) lines.push(runText(c));
    else if (isW(c, 'tbl'))
      for (const row of tableRows(c)) for (const cell of row.cells) if (cell.text) lines.push(cell.text);
  }
  return lines;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function tableRows(tbl: Element): DocxRow[] {
  const rows: DocxRow[] = [];
  for (const tr of contentChildren(tbl)) {
    if (!isW(tr, 'tr')) continue;
    const trPr = child(tr, 'trPr');
    const cells: DocxCell[] = [];
    const before = positiveInt(wAttr(child(trPr, 'gridBefore'), 'val'), 0);
    if (before > 0) cells.push({ text: '', span: before, continuesAbove: false });
    for (const tc of contentChildren(tr)) {
      if (!isW(tc, 'tc')) continue;
      const tcPr = child(tc, 'tcPr');
      const vMerge = child(tcPr, 'vMerge');
      const continuesAbove = vMerge !== null && (wAttr(vMerge, 'val') ?? 'continue') === 'continue';
      cells.push({
        text: continuesAbove ? '' : cellLines(tc).join('\n'),
        span: positiveInt(wAttr(child(tcPr, 'gridSpan'), 'val'), 1),
        continuesAbove,
      });
    }
    rows.push({ cells });
  }
  return rows;
}

function parseXml(xml: string): Node {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  } catch {
    refuse(DAMAGED);
  }
}

async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  return entry ? entry.async('string') : null;
}

/** The body of a .docx, its paragraphs and tables in order; refuses a file that is not a Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    refuse(DAMAGED);
  }
  let documentXml: string | null;
  try {
    documentXml = await textOf(zip, 'word/document.xml');
  } catch {
    refuse(DAMAGED);
  }
  if (documentXml === null) refuse(NO_DOCUMENT);
  const document = parseXml(documentXml);
  const root = children(document).find((c) => isW(c, 'document'));
  const body = child(root ?? null, 'body');
  if (!body) refuse(NO_DOCUMENT);
  const blocks: DocxBlock[] = [];
  for (const c of contentChildren(body)) {
    if (isW(c, 'p')) blocks.push(paragraph(c));
    else if (isW(c, 'tbl')) blocks.push({ kind: 'table', rows: tableRows(c) });
  }
  return {
    blocks,
    numberingXml: await textOf(zip, 'word/numbering.xml').catch(() => null),
    stylesXml: await textOf(zip, 'word/styles.xml').catch(() => null),
  };
}
