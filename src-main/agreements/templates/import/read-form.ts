/**
 * The school's agreement form read from its .docx: refused as the imports refuse a file (a .doc, encrypted, too
 * large, not a Word document), then its paragraphs with the numbers Word shows before them, and its tables. Runs
 * in a worker thread (`jobs.ts`).
 */
import { AppError } from '../../../errors';
import { readDocx, type DocxContent } from '../../../imports/docx';
import { NumberingLabels } from '../../../imports/docx-numbering';
import { officeFileKind } from '../../../imports/office-file';
import type { FormBlock } from './structure';

const NO_TEXT =
  'В документе нет текста договора: ни одного абзаца. Выберите документ Word (DOCX) с текстом договора, а не ' +
  'пустой документ или скан.';

/** The document's blocks, each paragraph with the label its numbering (its own, or its style's) gives it. */
export function formBlocks(content: DocxContent): FormBlock[] {
  const labels = new NumberingLabels(content.numberingXml, content.stylesXml);
  return content.blocks.map((block): FormBlock => {
    if (block.kind === 'table') {
      return { kind: 'table', rows: block.rows.map((row) => row.cells.map((cell) => cell.text)) };
    }
    const numbering = block.numbering ?? labels.styleNumbering(block.style);
    const label = numbering && block.text.trim() !== '' ? labels.next(numbering.numId, numbering.level) : null;
    return { kind: 'paragraph', text: block.text, style: block.style, label };
  });
}

export async function readAgreementForm(fileName: string, bytes: Uint8Array): Promise<FormBlock[]> {
  officeFileKind(fileName, bytes, ['docx']);
  const blocks = formBlocks(await readDocx(bytes));
  const hasText = blocks.some((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join('')).trim() !== '');
  if (!hasText) throw new AppError('invalid_input', NO_TEXT);
  return blocks;
}
