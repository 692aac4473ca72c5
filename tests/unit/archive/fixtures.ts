import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCore } from '../../../src-main/app-core';
import { agreementFieldsOf } from '../../../src-main/contract/agreements';
import { call } from '../../kit';
import { JPEG, PDF } from '../attachments/samples';
import { createEvent, createWeeklyClub, eventFields } from '../events/fixtures';
import { loanFields } from '../loans/fixtures';
import { addItem } from '../plans/fixtures';

/**
 * Fills a store through the channels, as a user would: a partner with contacts, an agreement with an amendment and
 * a signed scan, a plan with items, a weekly series with one occurrence edited apart, a held event with its outcome,
 * an achievement and a photo.
 */
export async function fillStore(app: AppCore): Promise<void> {
  const categories = await call(app, 'partners:categories', {});
  const partner = await call(app, 'partners:create', {
    fullName: 'МБУ ДО «Детско-юношеская спортивная школа»',
    shortName: 'ДЮСШ',
    categoryId: categories[0]?.id ?? 0,
    legalForm: 'Муниципальное бюджетное учреждение',
    inn: '7707083893',
    kpp: '773601001',
    ogrn: '1027700132195',
    legalAddress: 'г. Зверево, ул. Обухова, 1',
    postalAddress: '',
    headName: 'Сидоров Пётр Иванович',
    headPosition: 'Директор',
    headBasis: 'доверенности',
    headNameGenitive: 'Сидорова Петра Ивановича',
    headPositionGenitive: 'директора',
    headAttorneyNumber: '12',
    headAttorneyDate: '2026-09-01',
    website: '',
    notes: 'Ёлки, «кавычки» и эмодзи 🎄',
    status: 'active',
    contacts: [
      { name: 'Ёлкина Анна', role: 'Методист', phone: '+7 900 000-00-00', email: 'dush@example.ru' },
      { name: 'Петров Олег', role: 'Тренер', phone: '', email: '' },
    ],
    forms: [{ text: 'Соревнования «Весёлые старты»', taskIds: [] }],
    effects: ['Укрепление здоровья обучающихся'],
  });

  const [template] = await call(app, 'templates:list', {});
  const draft = await call(app, 'agreements:createFromTemplate', {
    partnerId: partner.id,
    templateId: template?.id ?? 0,
  });
  const signed = await call(app, 'agreements:update', {
    id: draft.id,
    fields: { ...agreementFieldsOf(draft), signedOn: '2026-09-01', startsOn: '2026-09-01', endsOn: '2027-08-31' },
  });
  await call(app, 'agreements:addAmendment', {
    agreementId: signed.id,
    fields: { signedOn: '2026-11-01', newEndsOn: '2028-08-31', makesOpenEnded: false, text: 'Продлить срок.' },
  });
  await call(app, 'agreements:attachScan', {
    agreementId: signed.id,
    fileName: 'Договор со спортшколой.pdf',
    content: PDF.toString('base64'),
  });

  await call(app, 'plans:create', { year: '2026/2027', copyFrom: null });
  await addItem(app, '2026/2027', { partnerIds: [partner.id] });
  await addItem(app, '2026/2027', {
    title: 'Весёлые старты',
    timing: 'month',
    month: '2027-02',
    dateFrom: null,
    timeFrom: null,
  });

  const club = await createWeeklyClub(app, { partnerIds: [partner.id] });
  await call(app, 'events:update', {
    id: club.id,
    scope: 'one',
    occurrenceStart: '2026-11-10T15:00',
    fields: eventFields({ title: 'Экскурсия в пожарную часть', start: '2026-11-11T12:00', end: '2026-11-11T14:00' }),
  });
  const quiz = await createEvent(app, { start: '2026-11-20T10:00', end: '2026-11-20T11:00', classes: ['5А'] });
  await call(app, 'events:setStatus', { id: quiz.id, status: 'held', reason: '' });
  await call(app, 'events:saveOutcome', {
    id: quiz.id,
    outcome: { parents: 12, teachers: 3, summary: 'Викторина по ПДД.', classes: [{ className: '5А', pupils: 25 }] },
    achievements: [
      { contest: 'Безопасное колесо', level: 'municipal', result: 'winner', pupil: 'Иванов Иван', className: '5А' },
    ],
  });
  await call(app, 'events:attachPhoto', { id: quiz.id, fileName: 'викторина.jpg', content: JPEG.toString('base64') });

  // A loan whose acts were issued (their numbers kept), and a review approved with its number.
  const loan = await call(
    app,
    'loans:create',
    loanFields(partner.id, { receivedOn: '2026-11-02', dueOn: '2026-11-20' }),
  );
  await call(app, 'loans:markReturned', { id: loan.id, returnedOn: '2026-11-20', condition: 'Хорошее', remarks: '' });
  await call(app, 'documents:preview', { kind: 'loanAct', id: loan.id, variant: 'return' });
  await call(app, 'reviews:approve', {
    year: '2025/2026',
    approvedBy: 'Директор',
    date: '2026-08-30',
    number: '01-12/7',
  });
}

/** Every row of every table (SQLite's own included), as `SELECT *` gives it, with integers told from reals. */
export function dumpTables(db: Database.Database): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const text = (value: unknown) =>
    typeof value === 'bigint'
      ? `int:${value}`
      : value instanceof Uint8Array
        ? `blob:${Buffer.from(value).toString('hex')}`
        : `${typeof value}:${String(value)}`;
  return Object.fromEntries(
    tables.map((name) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw(true).safeIntegers(true).all() as unknown[][];
      return [name, rows.map((row) => row.map(text).join(' | ')).sort()];
    }),
  );
}

/** The SHA-256 of every file in the attachments folder, by name. */
export function attachmentFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

/** The SHA-256 of a file, to prove it unchanged. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
