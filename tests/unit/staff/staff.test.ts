import { describe, expect, it } from 'vitest';
import { call, refusal, useCores } from '../../kit';
import { storeFingerprint } from '../faults/fingerprint';
import { addRecord, addTeacher } from './fixtures';

const core = useCores();

describe('the list of teachers', () => {
  it('keeps a teacher’s name, position and subjects, trimmed, and lists everyone by name', async () => {
    const app = await core();
    const created = await call(app, 'staff:create', {
      fullName: '  Яковлева Ольга Сергеевна ',
      position: 'Учитель',
      subjects: 'Математика, информатика',
    });
    expect(created).toMatchObject({
      fullName: 'Яковлева Ольга Сергеевна',
      position: 'Учитель',
      subjects: 'Математика, информатика',
      active: true,
      recordsCount: 0,
    });
    await addTeacher(app, 'Ёлкина Анна Ивановна');
    await addTeacher(app, 'Абрамова Нина Петровна');
    const names = (await call(app, 'staff:list', {})).map((m) => m.fullName);
    expect(names).toEqual(['Абрамова Нина Петровна', 'Ёлкина Анна Ивановна', 'Яковлева Ольга Сергеевна']);

    const updated = await call(app, 'staff:update', {
      id: created.id,
      fields: { fullName: 'Яковлева Ольга Сергеевна', position: 'Заместитель директора по УВР', subjects: '' },
    });
    expect(updated).toMatchObject({ position: 'Заместитель директора по УВР', subjects: '' });
  });

  it('refuses a name already in the list in another case, with ё for е or extra spaces, and changes nothing', async () => {
    const app = await core();
    const first = await addTeacher(app, 'Семёнова Мария Петровна');
    const other = await addTeacher(app, 'Петрова Анна Ивановна');
    const before = storeFingerprint(app.db);
    for (const fullName of ['семёнова мария петровна', 'СЕМЕНОВА  МАРИЯ ПЕТРОВНА']) {
      const error = await refusal(app, 'staff:create', { fullName, position: '', subjects: '' });
      expect(error).toMatchObject({ code: 'conflict', fields: { fullName: 'Такой педагог уже есть в списке' } });
      expect(error.message).toContain('Педагог «Семёнова Мария Петровна» уже есть в списке');
      expect(error.message).toContain('добавьте к имени уточнение');
    }
    const renamed = { fullName: 'семенова мария петровна', position: '', subjects: '' };
    expect(await refusal(app, 'staff:update', { id: other.id, fields: renamed })).toMatchObject({ code: 'conflict' });
    expect(storeFingerprint(app.db)).toEqual(before);
    // A teacher's own name, in another case, is no duplicate of itself.
    expect(await call(app, 'staff:update', { id: first.id, fields: renamed })).toMatchObject(renamed);
  });

  it('tells that the namesake already in the list has left, and how to bring them back', async () => {
    const app = await core();
    const left = await addTeacher(app, 'Кузнецова Вера Николаевна');
    await call(app, 'staff:setActive', { id: left.id, active: false });
    const error = await refusal(app, 'staff:create', {
      fullName: 'Кузнецова Вера Николаевна',
      position: '',
      subjects: '',
    });
    expect(error.message).toContain('отмечен как уволившийся');
  });

  it('refuses an empty name and a 10,000-character one in Russian, and changes nothing', async () => {
    const app = await core();
    const before = storeFingerprint(app.db);
    expect(await refusal(app, 'staff:create', { fullName: '   ', position: '', subjects: '' })).toMatchObject({
      code: 'invalid_input',
      fields: { fullName: 'Укажите фамилию, имя и отчество педагога' },
    });
    expect(
      await refusal(app, 'staff:create', { fullName: 'Я'.repeat(10_000), position: '', subjects: '' }),
    ).toMatchObject({ code: 'invalid_input', fields: { fullName: 'Не более 200 символов' } });
    expect(
      await refusal(app, 'staff:create', { fullName: 'Иванова И. И.', position: 'у'.repeat(10_000), subjects: '' }),
    ).toMatchObject({ fields: { position: 'Не более 200 символов' } });
    expect(storeFingerprint(app.db)).toEqual(before);
  });

  it('marks a teacher as left and back, keeping their records', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    await addRecord(app, teacher);
    expect(await call(app, 'staff:setActive', { id: teacher.id, active: false })).toMatchObject({
      active: false,
      recordsCount: 1,
    });
    expect((await call(app, 'staff:list', {}))[0]).toMatchObject({ active: false });
    expect(await call(app, 'staff:setActive', { id: teacher.id, active: true })).toMatchObject({ active: true });
  });

  it('deletes a teacher without records, and refuses one with records, suggesting to mark them as left', async () => {
    const app = await core();
    const mistaken = await addTeacher(app, 'Ошибочно Добавленная');
    expect(await call(app, 'staff:delete', { id: mistaken.id })).toEqual({ deleted: true });
    expect(await call(app, 'staff:list', {})).toEqual([]);

    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    await addRecord(app, teacher);
    await addRecord(app, teacher, { form: 'rmo', hours: 4 });
    const before = storeFingerprint(app.db);
    const error = await refusal(app, 'staff:delete', { id: teacher.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('есть записи о повышении квалификации (2)');
    expect(error.message).toContain('отметьте, что педагог уволился');
    expect(storeFingerprint(app.db)).toEqual(before);
  });

  it('answers «not found» for a teacher that does not exist', async () => {
    const app = await core();
    for (const [channel, input] of [
      ['staff:update', { id: 99, fields: { fullName: 'Кто-то', position: '', subjects: '' } }],
      ['staff:setActive', { id: 99, active: false }],
      ['staff:delete', { id: 99 }],
      ['staff:history', { id: 99 }],
    ] as const) {
      expect(await refusal(app, channel, input)).toMatchObject({
        code: 'not_found',
        message: 'Педагог не найден: возможно, он удалён.',
      });
    }
  });
});

describe('a teacher’s history', () => {
  it('lists every record, the latest first, and the hours of each academic year by the year of its start', async () => {
    const app = await core();
    const teacher = await addTeacher(app, 'Орлова Галина Викторовна');
    const other = await addTeacher(app, 'Петрова Анна Ивановна');
    await addRecord(app, teacher, { title: 'Весна 2026', dateFrom: '2026-03-02', dateTo: '2026-03-06', hours: 18 });
    // Starts in August 2026, ends in September: it counts in 2025/2026.
    await addRecord(app, teacher, { title: 'Летняя школа', dateFrom: '2026-08-24', dateTo: '2026-09-04', hours: 72 });
    await addRecord(app, teacher, { title: 'Осень 2026', dateFrom: '2026-10-12', dateTo: '2026-10-23', hours: 36 });
    await addRecord(app, teacher, {
      title: 'РМО',
      form: 'rmo',
      dateFrom: '2026-11-05',
      dateTo: '2026-11-05',
      hours: 0,
    });
    await addRecord(app, other, { hours: 100 });

    const history = await call(app, 'staff:history', { id: teacher.id });
    expect(history.member).toMatchObject({ fullName: 'Орлова Галина Викторовна', recordsCount: 4 });
    expect(history.records.map((r) => [r.title, r.year])).toEqual([
      ['РМО', '2026/2027'],
      ['Осень 2026', '2026/2027'],
      ['Летняя школа', '2025/2026'],
      ['Весна 2026', '2025/2026'],
    ]);
    expect(history.years).toEqual([
      { year: '2026/2027', records: 2, hours: 36 },
      { year: '2025/2026', records: 2, hours: 90 },
    ]);
  });
});
