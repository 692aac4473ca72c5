import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PARTIES_PREAMBLE } from '../../../src-main/agreements/templates/defaults';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { call, openCore, silentLogger, useTempDirs } from '../../kit';
import { agreementFields } from '../agreements/documents/fixtures';

const tempDir = useTempDirs();
const STAMP = '2026-03-14T09:26:53.000Z';

/** The preamble of the built-in templates up to schema 11, which avoided declining the signers. */
const OLD_PREAMBLE =
  '{{школа.полное_наименование}} (далее — Школа), от имени которой на основании Устава действует ' +
  '{{школа.должность_директора}} {{школа.директор}}, и {{партнёр.полное_наименование}} (далее — Партнёр), ' +
  'от имени которого на основании {{партнёр.основание}} действует {{партнёр.должность_руководителя}} ' +
  '{{партнёр.руководитель}}, именуемые в дальнейшем «Стороны»';

const OWN_PREAMBLE = 'Мы, {{школа.краткое_наименование}} и {{партнёр.краткое_наименование}}, договорились:';

/** A store of schema 11: the built-in template as it was bundled, and a template of the office's own. */
async function storeOfSchema11(dataDir: string): Promise<void> {
  const file = join(dataDir, 'sodruzhestvo.sqlite3');
  closeDatabase(
    (
      await openDatabase(file, {
        migrations: migrations.filter((m) => m.version <= 11),
        backupDir: join(dataDir, 'backups'),
        logger: silentLogger,
      })
    ).db,
  );
  const db = new Database(file);
  const builtIn = DEFAULT_TEMPLATES[0];
  const insert = db.prepare(
    'INSERT INTO agreement_templates (name, type, body, built_in, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  insert.run(builtIn?.name, 'cooperation', builtIn?.body.replace(PARTIES_PREAMBLE, OLD_PREAMBLE), 1, STAMP);
  insert.run('Свой договор', 'cooperation', `${OWN_PREAMBLE}\n1. Предмет`, 0, STAMP);
  db.prepare("INSERT INTO partner_categories (id, name, position) VALUES (1, 'Безопасность', 1)").run();
  db.prepare(
    `INSERT INTO partners (id, full_name, short_name, category_id, head_name, head_position, head_basis, created_at,
       updated_at) VALUES (1, 'ГИБДД', '', 1, 'Петров Иван Сергеевич', 'Начальник', 'Положения', ?, ?)`,
  ).run(STAMP, STAMP);
  db.close();
}

describe('migration 012: signers and numbered acts', () => {
  it('gives the built-in template still holding the old preamble the new one, and leaves the office’s own alone', async () => {
    const dataDir = tempDir();
    await storeOfSchema11(dataDir);
    const app = await openCore(dataDir);
    const templates = await call(app, 'templates:list', {});
    expect(templates.find((t) => t.builtIn && t.type === 'cooperation')?.body).toBe(DEFAULT_TEMPLATES[0]?.body);
    expect(templates.find((t) => t.name === 'Свой договор')?.body).toBe(`${OWN_PREAMBLE}\n1. Предмет`);
    // A head recorded before: nothing corrected, no power of attorney; declined when printed.
    expect(await call(app, 'partners:get', { id: 1 })).toMatchObject({
      headBasis: 'Положения',
      headNameGenitive: '',
      headPositionGenitive: '',
      headAttorneyNumber: '',
      headAttorneyDate: null,
    });
    const filled = await call(app, 'templates:fill', {
      templateId: templates[0]?.id ?? 0,
      fields: agreementFields({ partnerId: 1 }),
    });
    expect(filled.text).toContain(
      '(далее — Партнёр) в лице начальника Петрова Ивана Сергеевича, действующего на основании Положения,',
    );
    app.close();
  });
});
