import type { AppCore } from '../../../src-main/app-core';
import type { Input } from '../../../src-main/contract';
import type { ClubFields } from '../../../src-main/contract/clubs';
import { call } from '../app-core';

export const YEAR = '2026/2027';
export const CENTRE = 'МБОУ ДЦДДТ «Центр дополнительного образования»';
export const ARTS_SCHOOL = 'МБОУ Платовская школа искусств';

export function partnerId(core: AppCore, fullName: string): number {
  const row = core.db.prepare('SELECT id FROM partners WHERE full_name = ?').get(fullName) as
    { id: number } | undefined;
  if (!row) throw new Error(`no partner ${fullName}`);
  return row.id;
}

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

export async function refusal(core: AppCore, channel: Parameters<AppCore['dispatch']>[0], input: unknown) {
  const answer = await core.dispatch(channel, input);
  if (answer.ok) throw new Error(`${String(channel)} was not refused`);
  return answer.error;
}

export function rowCounts(core: AppCore) {
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { classes: count('school_classes'), clubs: count('clubs'), attendance: count('club_attendance') };
}
