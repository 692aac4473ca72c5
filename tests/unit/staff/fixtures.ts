import type { AppCore } from '../../../src-main/app-core';
import { blankPartnerFields } from '../../../src-main/contract/partners';
import type { StaffMember, StaffRecord, StaffRecordFields } from '../../../src-main/contract/staff';
import { call } from '../../kit';

export const YEAR = '2026/2027';
export const IMC = 'Информационный методический центр (ИМЦ г. Красный Сулин)';

export async function addTeacher(app: AppCore, fullName: string, patch: { position?: string; subjects?: string } = {}) {
  return call(app, 'staff:create', { fullName, position: patch.position ?? '', subjects: patch.subjects ?? '' });
}

/** A 36-hour course in October 2026, without a partner. */
export function recordFields(staff: StaffMember | number, patch: Partial<StaffRecordFields> = {}): StaffRecordFields {
  return {
    staffId: typeof staff === 'number' ? staff : staff.id,
    form: 'course',
    title: 'Формирование функциональной грамотности обучающихся',
    partnerId: null,
    dateFrom: '2026-10-12',
    dateTo: '2026-10-23',
    hours: 36,
    certificate: '',
    result: '',
    ...patch,
  };
}

export async function addRecord(
  app: AppCore,
  staff: StaffMember | number,
  patch: Partial<StaffRecordFields> = {},
): Promise<StaffRecord> {
  return call(app, 'staffRecords:create', { fields: recordFields(staff, patch) });
}

/** A partner that was created and then deleted: its id refers to nothing. */
export async function deletedPartnerId(app: AppCore): Promise<number> {
  const [category] = await call(app, 'partners:categories', {});
  const created = await call(app, 'partners:create', {
    ...blankPartnerFields(category?.id ?? 1),
    fullName: 'ООО «Однодневка»',
  });
  await call(app, 'partners:delete', { id: created.id });
  return created.id;
}
