import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { call, refusal, useCores } from '../../kit';
import { BUILT_IN_TITLE, builtInTemplateId, createSurvey, talliesOf, templateFields, YEAR } from './fixtures';

const core = useCores();

async function withTemplate(): Promise<{ app: AppCore; templateId: number }> {
  const app = await core();
  const template = await call(app, 'surveyTemplates:create', { fields: templateFields() });
  return { app, templateId: template.id };
}

describe('a survey run', () => {
  it('is made from a template for a year and a date, titled as the template, with its own copy of the questions', async () => {
    const app = await core();
    const templateId = await builtInTemplateId(app);
    const survey = await createSurvey(app, templateId);
    const template = await call(app, 'surveyTemplates:get', { id: templateId });
    expect(survey).toMatchObject({
      templateId,
      templateTitle: BUILT_IN_TITLE,
      title: BUILT_IN_TITLE,
      year: YEAR,
      conductedOn: '2026-11-20',
      mode: 'tally',
      respondents: 0,
      families: 40,
      responseRate: 0,
      hasResults: false,
    });
    expect(survey.questions.map((q) => ({ text: q.text, kind: q.kind, options: q.options }))).toEqual(
      template.questions.map((q) => ({
        text: q.text,
        kind: q.kind,
        options: q.options.map((o) => ({ ...o, id: expect.any(Number), tally: 0 })),
      })),
    );
    expect(survey.questions.map((q) => q.number)).toEqual(template.questions.map((_, i) => i + 1));
  });

  it('counts out of the year’s families unless told otherwise; 0 families give no response rate', async () => {
    const { app, templateId } = await withTemplate();
    expect((await createSurvey(app, templateId, { families: null })).families).toBe(0);
    expect((await createSurvey(app, templateId, { families: null })).responseRate).toBeNull();
    await call(app, 'classes:saveCounts', { year: YEAR, counts: { families: 350, teachers: null } });
    expect((await createSurvey(app, templateId, { families: null })).families).toBe(350);
    expect((await createSurvey(app, templateId, { families: 120 })).families).toBe(120);
  });

  it('is held within its academic year, and refuses a deleted template', async () => {
    const { app, templateId } = await withTemplate();
    const input = {
      templateId,
      year: YEAR,
      title: '',
      conductedOn: '2027-09-01',
      mode: 'tally',
      families: 40,
      notes: '',
    };
    expect(await refusal(app, 'surveys:create', input)).toMatchObject({
      code: 'invalid_input',
      fields: { conductedOn: 'Дата должна быть в пределах 2026/2027 учебного года: с 01.09.2026 по 31.08.2027' },
    });
    expect(
      await refusal(app, 'surveys:create', { ...input, conductedOn: '2027-05-20', templateId: 999 }),
    ).toMatchObject({ code: 'not_found', fields: { templateId: 'Выберите анкету из списка' } });
    expect(
      await refusal(app, 'surveys:create', { ...input, conductedOn: '2027-05-20', title: 'Т'.repeat(10_000) }),
    ).toMatchObject({ code: 'invalid_input', fields: { title: 'Не более 300 символов' } });
    expect(await call(app, 'surveys:list', { year: YEAR })).toEqual([]);
  });

  it('keeps its questions when the template is edited afterwards', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId);
    await call(app, 'surveyTemplates:update', {
      id: templateId,
      fields: templateFields({
        title: 'Лагерь, новая редакция',
        questions: [
          {
            text: 'Совсем другой вопрос?',
            kind: 'choice',
            options: [
              { text: 'Да', score: 1 },
              { text: 'Нет', score: 0 },
            ],
          },
        ],
      }),
    });
    const after = await call(app, 'surveys:get', { id: survey.id });
    expect(after.questions).toEqual(survey.questions);
    expect(after).toMatchObject({ title: 'Летний лагерь', templateTitle: 'Лагерь, новая редакция' });
  });

  it('is edited: title, date, families and notes; the mode only while no results are entered', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId);
    const fields = {
      title: 'Лагерь 2027',
      conductedOn: '2027-06-30',
      mode: 'respondents' as const,
      families: 50,
      notes: 'Раздали 45 анкет',
    };
    expect(await call(app, 'surveys:update', { id: survey.id, fields })).toMatchObject(fields);

    await call(app, 'surveyResponses:create', { surveyId: survey.id, answers: [] });
    expect(await refusal(app, 'surveys:update', { id: survey.id, fields: { ...fields, mode: 'tally' } })).toMatchObject(
      {
        code: 'invalid_input',
        fields: { 'fields.mode': 'Результаты уже введены' },
      },
    );
    expect(
      await refusal(app, 'surveys:update', { id: survey.id, fields: { ...fields, conductedOn: '2026-08-31' } }),
    ).toMatchObject({ fields: { 'fields.conductedOn': expect.stringContaining('в пределах 2026/2027') } });
  });

  it('is deleted with its results; its template stays', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId);
    await call(app, 'surveys:delete', { id: survey.id });
    expect(await refusal(app, 'surveys:get', { id: survey.id })).toMatchObject({
      code: 'not_found',
      message: 'Анкетирование не найдено: возможно, оно уже удалено.',
    });
    expect((await call(app, 'surveyTemplates:get', { id: templateId })).runsCount).toBe(0);
  });
});

describe('a tally', () => {
  it('is saved with the forms returned, and gives the index of each question and overall', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId, { families: 40 });
    // Question 1: 22 «да», 5 «частично», 4 «нет» → 24.5 / 31; question 2: nobody answered.
    const saved = await call(app, 'surveys:saveTally', {
      id: survey.id,
      respondents: 31,
      tallies: talliesOf(survey, { 1: [22, 5, 4] }),
    });
    expect(saved).toMatchObject({ respondents: 31, hasResults: true, responseRate: 31 / 40 });
    expect(saved.questions[0]?.options.map((o) => o.tally)).toEqual([22, 5, 4]);

    const results = await call(app, 'surveys:results', { id: survey.id });
    expect(results).toMatchObject({ respondents: 31, families: 40, responseRate: 31 / 40 });
    expect(results.questions[0]).toMatchObject({
      number: 1,
      answered: 31,
      band: 'high',
      summary: '0,79 — высокий: 31 ответ, из них „да“ 22, „частично“ 5, „нет“ 4',
    });
    expect(results.questions[0]?.index).toBeCloseTo(24.5 / 31, 12);
    expect(results.questions[1]).toMatchObject({ answered: 0, index: null, band: null });
    expect(results.questions[2]).toMatchObject({ kind: 'open', index: null });
    // The unanswered question leaves the overall index as question 1's.
    expect(results.overall.index).toBeCloseTo(24.5 / 31, 12);
    expect(results.overall.summary).toBe('0,79 — высокий: 31 ответ по 1 вопросу из 2');

    const [listed] = await call(app, 'surveys:list', { year: YEAR });
    expect(listed).toMatchObject({ id: survey.id, respondents: 31, band: 'high' });
    expect(listed?.index).toBeCloseTo(24.5 / 31, 12);
  });

  it('is refused, naming the question, when its answers add up to more than the forms returned; nothing changes', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId);
    await call(app, 'surveys:saveTally', {
      id: survey.id,
      respondents: 20,
      tallies: talliesOf(survey, { 1: [10, 5, 5] }),
    });
    const before = await call(app, 'surveys:get', { id: survey.id });

    const error = await refusal(app, 'surveys:saveTally', {
      id: survey.id,
      respondents: 31,
      tallies: talliesOf(survey, { 1: [20, 5, 4], 2: [22, 6, 4] }),
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message:
        'Вопрос 2 «Были ли экскурсии интересными?»: ответов 32, а анкет вернулось 31. ' +
        'Ответов на вопрос не может быть больше, чем анкет: проверьте числа.',
      fields: { respondents: 'Меньше, чем ответов на вопрос 2' },
    });
    expect(await call(app, 'surveys:get', { id: survey.id })).toEqual(before);

    const both = await refusal(app, 'surveys:saveTally', {
      id: survey.id,
      respondents: 10,
      tallies: talliesOf(survey, { 1: [20, 5, 4], 2: [22, 6, 4] }),
    });
    expect(both.message).toMatch(
      /^Вопрос 1 «Понравился ли ребёнку лагерь\?»: ответов 29.* Та же ошибка ещё в 1 вопросе\.$/,
    );
  });

  it('is refused when more forms came back than the school has families, unless the families are not known', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId, { families: 30 });
    expect(await refusal(app, 'surveys:saveTally', { id: survey.id, respondents: 31, tallies: [] })).toMatchObject({
      code: 'invalid_input',
      message: 'Анкет больше, чем семей: 31 анкета, а семей 30. Проверьте число анкет или количество семей.',
      fields: { respondents: 'Не больше 30 — числа семей' },
    });
    expect((await call(app, 'surveys:get', { id: survey.id })).respondents).toBe(0);

    const unknown = await createSurvey(app, templateId, { families: 0 });
    expect((await call(app, 'surveys:saveTally', { id: unknown.id, respondents: 31, tallies: [] })).respondents).toBe(
      31,
    );
    // Nor can the families be lowered below the forms already counted.
    const fields = { title: 'Лагерь', conductedOn: '2026-11-20', mode: 'tally', families: 25, notes: '' };
    expect(await refusal(app, 'surveys:update', { id: unknown.id, fields })).toMatchObject({
      fields: { 'fields.families': 'Не больше 25 — числа семей' },
    });
  });

  it('refuses options of another survey, and a survey whose questionnaires are entered one by one', async () => {
    const { app, templateId } = await withTemplate();
    const one = await createSurvey(app, templateId);
    const other = await createSurvey(app, templateId);
    expect(
      await refusal(app, 'surveys:saveTally', {
        id: one.id,
        respondents: 5,
        tallies: talliesOf(other, { 1: [1, 1, 1] }),
      }),
    ).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Вариант ответа не найден') });
    const byForm = await createSurvey(app, templateId, { mode: 'respondents' });
    expect(await refusal(app, 'surveys:saveTally', { id: byForm.id, respondents: 5, tallies: [] })).toMatchObject({
      code: 'conflict',
    });
    expect(await refusal(app, 'surveys:saveTally', { id: one.id, respondents: -1, tallies: [] })).toMatchObject({
      fields: { respondents: 'Не меньше 0' },
    });
  });
});

describe('questionnaires entered one by one', () => {
  it('are added, edited and deleted; their number is the respondents, and their answers give the index', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId, { mode: 'respondents', families: 10 });
    const [q1, q2, q3] = survey.questions;
    if (!q1 || !q2 || !q3) throw new Error('three questions expected');
    const option = (q: typeof q1, i: number) => q.options[i]?.id ?? 0;

    const first = await call(app, 'surveyResponses:create', {
      surveyId: survey.id,
      answers: [
        { questionId: q1.id, optionId: option(q1, 0), text: '' },
        { questionId: q2.id, optionId: null, text: '' },
        { questionId: q3.id, optionId: null, text: 'Больше экскурсий в музей' },
      ],
    });
    expect(first).toEqual({
      id: first.id,
      number: 1,
      answers: [
        { questionId: q1.id, optionId: option(q1, 0), text: '' },
        { questionId: q3.id, optionId: null, text: 'Больше экскурсий в музей' },
      ],
    });
    const second = await call(app, 'surveyResponses:create', {
      surveyId: survey.id,
      answers: [
        { questionId: q1.id, optionId: option(q1, 1), text: '' },
        { questionId: q2.id, optionId: option(q2, 2), text: '' },
      ],
    });
    expect((await call(app, 'surveys:get', { id: survey.id })).respondents).toBe(2);

    let results = await call(app, 'surveys:results', { id: survey.id });
    expect(results.questions[0]).toMatchObject({ answered: 2, index: 0.75, band: 'high' });
    expect(results.questions[1]).toMatchObject({ answered: 1, index: 0, band: 'low' });
    expect(results.questions[2]?.texts).toEqual(['Больше экскурсий в музей']);
    // (1 + 0.5 + 0) / 3
    expect(results.overall.index).toBeCloseTo(0.5, 12);
    expect(results.responseRate).toBeCloseTo(0.2, 12);

    await call(app, 'surveyResponses:update', {
      id: second.id,
      answers: [{ questionId: q2.id, optionId: option(q2, 0), text: '' }],
    });
    results = await call(app, 'surveys:results', { id: survey.id });
    expect(results.questions[0]).toMatchObject({ answered: 1, index: 1 });
    expect(results.questions[1]).toMatchObject({ answered: 1, index: 1 });

    await call(app, 'surveyResponses:delete', { id: first.id });
    const left = await call(app, 'surveyResponses:list', { surveyId: survey.id });
    expect(left.map((r) => [r.id, r.number])).toEqual([[second.id, 1]]);
    expect((await call(app, 'surveys:get', { id: survey.id })).respondents).toBe(1);
  });

  it('refuse an option of another question, a choice for an open question, and more forms than families', async () => {
    const { app, templateId } = await withTemplate();
    const survey = await createSurvey(app, templateId, { mode: 'respondents', families: 1 });
    const [q1, q2, q3] = survey.questions;
    if (!q1 || !q2 || !q3) throw new Error('three questions expected');
    const create = (answers: unknown[]) => refusal(app, 'surveyResponses:create', { surveyId: survey.id, answers });

    expect(await create([{ questionId: q1.id, optionId: q2.options[0]?.id, text: '' }])).toMatchObject({
      code: 'invalid_input',
      message: 'Вопрос 1 «Понравился ли ребёнку лагерь?»: такого варианта ответа нет. Выберите вариант из списка.',
    });
    expect(await create([{ questionId: q3.id, optionId: q1.options[0]?.id, text: '' }])).toMatchObject({
      message: 'Вопрос 3 «Ваши предложения»: на открытый вопрос отвечают своими словами.',
    });
    expect((await create([{ questionId: q3.id, optionId: null, text: 'Б'.repeat(10_000) }])).fields).toEqual({
      'answers.0.text': 'Не более 2000 символов',
    });
    await call(app, 'surveyResponses:create', { surveyId: survey.id, answers: [] });
    expect(await create([])).toMatchObject({
      message: 'Анкет больше, чем семей: 2 анкеты, а семей 1. Проверьте число анкет или количество семей.',
    });
    expect(await call(app, 'surveyResponses:list', { surveyId: survey.id })).toHaveLength(1);
  });
});

describe('the comparison with earlier surveys', () => {
  it('shows each earlier run of the same template with its index and the change, overall and per question', async () => {
    const { app, templateId } = await withTemplate();
    const other = await call(app, 'surveyTemplates:create', { fields: templateFields({ title: 'Другая анкета' }) });
    const spring = await createSurvey(app, templateId, { conductedOn: '2026-04-20', year: '2025/2026' });
    const autumn = await createSurvey(app, templateId, { conductedOn: '2026-11-20' });
    await createSurvey(app, other.id, { conductedOn: '2026-10-01' });
    await call(app, 'surveys:saveTally', {
      id: spring.id,
      respondents: 10,
      tallies: talliesOf(spring, { 1: [5, 0, 5] }),
    });
    await call(app, 'surveys:saveTally', {
      id: autumn.id,
      respondents: 10,
      tallies: talliesOf(autumn, { 1: [8, 0, 2], 2: [10, 0, 0] }),
    });

    const results = await call(app, 'surveys:results', { id: autumn.id });
    expect(results.earlier).toEqual([
      {
        surveyId: spring.id,
        title: 'Летний лагерь',
        year: '2025/2026',
        conductedOn: '2026-04-20',
        index: 0.5,
        change: 0.4,
        questions: [
          { number: 1, index: 0.5, change: 0.3 },
          { number: 2, index: null, change: null },
        ],
      },
    ]);
    expect((await call(app, 'surveys:results', { id: spring.id })).earlier).toEqual([]);
  });
});
