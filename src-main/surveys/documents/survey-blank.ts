import type { SurveyTemplate } from '../../contract/surveys';
import type { Block, DocumentModel } from '../../documents/model';
import { quoted } from '../../contract/quote';

/** The box a parent ticks. */
export const CHECKBOX = '☐';
/** A line to write an answer on by hand, as wide as the text of a portrait page. */
export const WRITING_LINE = '_'.repeat(64);
const LINES_PER_OPEN_QUESTION = 4;
/** Options that fit on one line together stand side by side; longer ones one under another. */
const ONE_LINE_LENGTH = 60;
const NBSP = '\u00A0';
const EM_SPACE = '\u2003';

export interface SurveyBlankData {
  template: Pick<SurveyTemplate, 'title' | 'intro' | 'questions'>;
  /** The school's full name, printed above the title; empty to leave it out. */
  schoolName: string;
}

/** «Анкета для родителей — Удовлетворённость родителей …»: the print job's and the file's name. */
export function surveyBlankTitle(templateTitle: string): string {
  return `Анкета для родителей — ${templateTitle}`;
}

function optionBlocks(options: readonly { text: string }[]): Block[] {
  const boxes = options.map((o) => `${CHECKBOX}${NBSP}${o.text}`);
  const together = boxes.join('');
  if (together.length + 4 * boxes.length <= ONE_LINE_LENGTH) {
    return [{ type: 'paragraph', align: 'left', firstLineIndent: true, runs: [boxes.join(EM_SPACE.repeat(3))] }];
  }
  return boxes.map((box) => ({ type: 'paragraph', align: 'left', firstLineIndent: true, runs: [box] }));
}

/**
 * «Анкета для родителей», to print and hand out: the school, the title, the words to parents, each question numbered
 * with its options as boxes to tick (or lines to write on for an open question), and thanks at the end. A4 portrait.
 */
export function buildSurveyBlank({ template, schoolName }: SurveyBlankData): DocumentModel {
  const blocks: Block[] = [];
  if (schoolName.trim() !== '') blocks.push({ type: 'paragraph', align: 'center', runs: [schoolName.trim()] });
  blocks.push({ type: 'heading', level: 1, text: 'Анкета для родителей' });
  blocks.push({ type: 'heading', level: 2, text: quoted(template.title) });
  for (const paragraph of template.intro.split(/\r?\n/).filter((line) => line.trim() !== '')) {
    blocks.push({ type: 'paragraph', firstLineIndent: true, runs: [paragraph.trim()] });
  }
  template.questions.forEach((question, i) => {
    blocks.push({ type: 'heading', level: 3, align: 'left', text: `${i + 1}. ${question.text}` });
    if (question.kind === 'choice') blocks.push(...optionBlocks(question.options));
    else {
      for (let line = 0; line < LINES_PER_OPEN_QUESTION; line += 1) {
        blocks.push({ type: 'paragraph', align: 'left', runs: [WRITING_LINE] });
      }
    }
  });
  blocks.push({ type: 'paragraph', align: 'center', runs: [{ text: 'Спасибо за участие!', bold: true }] });
  return { title: surveyBlankTitle(template.title), orientation: 'portrait', blocks };
}
