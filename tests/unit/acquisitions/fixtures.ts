import type { AppCore } from '../../../src-main/app-core';
import type { Input } from '../../../src-main/contract';
import { blankAcquisitionFields, type Acquisition } from '../../../src-main/contract/acquisitions';
import { call } from '../app-core';

export type AcquisitionInput = Input<'acquisitions:create'>['fields'];

export const LIBRARY = 'МБУК «Центральная детская библиотека» г. Зверево';

/** A set of building blocks planned for the first quarter of 2027, bought from the budget for 12 500,00 ₽. */
export function acquisitionFields(patch: Partial<AcquisitionInput> = {}): AcquisitionInput {
  return {
    ...blankAcquisitionFields(2027),
    name: 'Конструктор «Строитель» для начальных классов',
    category: 'Игровое оборудование',
    quantity: 2,
    plannedQuarter: 1,
    costKopecks: 1_250_000,
    ...patch,
  };
}

export function addAcquisition(core: AppCore, patch: Partial<AcquisitionInput> = {}): Promise<Acquisition> {
  return call(core, 'acquisitions:create', { fields: acquisitionFields(patch) });
}

export function partnerId(core: AppCore, fullName: string): number {
  const row = core.db.prepare('SELECT id FROM partners WHERE full_name = ?').get(fullName) as
    { id: number } | undefined;
  if (!row) throw new Error(`no partner ${fullName}`);
  return row.id;
}

/** Every row of the table as stored, to show that a refused call changed nothing. */
export function storedRows(core: AppCore): unknown[] {
  return core.db.prepare('SELECT * FROM acquisitions ORDER BY id').all();
}

export async function refusal(core: AppCore, channel: Parameters<AppCore['dispatch']>[0], input: unknown) {
  const answer = await core.dispatch(channel, input);
  if (answer.ok) throw new Error(`${String(channel)} was not refused`);
  return answer.error;
}
