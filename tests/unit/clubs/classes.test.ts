import { describe, expect, it } from 'vitest';
import { call, refusal, useCores } from '../../kit';
import { clubFields, rowCounts, saveClasses, YEAR } from './fixtures';

const core = useCores();
const PREVIOUS = '2025/2026';

describe('the classes of a year', () => {
  it('are saved as a whole list and read back by grade and letter, with the totals by level', async () => {
    const app = await core();
    const saved = await saveClasses(app, { '10А': 24, '5Б': 23, '1А': 27, '5А': 25, '11А': 19, '4А': 26 });
    expect(saved.classes.map((c) => [c.name, c.pupils, c.level])).toEqual([
      ['1А', 27, 'НОО'],
      ['4А', 26, 'НОО'],
      ['5А', 25, 'ООО'],
      ['5Б', 23, 'ООО'],
      ['10А', 24, 'СОО'],
      ['11А', 19, 'СОО'],
    ]);
    expect(saved.levels.map((l) => [l.level, l.classesCount, l.pupils])).toEqual([
      ['НОО', 2, 53],
      ['ООО', 2, 48],
      ['СОО', 2, 43],
    ]);
    expect(await call(app, 'classes:list', { year: YEAR })).toEqual(saved);
    expect((await call(app, 'classes:list', { year: '2027/2028' })).classes).toEqual([]);
  });

  it('give the totals by level from the list alone; Настройки no longer hold an enrolment of their own', async () => {
    const app = await core();
    const saved = await saveClasses(app, { '1А': 27, '4А': 26, '5А': 25, '5Б': 23, '10А': 24, '11А': 19 });
    expect(saved.levels.map((l) => [l.level, l.pupils, l.carriedPupils])).toEqual([
      ['НОО', 53, null],
      ['ООО', 48, null],
      ['СОО', 43, null],
    ]);
    expect((await call(app, 'settings:get', {})).school).not.toHaveProperty('enrolment');
  });

  it('keep the year’s families and teachers, entered once for the year and apart from other years', async () => {
    const app = await core();
    expect(await call(app, 'classes:list', { year: YEAR })).toMatchObject({ families: null, teachers: null });
    const saved = await call(app, 'classes:saveCounts', { year: YEAR, counts: { families: 210, teachers: 46 } });
    expect(saved).toMatchObject({ year: YEAR, families: 210, teachers: 46 });
    expect(await call(app, 'classes:list', { year: PREVIOUS })).toMatchObject({ families: null, teachers: null });
    await call(app, 'classes:saveCounts', { year: YEAR, counts: { families: null, teachers: 46 } });
    expect(await call(app, 'classes:list', { year: YEAR })).toMatchObject({ families: null, teachers: 46 });
    const refused = await app.dispatch('classes:saveCounts', { year: YEAR, counts: { families: -1, teachers: 46 } });
    expect(refused).toMatchObject({ ok: false, error: { fields: { 'counts.families': 'Не меньше 0' } } });
  });

  it('replace the year’s list when saved again, and leave other years alone', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 }, PREVIOUS);
    await saveClasses(app, { '5А': 25, '6А': 22 });
    const saved = await saveClasses(app, { '6А': 21 });
    expect(saved.classes.map((c) => [c.name, c.pupils])).toEqual([['6А', 21]]);
    expect((await call(app, 'classes:list', { year: PREVIOUS })).classes.map((c) => c.name)).toEqual(['5А']);
  });

  it('refuse a class written otherwise than «5А», a class twice and more than 200 pupils, changing nothing', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    const input = (classes: { name: string; pupils: number }[]) => ({ year: YEAR, classes });
    expect(await refusal(app, 'classes:save', input([{ name: '12А', pupils: 20 }]))).toMatchObject({
      code: 'invalid_input',
      fields: { 'classes.0.name': 'Класс пишется как «5А»: номер от 1 до 11 и заглавная буква' },
    });
    expect(
      await refusal(
        app,
        'classes:save',
        input([
          { name: '5А', pupils: 25 },
          { name: '5А', pupils: 20 },
        ]),
      ),
    ).toMatchObject({ fields: { 'classes.1.name': 'Класс 5А указан дважды' } });
    expect(await refusal(app, 'classes:save', input([{ name: '5А', pupils: 201 }]))).toMatchObject({
      fields: { 'classes.0.pupils': 'Не больше 200' },
    });
    expect(await refusal(app, 'classes:save', input([{ name: '5А', pupils: -1 }]))).toMatchObject({
      fields: { 'classes.0.pupils': 'Не меньше 0' },
    });
    expect((await call(app, 'classes:list', { year: YEAR })).classes.map((c) => [c.name, c.pupils])).toEqual([
      ['5А', 25],
    ]);
  });

  it('tell how many pupils of each class the clubs record', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25, '6А': 22 });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 12 }) });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 15 }, { name: 'Гитара' }) });
    const classes = (await call(app, 'classes:list', { year: YEAR })).classes;
    expect(classes.map((c) => [c.name, c.clubPupils, c.clubsCount])).toEqual([
      ['5А', 15, 2],
      ['6А', 0, 0],
    ]);
  });
});

describe('a class that a club records', () => {
  it('cannot be removed from the year: refused with a Russian message naming the class and its clubs', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25, '6А': 22 });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 12 }) });
    const error = await refusal(app, 'classes:save', { year: YEAR, classes: [{ name: '6А', pupils: 22 }] });
    expect(error).toMatchObject({
      code: 'conflict',
      message:
        'Класс 5А нельзя удалить: его обучающиеся записаны в кружки 2026/2027 учебного года («Хореография»). ' +
        'Сначала уберите класс из этих кружков.',
    });
    expect(rowCounts(app).classes).toBe(2);
  });

  it('cannot have fewer pupils than one club records for it, and may have exactly as many', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 12 }) });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 18 }, { name: 'Гитара' }) });
    const error = await refusal(app, 'classes:save', { year: YEAR, classes: [{ name: '5А', pupils: 17 }] });
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'Численность 5А не может быть меньше 18: столько обучающихся этого класса записано в кружок «Гитара».',
      fields: { 'classes.0.pupils': 'Не меньше 18: столько записано в кружок «Гитара»' },
    });
    expect((await call(app, 'classes:list', { year: YEAR })).classes[0]?.pupils).toBe(25);
    // Two clubs together may hold more than the class (a pupil attends both): only one club's count is the floor.
    const saved = await saveClasses(app, { '5А': 18 });
    expect(saved.classes[0]?.pupils).toBe(18);
  });

  it('of another year does not hold this year’s class', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 }, PREVIOUS);
    await call(app, 'clubs:create', { year: PREVIOUS, fields: clubFields(app, { '5А': 12 }) });
    await saveClasses(app, { '5А': 25 });
    expect((await saveClasses(app, {})).classes).toEqual([]);
  });
});

describe('filling a year from the year before «с переводом»', () => {
  it('moves every class one grade up with its pupils, lets the 11th grades leave and makes no 1st grades', async () => {
    const app = await core();
    await saveClasses(app, { '1А': 27, '1Б': 26, '4А': 24, '9А': 21, '10А': 18, '11А': 17, '11Б': 15 }, PREVIOUS);
    expect(await call(app, 'classes:promote', { year: YEAR })).toEqual({ added: 5, kept: 0, graduated: 2 });
    const classes = (await call(app, 'classes:list', { year: YEAR })).classes;
    expect(classes.map((c) => [c.name, c.pupils])).toEqual([
      ['2А', 27],
      ['2Б', 26],
      ['5А', 24],
      ['10А', 21],
      ['11А', 18],
    ]);
    // The year before is as it was.
    expect((await call(app, 'classes:list', { year: PREVIOUS })).classes).toHaveLength(7);
  });

  it('keeps the classes the year has already, as the office entered them', async () => {
    const app = await core();
    await saveClasses(app, { '1А': 27, '5А': 24 }, PREVIOUS);
    await saveClasses(app, { '1А': 30, '2А': 26 });
    expect(await call(app, 'classes:promote', { year: YEAR })).toEqual({ added: 1, kept: 1, graduated: 0 });
    const classes = (await call(app, 'classes:list', { year: YEAR })).classes;
    expect(classes.map((c) => [c.name, c.pupils])).toEqual([
      ['1А', 30],
      ['2А', 26],
      ['6А', 24],
    ]);
  });

  it('says what the year before tells, and that there is nothing to move when it has no classes', async () => {
    const app = await core();
    expect((await call(app, 'classes:list', { year: YEAR })).previousYear).toEqual({
      year: PREVIOUS,
      classesCount: 0,
    });
    expect(await refusal(app, 'classes:promote', { year: YEAR })).toMatchObject({
      code: 'not_found',
      message:
        'В 2025/2026 учебном году классы не внесены — переводить нечего. Внесите классы 2026/2027 учебного года вручную.',
    });
    expect(rowCounts(app).classes).toBe(0);
  });
});
