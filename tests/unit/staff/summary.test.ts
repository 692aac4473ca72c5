import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { academicYearOf } from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import { STAFF_FORMS, type StaffCounts, type StaffSummary } from '../../../src-main/contract/staff';
import { summarizeStaffYear, type SummaryRecord } from '../../../src-main/staff/summary';
import { call, partnerId, useCores } from '../../kit';
import { addRecord, addTeacher, IMC, YEAR } from './fixtures';

const core = useCores();
const LIBRARY = 'МБУК «Центральная детская библиотека» г. Зверево';

describe('the summary of an academic year', () => {
  it('counts distinct teachers, hours, forms and partners by the year each record starts in', async () => {
    const app = await core();
    const imc = partnerId(app, IMC);
    const library = partnerId(app, LIBRARY);
    const a = await addTeacher(app, 'Орлова Галина Викторовна');
    const b = await addTeacher(app, 'Петрова Анна Ивановна');
    const c = await addTeacher(app, 'Сидорова Елена Павловна');
    const d = await addTeacher(app, 'Иванов Сергей Андреевич');
    await addTeacher(app, 'Новикова Ирина Олеговна');

    await addRecord(app, a, { partnerId: imc, dateFrom: '2026-10-12', dateTo: '2026-10-23', hours: 36 });
    await addRecord(app, a, { form: 'rmo', partnerId: imc, dateFrom: '2026-11-05', dateTo: '2026-11-05', hours: 4 });
    await addRecord(app, b, { dateFrom: '2027-01-20', dateTo: '2027-01-30', hours: 72 });
    await addRecord(app, b, {
      form: 'conference',
      partnerId: library,
      dateFrom: '2027-03-15',
      dateTo: '2027-03-15',
      hours: 6,
    });
    await addRecord(app, c, { form: 'masterClass', dateFrom: '2027-04-10', dateTo: '2027-04-10', hours: 2 });
    // Across the end of the year: counts in the year it starts in, 2026/2027.
    await addRecord(app, c, { partnerId: imc, dateFrom: '2027-08-25', dateTo: '2027-09-05', hours: 18 });
    await addRecord(app, d, { form: 'talk', partnerId: imc, dateFrom: '2026-12-01', dateTo: '2026-12-01', hours: 1 });
    // Across the start of the year: counts in 2025/2026, not here.
    await addRecord(app, a, { partnerId: imc, dateFrom: '2026-08-24', dateTo: '2026-09-04', hours: 100 });
    // The next year's.
    await addRecord(app, b, { dateFrom: '2027-09-01', dateTo: '2027-09-10', hours: 24 });
    // Left the school after the year's talk.
    await call(app, 'staff:setActive', { id: d.id, active: false });

    const summary = await call(app, 'staff:summary', { year: YEAR });
    expect(summary).toEqual({
      year: YEAR,
      activeTeachers: 4,
      teachersOfYear: 5,
      total: { records: 7, teachers: 4, hours: 139 },
      throughPartners: { records: 5, teachers: 4, hours: 65 },
      withoutPartner: { records: 2, teachers: 2, hours: 74 },
      byForm: [
        { form: 'course', records: 3, teachers: 3, hours: 126 },
        { form: 'rmo', records: 1, teachers: 1, hours: 4 },
        { form: 'conference', records: 1, teachers: 1, hours: 6 },
        { form: 'masterClass', records: 1, teachers: 1, hours: 2 },
        { form: 'talk', records: 1, teachers: 1, hours: 1 },
      ],
      byPartner: [
        { partnerId: imc, partnerName: IMC, records: 4, teachers: 3, hours: 59 },
        { partnerId: library, partnerName: LIBRARY, records: 1, teachers: 1, hours: 6 },
      ],
    });

    expect((await call(app, 'staff:summary', { year: '2025/2026' })).total).toEqual({
      records: 1,
      teachers: 1,
      hours: 100,
    });
    expect((await call(app, 'staff:summary', { year: '2027/2028' })).total).toEqual({
      records: 1,
      teachers: 1,
      hours: 24,
    });
  });

  it('counts a teacher trained through partners once, however many partners and forms', async () => {
    const app = await core();
    const a = await addTeacher(app, 'Орлова Галина Викторовна');
    const b = await addTeacher(app, 'Петрова Анна Ивановна');
    const imc = partnerId(app, IMC);
    const library = partnerId(app, LIBRARY);
    await addRecord(app, a, { partnerId: imc });
    await addRecord(app, a, { form: 'workshop', partnerId: library, hours: 8 });
    await addRecord(app, a, { form: 'readings', hours: 3 });
    await addRecord(app, b, { form: 'readings', hours: 3 });

    const summary = await call(app, 'staff:summary', { year: YEAR });
    expect(summary.total).toEqual({ records: 4, teachers: 2, hours: 50 });
    expect(summary.throughPartners).toEqual({ records: 2, teachers: 1, hours: 44 });
    expect(summary.withoutPartner).toEqual({ records: 2, teachers: 2, hours: 6 });
    expect(summary.byForm.find((f) => f.form === 'readings')).toEqual({
      form: 'readings',
      records: 2,
      teachers: 2,
      hours: 6,
    });
  });

  it('of a year without records has zeros and no rows, and counts the teachers who work', async () => {
    const app = await core();
    await addTeacher(app, 'Орлова Галина Викторовна');
    const none = { records: 0, teachers: 0, hours: 0 };
    expect(await call(app, 'staff:summary', { year: YEAR })).toEqual({
      year: YEAR,
      activeTeachers: 1,
      teachersOfYear: 1,
      total: none,
      throughPartners: none,
      withoutPartner: none,
      byForm: [],
      byPartner: [],
    });
  });

  it('counts out of the year’s teachers once the office gives their number, not the staff list', async () => {
    const app = await core();
    await addTeacher(app, 'Орлова Галина Викторовна');
    await call(app, 'classes:saveCounts', { year: YEAR, counts: { families: null, teachers: 42 } });
    expect(await call(app, 'staff:summary', { year: YEAR })).toMatchObject({ activeTeachers: 1, teachersOfYear: 42 });
  });
});

const sum = (rows: readonly StaffCounts[], key: keyof StaffCounts) => rows.reduce((n, row) => n + row[key], 0);

function expectConsistent(summary: StaffSummary) {
  for (const key of ['records', 'hours'] as const) {
    expect(sum(summary.byForm, key)).toBe(summary.total[key]);
    expect(sum(summary.byPartner, key) + summary.withoutPartner[key]).toBe(summary.total[key]);
    expect(sum(summary.byPartner, key)).toBe(summary.throughPartners[key]);
  }
  // Distinct teachers: no row has more than the whole, and the whole is no more than the rows together.
  for (const row of [...summary.byForm, ...summary.byPartner, summary.withoutPartner, summary.throughPartners]) {
    expect(row.teachers).toBeLessThanOrEqual(summary.total.teachers);
    expect(row.teachers).toBeLessThanOrEqual(row.records);
  }
  expect(summary.total.teachers).toBeLessThanOrEqual(sum(summary.byForm, 'teachers'));
  expect(summary.total.teachers).toBeLessThanOrEqual(summary.teachersOfYear);
}

const summaryRecord = fc.record({
  staffId: fc.integer({ min: 1, max: 6 }),
  form: fc.constantFrom(...STAFF_FORMS),
  partnerId: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  hours: fc.integer({ min: 0, max: 2000 }),
});

describe('the summary’s totals', () => {
  test.prop([fc.array(summaryRecord, { maxLength: 60 }), fc.integer({ min: 0, max: 3 })])(
    'equal the sum of the rows by form, and of the rows by partner with the records without one',
    (drawn, leftUpTo) => {
      const records: SummaryRecord[] = drawn.map((r) => ({
        ...r,
        staffActive: r.staffId > leftUpTo,
        partnerName: r.partnerId === null ? null : `Партнёр ${r.partnerId}`,
      }));
      const summary = summarizeStaffYear(YEAR, records, 6 - leftUpTo);
      expectConsistent(summary);
      expect(summary.total.records).toBe(records.length);
      expect(summary.total.teachers).toBe(new Set(records.map((r) => r.staffId)).size);
      expect(summary.throughPartners.teachers).toBe(
        new Set(records.filter((r) => r.partnerId !== null).map((r) => r.staffId)).size,
      );
    },
  );

  const stored = fc.record({
    teacher: fc.integer({ min: 0, max: 2 }),
    form: fc.constantFrom(...STAFF_FORMS),
    partner: fc.option(fc.constantFrom(IMC, LIBRARY), { nil: null }),
    // From 1 August 2026 to 30 September 2027: both ends of 2026/2027 and a little beyond.
    startDay: fc.integer({ min: 0, max: 425 }),
    days: fc.integer({ min: 0, max: 40 }),
    hours: fc.integer({ min: 0, max: 2000 }),
  });

  test.prop([fc.array(stored, { maxLength: 12 })], { numRuns: 15 })(
    'hold for records kept in the store, which count in the year of their first day',
    async (drawn) => {
      const app = await core();
      const teachers = [
        await addTeacher(app, 'Орлова Галина Викторовна'),
        await addTeacher(app, 'Петрова Анна Ивановна'),
        await addTeacher(app, 'Сидорова Елена Павловна'),
      ];
      for (const r of drawn) {
        const dateFrom = addDays('2026-08-01', r.startDay);
        await addRecord(app, teachers[r.teacher] ?? r.teacher + 1, {
          form: r.form,
          partnerId: r.partner === null ? null : partnerId(app, r.partner),
          dateFrom,
          dateTo: addDays(dateFrom, r.days),
          hours: r.hours,
        });
      }
      const summary = await call(app, 'staff:summary', { year: YEAR });
      expectConsistent(summary);
      const ofYear = drawn.filter((r) => academicYearOf(addDays('2026-08-01', r.startDay)) === YEAR);
      expect(summary.total.records).toBe(ofYear.length);
      expect(summary.total.hours).toBe(ofYear.reduce((n, r) => n + r.hours, 0));
    },
  );
});
