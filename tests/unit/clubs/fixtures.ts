import type { AppCore } from '../../../src-main/app-core';
import type { Input } from '../../../src-main/contract';
import type { ClubFields } from '../../../src-main/contract/clubs';
import { call, partnerId } from '../../kit';

export const YEAR = '2026/2027';
export const CENTRE = 'МБОУ ДЦДДТ «Центр дополнительного образования»';
export const ARTS_SCHOOL = 'МБОУ Платовская школа искусств';

/** Classes by name and enrolment: { '5А': 25 }. */
export async function saveClasses(core: AppCore, classes: Record<string, number>, year = YEAR) {
  return call(core, 'classes:save', {
    year,
    classes: Object.entries(classes).map(([name, pupils]) => ({ name, pupils })),
  });
}

/** A club at the centre of additional education, with pupils per class: { '5А': 12 }. */
export function clubFields(core: AppCore, attendance: Record<string, number>, patch: Partial<ClubFields> = {}) {
  return {
    partnerId: partnerId(core, CENTRE),
    name: 'Хореография',
    leader: 'Соколова Е. В.',
    schedule: 'Вт, Чт 15:00–16:30',
    notes: '',
    attendance: Object.entries(attendance).map(([className, pupils]) => ({ className, pupils })),
    ...patch,
  } satisfies Input<'clubs:create'>['fields'];
}

export function rowCounts(core: AppCore) {
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { classes: count('school_classes'), clubs: count('clubs'), attendance: count('club_attendance') };
}
