import type { AppCore } from '../../../src-main/app-core';
import type { LoanFields } from '../../../src-main/contract/loans';

export const LIBRARY = 'МБУК «Центральная детская библиотека» г. Зверево';
export const HOUSE_OF_CULTURE = 'ДК «Маяк» г. Зверево';

/** A loan of folk-life exhibits for the school's mini-museum, received 1 November 2026 and due 15 December 2026. */
export function loanFields(partner: number, patch: Partial<LoanFields> = {}): LoanFields {
  return {
    partnerId: partner,
    receivedOn: '2026-11-01',
    dueOn: '2026-12-15',
    responsible: 'Петрова А.И., руководитель мини-музея',
    displayPlace: 'мини-музей школы',
    notes: '',
    items: [
      { name: 'Самовар угольный', kind: 'exhibits', quantity: 1, inventoryNumber: 'КП-114', condition: 'Потёртости' },
      { name: 'Рушник вышитый', kind: 'exhibits', quantity: 3, inventoryNumber: 'КП-201', condition: 'Хорошее' },
      { name: 'Прялка', kind: 'crafts', quantity: 1, inventoryNumber: '', condition: 'Хорошее' },
    ],
    ...patch,
  };
}

/** Rows of the loans' tables, to show that a refused call changed nothing. */
export function loanTables(core: AppCore): unknown {
  return {
    loans: core.db.prepare('SELECT * FROM loans ORDER BY id').all(),
    items: core.db.prepare('SELECT * FROM loan_items ORDER BY id').all(),
  };
}
