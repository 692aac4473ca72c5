import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { call, partnerId, refusal, useCores } from '../../kit';
import { storeFingerprint } from '../faults/fingerprint';
import { addRecord, addTeacher, deletedPartnerId, IMC, recordFields, YEAR } from './fixtures';

const core = useCores();

describe('records of professional development', () => {
  it('keeps a course at a partner with its hours, certificate number and result, in the year of its start', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const imc = partnerId(app, IMC);
    const created = await addRecord(app, teacher, {
      partnerId: imc,
      title: '  Обновлённые ФГОС: содержание и технологии ',
      certificate: 'Удостоверение № 612400012345',
      result: 'Итоговая работа защищена',
      dateFrom: '2027-08-23',
      dateTo: '2027-09-03',
      hours: 72,
    });
    expect(created).toEqual({
      id: created.id,
      staffId: teacher.id,
      staffName: 'Орлова Галина Викторовна',
      staffActive: true,
      form: 'course',
      title: 'Обновлённые ФГОС: содержание и технологии',
      partnerId: imc,
      partnerName: IMC,
      dateFrom: '2027-08-23',
      dateTo: '2027-09-03',
      hours: 72,
      certificate: 'Удостоверение № 612400012345',
      result: 'Итоговая работа защищена',
      year: YEAR,
    });

    const updated = await call(app, 'staffRecords:update', {
      id: created.id,
      fields: recordFields(teacher, { form: 'talk', title: 'Выступление на августовской конференции', hours: 2 }),
    });
    expect(updated).toMatchObject({ form: 'talk', partnerId: null, partnerName: null, hours: 2, certificate: '' });
    expect(await call(app, 'staffRecords:delete', { id: created.id })).toEqual({ deleted: true });
    expect(await call(app, 'staffRecords:list', {})).toEqual([]);
    expect(await refusal(app, 'staffRecords:delete', { id: created.id })).toMatchObject({ code: 'not_found' });
  });

  it('lists the records of a year, of a teacher and of a partner, the earliest first', async () => {
    const app = await core();
    const orlova = await addTeacher(app, 'Орлова Галина Викторовна');
    const petrova = await addTeacher(app, 'Петрова Анна Ивановна');
    const imc = partnerId(app, IMC);
    await addRecord(app, orlova, { title: 'В прошлом году', dateFrom: '2026-08-31', dateTo: '2026-09-02' });
    await addRecord(app, orlova, { title: 'Последний день года', dateFrom: '2027-08-31', dateTo: '2027-08-31' });
    await addRecord(app, petrova, { title: 'Первый день года', dateFrom: '2026-09-01', dateTo: '2026-09-01' });
    await addRecord(app, petrova, { title: 'В ИМЦ', partnerId: imc, dateFrom: '2026-11-02', dateTo: '2026-11-03' });
    await addRecord(app, orlova, { title: 'Следующий год', dateFrom: '2027-09-01', dateTo: '2027-09-02' });

    const titles = async (filter: Parameters<typeof call<'staffRecords:list'>>[2]) =>
      (await call(app, 'staffRecords:list', filter)).map((r) => r.title);
    expect(await titles({ year: YEAR })).toEqual(['Первый день года', 'В ИМЦ', 'Последний день года']);
    expect(await titles({ staffId: orlova.id })).toEqual(['В прошлом году', 'Последний день года', 'Следующий год']);
    expect(await titles({ year: YEAR, staffId: orlova.id })).toEqual(['Последний день года']);
    expect(await titles({ partnerId: imc })).toEqual(['В ИМЦ']);
    expect(await titles({ year: '2025/2026' })).toEqual(['В прошлом году']);
  });

  it('keeps the records of a teacher who left editable, but adds no new ones for them', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const record = await addRecord(app, teacher);
    await call(app, 'staff:setActive', { id: teacher.id, active: false });

    const before = storeFingerprint(app.db);
    const error = await refusal(app, 'staffRecords:create', { fields: recordFields(teacher) });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'fields.staffId': 'Педагог уволился: выберите работающего педагога' },
    });
    expect(error.message).toContain('«Орлова Галина Викторовна» отмечен как уволившийся');
    // Nor can a record of another teacher be moved to them.
    const other = await addTeacher(app, 'Петрова Анна Ивановна');
    const others = await addRecord(app, other);
    const moved = storeFingerprint(app.db);
    expect(await refusal(app, 'staffRecords:update', { id: others.id, fields: recordFields(teacher) })).toMatchObject({
      code: 'invalid_input',
    });
    expect(storeFingerprint(app.db)).toEqual(moved);
    expect(storeFingerprint(app.db)).not.toEqual(before);

    const edited = await call(app, 'staffRecords:update', {
      id: record.id,
      fields: recordFields(teacher, { certificate: 'Удостоверение № 7' }),
    });
    expect(edited).toMatchObject({ certificate: 'Удостоверение № 7', staffActive: false });
  });
});

describe('a record that does not hold is refused in Russian and changes nothing', () => {
  async function checkRefused(app: AppCore, fields: unknown, expected: object) {
    const before = storeFingerprint(app.db);
    expect(await refusal(app, 'staffRecords:create', { fields })).toMatchObject(expected);
    expect(storeFingerprint(app.db)).toEqual(before);
  }

  it('an end before the start', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    await checkRefused(app, recordFields(teacher, { dateFrom: '2026-10-12', dateTo: '2026-10-11' }), {
      code: 'invalid_input',
      fields: { 'fields.dateTo': 'Дата окончания раньше даты начала' },
    });
  });

  it('a teacher that does not exist or was deleted', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Ошибочно Добавленная');
    await call(app, 'staff:delete', { id: teacher.id });
    for (const staffId of [teacher.id, 9999]) {
      await checkRefused(app, recordFields(staffId), {
        code: 'not_found',
        message: 'Педагог не найден: возможно, он удалён. Проверьте введённые данные.',
        fields: { 'fields.staffId': 'Педагог не найден: выберите педагога из списка' },
      });
    }
  });

  it('a partner that does not exist or was deleted', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const record = await addRecord(app, teacher);
    const gone = await deletedPartnerId(app);
    await checkRefused(app, recordFields(teacher, { partnerId: gone }), {
      code: 'not_found',
      message: 'Партнёр не найден: возможно, он удалён. Проверьте введённые данные.',
      fields: { 'fields.partnerId': expect.stringContaining('Партнёр не найден') },
    });
    const before = storeFingerprint(app.db);
    expect(
      await refusal(app, 'staffRecords:update', { id: record.id, fields: recordFields(teacher, { partnerId: 9999 }) }),
    ).toMatchObject({ code: 'not_found' });
    expect(storeFingerprint(app.db)).toEqual(before);
  });

  it('a 10,000-character title, certificate or result, and an empty title', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const long = 'к'.repeat(10_000);
    await checkRefused(app, recordFields(teacher, { title: long }), {
      fields: { 'fields.title': 'Не более 500 символов' },
    });
    await checkRefused(app, recordFields(teacher, { certificate: long }), {
      fields: { 'fields.certificate': 'Не более 200 символов' },
    });
    await checkRefused(app, recordFields(teacher, { result: long }), {
      fields: { 'fields.result': 'Не более 1000 символов' },
    });
    await checkRefused(app, recordFields(teacher, { title: '  ' }), {
      fields: { 'fields.title': 'Укажите тему или название' },
    });
  });

  it('negative, fractional or too many hours, an unknown form, a date that does not exist', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    await checkRefused(app, recordFields(teacher, { hours: -1 }), { fields: { 'fields.hours': 'Не меньше 0' } });
    await checkRefused(app, recordFields(teacher, { hours: 2001 }), { fields: { 'fields.hours': 'Не больше 2000' } });
    await checkRefused(app, recordFields(teacher, { hours: 1.5 }), {
      fields: { 'fields.hours': 'Введите целое число' },
    });
    await checkRefused(
      app,
      { ...recordFields(teacher), form: 'vacation' },
      {
        fields: { 'fields.form': 'Выберите форму повышения квалификации из списка' },
      },
    );
    await checkRefused(app, recordFields(teacher, { dateFrom: '2026-02-30' }), {
      fields: { 'fields.dateFrom': 'Такой даты нет' },
    });
  });

  it('an update of a record that no longer exists', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const before = storeFingerprint(app.db);
    expect(await refusal(app, 'staffRecords:update', { id: 77, fields: recordFields(teacher) })).toMatchObject({
      code: 'not_found',
      message: 'Запись о повышении квалификации не найдена: возможно, она уже удалена.',
    });
    expect(storeFingerprint(app.db)).toEqual(before);
  });
});

describe('a partner with records of professional development', () => {
  it('cannot be deleted while the records refer to it', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const imc = partnerId(app, IMC);
    await addRecord(app, teacher, { partnerId: imc });
    const error = await refusal(app, 'partners:delete', { id: imc });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('записи о повышении квалификации (1)');
  });
});
