import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/contract';
import { IMPORT_FIELDS, type ImportField } from '../../../src-main/contract/partner-import';
import { dataPaths } from '../../../src-main/data-dir';
import { createDispatcher, type Handlers } from '../../../src-main/ipc/dispatcher';
import { STORAGE_MESSAGES, storageErrorOf } from '../../../src-main/ipc/storage-errors';
import { call, silentLogger, type TestCore, useCores } from '../../kit';
import { agreementFields } from '../agreements/documents/fixtures';
import { storeFingerprint } from './fingerprint';
import { blankPartnerFields } from '../../../src-main/contract/partners';

const core = useCores();
const PDF = Buffer.from('%PDF-1.4\n% скан\n').toString('base64');

const sqliteError = (code: string) => new Database.SqliteError(`${code.toLowerCase()} from SQLite`, code);
const errnoError = (code: string) => Object.assign(new Error(`${code}: from the file system`), { code });

function partner(categoryId: number, notes = '') {
  return {
    ...blankPartnerFields(categoryId),
    fullName: 'ООО «Ромашка»',
    notes,
    contacts: [{ name: 'Иванова Анна', role: '', phone: '', email: '' }],
    forms: [{ text: 'Экскурсии', taskIds: [] }],
    effects: ['Интерес к профессиям'],
  };
}

/** The attachments folder of a core's data directory. */
function attachmentsDir(app: TestCore): string {
  return dataPaths(dirname(app.db.name)).attachments;
}

/** Files in a folder, none if it is not there yet. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

describe('telling a disk failure from a bug', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY', 'readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'readOnly'],
    ['SQLITE_CANTOPEN', 'unreachable'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_IOERR', 'io'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_IOERR_FSYNC', 'io'],
  ] as const)('names %s from SQLite as «%s»', (code, trouble) => {
    expect(storageErrorOf(sqliteError(code))).toEqual({ code: 'storage', message: STORAGE_MESSAGES[trouble] });
  });

  it.each([
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['EPERM', 'readOnly'],
    ['EBUSY', 'busy'],
    ['EIO', 'io'],
  ] as const)('names %s from the file system as «%s»', (code, trouble) => {
    expect(storageErrorOf(errnoError(code))).toEqual({ code: 'storage', message: STORAGE_MESSAGES[trouble] });
    expect(storageErrorOf(new Error('could not save', { cause: errnoError(code) }))?.message).toBe(
      STORAGE_MESSAGES[trouble],
    );
  });

  it('leaves every other error alone, whatever its code looks like', () => {
    for (const error of [
      new TypeError('boom'),
      sqliteError('SQLITE_CONSTRAINT_UNIQUE'),
      sqliteError('SQLITE_FULLY_MADE_UP'),
      errnoError('ENOENT'),
      { code: 42 },
      { code: '__proto__' },
      { code: 'constructor' },
      'SQLITE_FULL',
      null,
      undefined,
    ]) {
      expect(storageErrorOf(error)).toBeUndefined();
    }
  });

  it('says every message in Russian and that nothing was changed', () => {
    for (const message of Object.values(STORAGE_MESSAGES)) {
      expect(message).toMatch(/^[А-ЯЁ]/);
      expect(message).toMatch(/Данные не изменены/);
    }
  });
});

describe('the dispatcher when the disk fails', () => {
  function dispatcherThrowing(error: unknown, logger = { ...silentLogger, error: vi.fn() }) {
    const handlers = Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        () => {
          throw error;
        },
      ]),
    ) as unknown as Handlers;
    return { dispatch: createDispatcher(handlers, { validateOutput: true, logger }), logger };
  }

  it.each(['SQLITE_IOERR_WRITE', 'SQLITE_CANTOPEN', 'SQLITE_FULL'])(
    'answers %s with its Russian message instead of the internal error, and still logs it',
    async (code) => {
      const { dispatch, logger } = dispatcherThrowing(sqliteError(code));
      const answer = await dispatch('partners:list', {});
      expect(answer).toEqual({ ok: false, error: storageErrorOf(sqliteError(code)) });
      expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('partners:list'), expect.anything());
    },
  );

  it('still hides an error that is not the disk behind the internal message', async () => {
    const { dispatch } = dispatcherThrowing(sqliteError('SQLITE_MISMATCH'));
    const answer = await dispatch('partners:list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('a real store that cannot be written', () => {
  async function withCategory(app: TestCore): Promise<number> {
    const [first] = await call(app, 'partners:categories', {});
    if (!first) throw new Error('the seeded store has no categories');
    return first.id;
  }

  it('answers a write to a read-only store with the Russian message and writes nothing', async () => {
    const app = await core();
    const categoryId = await withCategory(app);
    const before = storeFingerprint(app.db);
    // What SQLite answers when the file or its folder cannot be written (root ignores chmod, so it is forced).
    app.db.pragma('query_only = 1');
    for (const [channel, input] of [
      ['partners:addCategory', { name: 'Наука' }],
      ['partners:create', partner(categoryId)],
    ] as const) {
      const answer = await app.dispatch(channel, input);
      expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.readOnly } });
    }
    expect(storeFingerprint(app.db)).toEqual(before);
    app.db.pragma('query_only = 0');
    expect((await app.dispatch('partners:addCategory', { name: 'Наука' })).ok).toBe(true);
  });

  it('answers a write to a full disk with the Russian message and leaves no half of a partner', async () => {
    const app = await core();
    const categoryId = await withCategory(app);
    // The database may not grow by a single page: SQLite answers SQLITE_FULL, as on a full disk.
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages}`);
    const before = storeFingerprint(app.db);
    const answer = await app.dispatch('partners:create', partner(categoryId, 'очень длинное примечание '.repeat(180)));
    expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.full } });
    expect(storeFingerprint(app.db)).toEqual(before);
    app.db.pragma('max_page_count = 1073741823');
    expect((await app.dispatch('partners:create', partner(categoryId))).ok).toBe(true);
  });

  it('rolls a whole import back when the disk fills up half-way through it', async () => {
    const app = await core();
    const rows = Array.from({ length: 300 }, (_, i) => `ООО «Партнёр ${i + 1}»;${'примечание '.repeat(40)};Спорт`);
    const content = Buffer.from(['Полное наименование;Примечание;Направление', ...rows].join('\n'), 'utf8').toString(
      'base64',
    );
    const mapping = {
      ...Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])),
      fullName: 0,
      notes: 1,
      category: 2,
    } as Record<ImportField, number | null>;
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    // Room for a few partners, not for three hundred.
    app.db.pragma(`max_page_count = ${pages + 8}`);
    const before = storeFingerprint(app.db);
    const input = { fileName: 'партнёры.csv', content, mapping, onDuplicate: 'add' } as const;
    const answer = await app.dispatch('partners:importCommit', input);
    expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.full } });
    expect(storeFingerprint(app.db)).toEqual(before);
    // With room again, the same file imports whole.
    app.db.pragma('max_page_count = 1073741823');
    expect(await call(app, 'partners:importCommit', input)).toMatchObject({ created: 300, invalid: 0 });
  });

  it('answers a write while another program holds the file with the Russian message and writes nothing', async () => {
    const app = await core();
    const categoryId = await withCategory(app);
    const before = storeFingerprint(app.db);
    const other = new Database(app.db.name);
    other.exec('BEGIN IMMEDIATE');
    app.db.pragma('busy_timeout = 0');
    try {
      const answer = await app.dispatch('partners:create', partner(categoryId));
      expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.busy } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
      app.db.pragma('busy_timeout = 5000');
    }
    expect(storeFingerprint(app.db)).toEqual(before);
  });

  it('removes the stored scan again when its row cannot be written, leaving no file behind', async () => {
    const app = await core();
    const [partnerRow] = await call(app, 'partners:list', {});
    if (!partnerRow) throw new Error('the seeded store has no partners');
    const agreement = await call(app, 'agreements:create', agreementFields({ partnerId: partnerRow.id }));
    const filesBefore = filesIn(attachmentsDir(app));
    const before = storeFingerprint(app.db);
    app.db.pragma('query_only = 1');
    const answer = await app.dispatch('agreements:attachScan', {
      agreementId: agreement.id,
      fileName: 'Скан договора.pdf',
      content: PDF,
    });
    expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.readOnly } });
    expect(storeFingerprint(app.db)).toEqual(before);
    expect(filesIn(attachmentsDir(app))).toEqual(filesBefore);
  });
});
