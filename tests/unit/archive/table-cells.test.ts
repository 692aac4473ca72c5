import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { takeSnapshot } from '../../../src-main/archive/export';
import { decodeCell, parseTableFile, TABLES_STORE_ENTRY } from '../../../src-main/archive/format';
import { storeTables } from '../../../src-main/db/schema';
import { useTempDirs } from '../../kit';
import { hasRussianTableName } from '../../../src-main/archive/table-names';
import { applyMigrations } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';

const SAMPLE_VALUES = [
  'Ёлкина «Анна»\n"кавычки"',
  null,
  9_007_199_254_740_991n,
  9_007_199_254_740_993n,
  -(2n ** 63n),
  0.1 + 0.2,
  2.5,
  Infinity,
  -Infinity,
  -0,
  Buffer.from([0, 1, 2, 255]),
];

describe('the rows of a table as the archive carries them', () => {
  const tempDir = useTempDirs();

  it('keep every SQLite type exactly: text, null, integers within and beyond 2^53, reals, infinities, -0 and blobs', () => {
    const file = join(tempDir(), 'sample.sqlite3');
    const db = new Database(file);
    db.exec('CREATE TABLE sample (id INTEGER PRIMARY KEY, value ANY) STRICT');
    const insert = db.prepare('INSERT INTO sample (value) VALUES (?)');
    for (const value of SAMPLE_VALUES) insert.run(value);
    const stored = db.prepare('SELECT value FROM sample ORDER BY id').pluck().safeIntegers(true).all();
    db.close();

    const snapshot = takeSnapshot(file, join(tempDir(), 'attachments'), { appVersion: '0.1.0', createdAt: new Date() });
    const archived = new Database(Buffer.from(snapshot.entries.get(TABLES_STORE_ENTRY) ?? []));
    const carried = archived.prepare('SELECT value FROM sample ORDER BY _rowid_').pluck().safeIntegers(true).all();
    archived.close();

    expect(snapshot.manifest.tables).toEqual({ sample: { rows: SAMPLE_VALUES.length } });
    expect(carried).toEqual(stored);
    expect(Object.is(carried[9], -0)).toBe(Object.is(stored[9], -0));
  });

  it('of an archive of format 1 are read back to every SQLite type exactly', () => {
    const json =
      '[[1,"Ёлкина «Анна»\\n\\"кавычки\\""],[2,null],[3,9007199254740991],[4,{"int":"9007199254740993"}],' +
      '[5,{"int":"-9223372036854775808"}],[6,{"real":0.30000000000000004}],[7,{"real":2.5}],[8,{"real":"Infinity"}],' +
      '[9,{"real":"-Infinity"}],[10,{"real":"-0"}],[11,{"blob":"AAEC/w=="}]]';
    const file = parseTableFile(JSON.parse(`{"table":"sample","columns":["id","value"],"rows":${json}}`));
    const decoded = file?.rows.map((row) => decodeCell(row[1] ?? null));
    expect(decoded).toEqual(SAMPLE_VALUES);
    expect(Object.is(decoded?.[9], -0)).toBe(true);
  });

  it('of format 1 are refused when a cell is neither a cell of the archive nor a row of the table’s length', () => {
    const file = (rows: unknown) => parseTableFile({ table: 'sample', columns: ['id', 'value'], rows });
    expect(file([[1, 'a']])).not.toBeNull();
    expect(file([[1, 1.5]])).toBeNull();
    expect(file([[1, true]])).toBeNull();
    expect(file([[1, { real: 1, int: '2' }]])).toBeNull();
    expect(file([[1]])).toBeNull();
  });
});

describe('the names of tables in refusals', () => {
  it('are Russian for every table of the schema', () => {
    const db = new Database(':memory:');
    applyMigrations(db, migrations);
    const unnamed = storeTables(db)
      .map((table) => table.name)
      .filter((name) => !hasRussianTableName(name));
    db.close();
    expect(unnamed).toEqual([]);
  });
});
