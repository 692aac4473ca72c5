import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/documents/docx';
import { buildSurveyBlank, CHECKBOX, WRITING_LINE } from '../../../src-main/surveys/documents/survey-blank';
import { call, refusal, useCores } from '../../kit';
import { readDocx } from '../documents/docx-text';
import { readable } from '../documents/readable-text';
import { BUILT_IN_TITLE, builtInTemplateId, templateFields } from './fixtures';

const core = useCores();
const SCHOOL = 'МБОУ Первомайская СОШ';
const NBSP = '\u00A0';

/** The text of the document's blocks, one line each, with non-breaking and em spaces read as spaces. */
function blankLines(fields = templateFields()): string[] {
  const model = buildSurveyBlank({ template: fields, schoolName: SCHOOL });
  return model.blocks.map((block) => {
    if (block.type === 'heading') return block.text;
    if (block.type === 'paragraph') {
      return block.runs
        .map((r) => (typeof r === 'string' ? r : r.text))
        .join('')
        .replace(/[\u00A0\u2003]+/g, ' ');
    }
    return `[${block.type}]`;
  });
}

describe('the blank questionnaire', () => {
  it('has the school, the title, the words to parents, numbered questions with boxes to tick, lines and thanks', () => {
    expect(blankLines()).toEqual([
      SCHOOL,
      'Анкета для родителей',
      '«Летний лагерь»',
      'Уважаемые родители! Ответьте, пожалуйста, на вопросы.',
      '1. Понравился ли ребёнку лагерь?',
      '☐ Да ☐ Частично ☐ Нет',
      '2. Были ли экскурсии интересными?',
      '☐ Да ☐ Частично ☐ Нет',
      '3. Ваши предложения',
      WRITING_LINE,
      WRITING_LINE,
      WRITING_LINE,
      WRITING_LINE,
      'Спасибо за участие!',
    ]);
  });

  it('puts long options one under another, and keeps each box with its option', () => {
    const options = [
      { text: 'Да, ребёнок с удовольствием рассказывает о них дома', score: 1 },
      { text: 'Иногда, если мероприятие было интересным', score: 0.5 },
      { text: 'Нет', score: 0 },
    ];
    const fields = templateFields({ questions: [{ text: 'Интересно ли ребёнку?', kind: 'choice', options }] });
    const lines = blankLines(fields);
    expect(lines.slice(4, 8)).toEqual([
      '1. Интересно ли ребёнку?',
      `${CHECKBOX} Да, ребёнок с удовольствием рассказывает о них дома`,
      `${CHECKBOX} Иногда, если мероприятие было интересным`,
      `${CHECKBOX} Нет`,
    ]);
    const model = buildSurveyBlank({ template: fields, schoolName: SCHOOL });
    expect(JSON.stringify(model.blocks)).toContain(`${CHECKBOX}${NBSP}Нет`);
  });

  it('is A4 portrait, named after its template, and leaves the school out when Настройки name none', () => {
    const model = buildSurveyBlank({ template: templateFields(), schoolName: ' ' });
    expect(model).toMatchObject({ title: 'Анкета для родителей — Летний лагерь', orientation: 'portrait' });
    expect(model.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Анкета для родителей' });
  });

  it('prints the bundled questionnaire with every question and option, to HTML and Word', async () => {
    const app = await core();
    const templateId = await builtInTemplateId(app);
    const template = await call(app, 'surveyTemplates:get', { id: templateId });
    const preview = await call(app, 'documents:preview', { kind: 'surveyBlank', templateId });
    expect(preview.title).toBe(`Анкета для родителей — ${BUILT_IN_TITLE}`);
    const html = readable(preview.html);
    for (const [i, question] of template.questions.entries()) {
      expect(html).toContain(`${i + 1}. ${question.text}`);
      for (const option of question.options) expect(html).toContain(`${CHECKBOX} ${option.text}`);
    }
    expect(html).toContain('Спасибо за участие!');

    await call(app, 'documents:saveDocx', { kind: 'surveyBlank', templateId });
    const saved = app.output.saved.at(-1);
    expect(saved?.fileName).toBe(`Анкета для родителей — ${BUILT_IN_TITLE}.docx`);
    const docx = await readDocx(saved?.content as Uint8Array);
    expect(docx.paragraphs).toContain(`1. ${template.questions[0]?.text ?? ''}`);
    expect(docx.paragraphs.join('\n')).toContain(`${CHECKBOX} Частично`);
    expect(docx.paragraphs).toContain('Спасибо за участие!');
  });

  it('of a deleted template is refused with a Russian message', async () => {
    const app = await core();
    expect(await refusal(app, 'documents:savePdf', { kind: 'surveyBlank', templateId: 999 })).toMatchObject({
      code: 'not_found',
      message: 'Анкета не найдена: возможно, она уже удалена. Обновите список анкет.',
    });
    expect(app.output.saved).toEqual([]);
  });

  it('renders to a Word file whose paragraphs hold the questions', async () => {
    const docx = await readDocx(await renderDocx(buildSurveyBlank({ template: templateFields(), schoolName: SCHOOL })));
    expect(docx.paragraphs).toContain('2. Были ли экскурсии интересными?');
    expect(docx.paragraphs.filter((p) => p === WRITING_LINE)).toHaveLength(4);
  });
});
