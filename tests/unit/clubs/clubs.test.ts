import { describe, expect, it } from 'vitest';
import { call, partnerId, refusal, useCores } from '../../kit';
import { ARTS_SCHOOL, CENTRE, clubFields, rowCounts, saveClasses, YEAR } from './fixtures';

const core = useCores();

describe('a club at a partner', () => {
  it('is kept with its partner, leader, schedule and pupils per class, and listed with its total', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25, '2А': 26, '10А': 18 });
    const club = await call(app, 'clubs:create', {
      year: YEAR,
      fields: clubFields(app, { '5А': 12, '2А': 8 }, { notes: '  Занятия в ЦДО  ' }),
    });
    expect(club).toMatchObject({
      year: YEAR,
      partnerId: partnerId(app, CENTRE),
      partnerName: CENTRE,
      name: 'Хореография',
      leader: 'Соколова Е. В.',
      schedule: 'Вт, Чт 15:00–16:30',
      notes: 'Занятия в ЦДО',
      attendance: [
        { className: '2А', pupils: 8 },
        { className: '5А', pupils: 12 },
      ],
      pupils: 20,
    });
    expect(await call(app, 'clubs:list', { year: YEAR })).toEqual([club]);
    expect(await call(app, 'clubs:list', { year: '2027/2028' })).toEqual([]);
  });

  it('is listed by partner, then by name, and can be listed for one partner', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    const arts = partnerId(app, ARTS_SCHOOL);
    await call(app, 'clubs:create', {
      year: YEAR,
      fields: clubFields(app, { '5А': 5 }, { name: 'Баян', partnerId: arts }),
    });
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 7 }, { name: 'ИЗО-студия' }) });
    await call(app, 'clubs:create', {
      year: YEAR,
      fields: clubFields(app, { '5А': 9 }, { name: 'Гитара', partnerId: arts }),
    });
    const all = await call(app, 'clubs:list', { year: YEAR });
    expect(all.map((c) => c.name)).toEqual(['ИЗО-студия', 'Баян', 'Гитара']);
    expect((await call(app, 'clubs:list', { year: YEAR, partnerId: arts })).map((c) => c.name)).toEqual([
      'Баян',
      'Гитара',
    ]);
  });

  it('is changed and deleted, its attendance with it', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25, '6А': 22 });
    const club = await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 12 }) });
    const changed = await call(app, 'clubs:update', {
      id: club.id,
      fields: clubFields(app, { '6А': 10 }, { name: 'Хореографический ансамбль', leader: '' }),
    });
    expect(changed).toMatchObject({
      name: 'Хореографический ансамбль',
      leader: '',
      attendance: [{ className: '6А', pupils: 10 }],
    });
    expect(await call(app, 'clubs:delete', { id: club.id })).toEqual({ deleted: true });
    expect(rowCounts(app)).toMatchObject({ clubs: 0, attendance: 0 });
    expect(await refusal(app, 'clubs:delete', { id: club.id })).toMatchObject({
      code: 'not_found',
      message: 'Кружок не найден: возможно, он уже удалён.',
    });
    expect(await refusal(app, 'clubs:update', { id: club.id, fields: clubFields(app, {}) })).toMatchObject({
      code: 'not_found',
    });
  });

  it('may have no classes yet, even before the year’s classes are entered', async () => {
    const app = await core();
    const club = await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, {}) });
    expect(club).toMatchObject({ attendance: [], pupils: 0 });
  });
});

describe('the pupils a club records', () => {
  it('cannot outnumber the class: refused with a message naming the class, the number and the enrolment', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25, '6А': 22 });
    const error = await refusal(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '6А': 10, '5А': 26 }) });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'В кружок «Хореография» не может быть записано 26 обучающихся 5А: в классе 5А всего 25.',
      fields: { 'fields.attendance.1.pupils': 'Больше, чем обучающихся в классе (25)' },
    });
    expect(rowCounts(app)).toMatchObject({ clubs: 0, attendance: 0 });
  });

  it('cannot outnumber the class when a club is changed either, and the club stays as it was', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    const club = await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 12 }) });
    const error = await refusal(app, 'clubs:update', {
      id: club.id,
      fields: clubFields(app, { '5А': 30 }, { name: 'Танцы' }),
    });
    expect(error.message).toBe('В кружок «Танцы» не может быть записано 30 обучающихся 5А: в классе 5А всего 25.');
    expect(await call(app, 'clubs:list', { year: YEAR })).toEqual([club]);
  });

  it('are of the year’s classes only: another class is refused, naming it and where to add it', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    const error = await refusal(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 5, '7В': 3 }) });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Класса 7В нет в списке классов 2026/2027 учебного года: добавьте его в разделе «Классы и численность».',
      fields: { 'fields.attendance.1.className': 'Класса 7В нет в списке классов года' },
    });
    expect(rowCounts(app).clubs).toBe(0);
  });

  it('need the year’s classes entered first', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 }, '2025/2026');
    const error = await refusal(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 5 }) });
    expect(error.message).toBe(
      'Классы 2026/2027 учебного года ещё не внесены: сначала заполните «Классы и численность», затем укажите, ' +
        'сколько обучающихся каждого класса посещают кружок.',
    );
    expect(rowCounts(app).clubs).toBe(0);
  });

  it('name each class once, and at least one pupil for it', async () => {
    const app = await core();
    await saveClasses(app, { '5А': 25 });
    const fields = clubFields(app, {});
    const twice = {
      ...fields,
      attendance: [
        { className: '5А', pupils: 3 },
        { className: '5А', pupils: 4 },
      ],
    };
    expect(await refusal(app, 'clubs:create', { year: YEAR, fields: twice })).toMatchObject({
      code: 'invalid_input',
      fields: { 'fields.attendance.1.className': 'Класс 5А указан дважды' },
    });
    const none = { ...fields, attendance: [{ className: '5А', pupils: 0 }] };
    expect(await refusal(app, 'clubs:create', { year: YEAR, fields: none })).toMatchObject({
      fields: { 'fields.attendance.0.pupils': 'Не меньше 1' },
    });
    expect(rowCounts(app).clubs).toBe(0);
  });
});

describe('a club’s fields', () => {
  it('refuse an empty name and a 10,000-character one, with Russian messages', async () => {
    const app = await core();
    const empty = clubFields(app, {}, { name: '   ' });
    expect(await refusal(app, 'clubs:create', { year: YEAR, fields: empty })).toMatchObject({
      code: 'invalid_input',
      fields: { 'fields.name': 'Назовите кружок' },
    });
    const long = clubFields(app, {}, { name: 'Х'.repeat(10_000), notes: 'п'.repeat(10_000) });
    expect(await refusal(app, 'clubs:create', { year: YEAR, fields: long })).toMatchObject({
      fields: { 'fields.name': 'Не более 300 символов', 'fields.notes': 'Не более 2000 символов' },
    });
    expect(rowCounts(app).clubs).toBe(0);
  });

  it('refuse a deleted partner as not found', async () => {
    const app = await core();
    const gone = partnerId(app, 'МЧС');
    await call(app, 'partners:delete', { id: gone });
    const error = await refusal(app, 'clubs:create', { year: YEAR, fields: clubFields(app, {}, { partnerId: gone }) });
    expect(error).toMatchObject({
      code: 'not_found',
      message: 'Партнёр не найден: возможно, он удалён. Выберите партнёра из списка.',
      fields: { 'fields.partnerId': 'Партнёр не найден' },
    });
    expect(rowCounts(app).clubs).toBe(0);
  });

  it('keep a partner with clubs from being deleted', async () => {
    const app = await core();
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, {}) });
    const error = await refusal(app, 'partners:delete', { id: partnerId(app, CENTRE) });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('кружки (1)') });
  });
});

describe('the year’s coverage by clubs', () => {
  it('counts each class’s pupils over all clubs, but never more than the class has', async () => {
    const app = await core();
    await saveClasses(app, { '2А': 20, '5А': 25, '6А': 30, '10А': 15 });
    const arts = partnerId(app, ARTS_SCHOOL);
    await call(app, 'clubs:create', { year: YEAR, fields: clubFields(app, { '5А': 15, '2А': 4 }) });
    await call(app, 'clubs:create', {
      year: YEAR,
      fields: clubFields(app, { '5А': 14 }, { name: 'Гитара', partnerId: arts }),
    });
    await call(app, 'clubs:create', {
      year: YEAR,
      fields: clubFields(app, { '10А': 3 }, { name: 'Баян', partnerId: arts }),
    });
    const coverage = await call(app, 'clubs:coverage', { year: YEAR });
    // 5А: 15 + 14 = 29, capped at 25. ООО: 25 of 55; НОО: 4 of 20; СОО: 3 of 15; overall 32 of 90.
    expect(coverage.classes.map((c) => [c.className, c.attended, c.enrolment, c.clubsCount])).toEqual([
      ['2А', 4, 20, 1],
      ['5А', 25, 25, 2],
      ['6А', 0, 30, 0],
      ['10А', 3, 15, 1],
    ]);
    expect(coverage.levels).toEqual([
      { level: 'НОО', attended: 4, enrolment: 20, percent: 20 },
      { level: 'ООО', attended: 25, enrolment: 55, percent: (25 * 100) / 55 },
      { level: 'СОО', attended: 3, enrolment: 15, percent: 20 },
    ]);
    expect(coverage.overall).toEqual({ attended: 32, enrolment: 90, percent: (32 * 100) / 90 });
    expect(coverage.partners.map((p) => [p.partnerName, p.clubsCount, p.attended, p.enrolment])).toEqual([
      [CENTRE, 1, 19, 90],
      [ARTS_SCHOOL, 2, 17, 90],
    ]);
  });

  it('has no percent for a year without classes', async () => {
    const app = await core();
    const coverage = await call(app, 'clubs:coverage', { year: YEAR });
    expect(coverage.overall).toEqual({ attended: 0, enrolment: 0, percent: null });
    expect(coverage.levels.map((l) => l.percent)).toEqual([null, null, null]);
  });
});
