import type { AppCore } from '../../../src-main/app-core';
import type { Input } from '../../../src-main/contract';
import { blankAcquisitionFields, type Acquisition } from '../../../src-main/contract/acquisitions';
import { call } from '../../kit';

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

/** Every row of the table as stored, to show that a refused call changed nothing. */
export function storedRows(core: AppCore): unknown[] {
  return core.db.prepare('SELECT * FROM acquisitions ORDER BY id').all();
}
