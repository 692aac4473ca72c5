import { describe, expect, it } from 'vitest';
import { call, openCore, refusal, useCores, useTempDirs } from '../../kit';
import { BUILT_IN_TITLE, builtInTemplateId, createSurvey, templateFields } from './fixtures';

const core = useCores();
const tempDir = useTempDirs();

describe('the bundled questionnaire', () => {
  it('is in a new store: built in, on parents’ satisfaction with the partnership, choice and open questions', async () => {
    const app = await core();
    const list = await call(app, 'surveyTemplates:list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: BUILT_IN_TITLE, builtIn: true, runsCount: 0 });

    const template = await call(app, 'surveyTemplates:get', { id: list[0]?.id ?? 0 });
    const choice = template.questions.filter((q) => q.kind === 'choice');
    const open = template.questions.filter((q) => q.kind === 'open');
    expect(choice.length).toBeGreaterThanOrEqual(8);
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.text).toMatch(/^Ваши предложения/);
    expect(template.intro).toMatch(/^Уважаемые родители/);
    const texts = choice.map((q) => q.text).join(' ');
    for (const topic of ['библиотек', 'дом', 'дополнительного образования', 'безопасност', 'в целом']) {
      expect(texts).toContain(topic);
    }
    for (const question of choice) {
      expect(question.options.map((o) => o.score)).toEqual([1, 0.5, 0]);
      expect(question.options[0]?.text).toBe('Да');
    }
  });

  it('is seeded once: opening the store again, even after the office renamed it, adds no second copy', async () => {
    const dir = tempDir();
    const first = await openCore(dir);
    const id = await builtInTemplateId(first);
    const template = await call(first, 'surveyTemplates:get', { id });
    await call(first, 'surveyTemplates:update', {
      id,
      fields: { title: 'Наша анкета для родителей', intro: template.intro, questions: template.questions },
    });
    first.close();

    const second = await openCore(dir);
    const list = await call(second, 'surveyTemplates:list', {});
    expect(list.map((t) => [t.title, t.builtIn])).toEqual([['Наша анкета для родителей', true]]);
    second.close();
    const third = await openCore(dir);
    expect(await call(third, 'surveyTemplates:list', {})).toHaveLength(1);
    third.close();
  });

  it('cannot be deleted, but can be copied into a questionnaire of the office’s own', async () => {
    const app = await core();
    const id = await builtInTemplateId(app);
    expect(await refusal(app, 'surveyTemplates:delete', { id })).toMatchObject({
      code: 'forbidden',
      message: `Анкета «${BUILT_IN_TITLE}» встроена в программу, её нельзя удалить. Её можно изменить или скопировать.`,
    });

    const copy = await call(app, 'surveyTemplates:duplicate', { id });
    expect(copy).toMatchObject({ title: `${BUILT_IN_TITLE} (копия)`, builtIn: false });
    expect(copy.questions).toEqual((await call(app, 'surveyTemplates:get', { id })).questions);
    expect((await call(app, 'surveyTemplates:duplicate', { id })).title).toBe(`${BUILT_IN_TITLE} (копия 2)`);
    await call(app, 'surveyTemplates:delete', { id: copy.id });
    expect((await call(app, 'surveyTemplates:list', {})).map((t) => t.title)).toEqual([
      BUILT_IN_TITLE,
      `${BUILT_IN_TITLE} (копия 2)`,
    ]);
  });
});

describe('a questionnaire of the office’s own', () => {
  it('is created, read and edited with its questions, options and scores in order', async () => {
    const app = await core();
    const created = await call(app, 'surveyTemplates:create', { fields: templateFields() });
    expect(created).toMatchObject({ title: 'Летний лагерь', builtIn: false, runsCount: 0 });
    expect(created.questions.map((q) => [q.text, q.kind, q.options.length])).toEqual([
      ['Понравился ли ребёнку лагерь?', 'choice', 3],
      ['Были ли экскурсии интересными?', 'choice', 3],
      ['Ваши предложения', 'open', 0],
    ]);

    const fields = templateFields({
      questions: [
        {
          text: 'Хватило ли вам информации о лагере?',
          kind: 'choice',
          options: [
            { text: 'Вполне', score: 1 },
            { text: 'Скорее да', score: 0.75 },
            { text: 'Нет', score: 0 },
          ],
        },
      ],
    });
    const updated = await call(app, 'surveyTemplates:update', { id: created.id, fields });
    expect(updated.questions).toEqual(fields.questions);
    expect(await call(app, 'surveyTemplates:get', { id: created.id })).toEqual(updated);
    const list = await call(app, 'surveyTemplates:list', {});
    expect(list.map((t) => [t.title, t.questionsCount])).toEqual([
      [BUILT_IN_TITLE, 11],
      ['Летний лагерь', 1],
    ]);
  });

  it('refuses bad input with a Russian message at its field, and changes nothing', async () => {
    const app = await core();
    const created = await call(app, 'surveyTemplates:create', { fields: templateFields() });
    const before = await call(app, 'surveyTemplates:get', { id: created.id });
    const update = (fields: unknown) => refusal(app, 'surveyTemplates:update', { id: created.id, fields });
    const question = (q: object) =>
      templateFields({ questions: [{ ...templateFields().questions[0], ...q } as never] });

    expect(await update(templateFields({ title: '   ' }))).toMatchObject({
      code: 'invalid_input',
      fields: { 'fields.title': 'Назовите анкету' },
    });
    expect((await update(templateFields({ title: 'А'.repeat(10_000) }))).fields).toEqual({
      'fields.title': 'Не более 300 символов',
    });
    expect((await update(templateFields({ questions: [] }))).fields).toEqual({
      'fields.questions': 'Добавьте хотя бы один вопрос',
    });
    expect((await update(question({ text: '' }))).fields).toEqual({
      'fields.questions.0.text': 'Впишите текст вопроса',
    });
    expect((await update(question({ options: [{ text: 'Да', score: 1 }] }))).fields).toEqual({
      'fields.questions.0.options': 'Дайте не меньше двух вариантов ответа',
    });
    expect((await update(question({ kind: 'open' }))).fields).toEqual({
      'fields.questions.0.options': 'У открытого вопроса нет вариантов ответа',
    });
    const twice = [
      { text: 'Да', score: 1 },
      { text: ' да ', score: 0.5 },
    ];
    expect((await update(question({ options: twice }))).fields).toEqual({
      'fields.questions.0.options': 'Варианты ответа повторяются',
    });
    const badScore = [
      { text: 'Да', score: 1.5 },
      { text: 'Нет', score: -0.1 },
    ];
    expect((await update(question({ options: badScore }))).fields).toEqual({
      'fields.questions.0.options.0.score': 'Балл от 0 до 1',
      'fields.questions.0.options.1.score': 'Балл от 0 до 1',
    });
    expect(await call(app, 'surveyTemplates:get', { id: created.id })).toEqual(before);
  });

  it('keeps titles unique, in any case and with «е» for «ё»', async () => {
    const app = await core();
    await call(app, 'surveyTemplates:create', { fields: templateFields() });
    expect(
      await refusal(app, 'surveyTemplates:create', { fields: templateFields({ title: ' летний  ЛАГЕРЬ ' }) }),
    ).toMatchObject({
      code: 'conflict',
      message: 'Анкета «Летний лагерь» уже есть. Назовите анкету иначе.',
      fields: { 'fields.title': 'Анкета с таким названием уже есть' },
    });
    expect(
      await refusal(app, 'surveyTemplates:create', {
        fields: templateFields({ title: 'Удовлетворенность родителей сотрудничеством школы с социальными партнерами' }),
      }),
    ).toMatchObject({ code: 'conflict' });
  });

  it('is deleted after its surveys were held: they keep their questions and results', async () => {
    const app = await core();
    const template = await call(app, 'surveyTemplates:create', { fields: templateFields() });
    const survey = await createSurvey(app, template.id);
    expect((await call(app, 'surveyTemplates:list', {})).find((t) => t.id === template.id)?.runsCount).toBe(1);

    await call(app, 'surveyTemplates:delete', { id: template.id });
    const kept = await call(app, 'surveys:get', { id: survey.id });
    expect(kept).toMatchObject({ templateId: null, templateTitle: null, title: 'Летний лагерь' });
    expect(kept.questions).toEqual(survey.questions);
    expect(await refusal(app, 'surveyTemplates:get', { id: template.id })).toMatchObject({
      code: 'not_found',
      message: 'Анкета не найдена: возможно, она уже удалена. Обновите список анкет.',
    });
  });
});
