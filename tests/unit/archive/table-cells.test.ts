import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodeCell, parseTableFile } from '../../../src-main/archive/format';
import { storeTables } from '../../../src-main/db/schema';
import { rowsJson } from '../../../src-main/archive/repository';
import { hasRussianTableName } from '../../../src-main/archive/table-names';
import { applyMigrations } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';

describe('the rows of a table as the archive writes them', () => {
  it('keep every SQLite type exactly: text, null, integers within and beyond 2^53, reals, infinities, -0 and blobs', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE sample (id INTEGER PRIMARY KEY, value ANY) STRICT');
    const values = [
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
    const insert = db.prepare('INSERT INTO sample (value) VALUES (?)');
    for (const value of values) insert.run(value);
    const [table] = storeTables(db);
    if (!table) throw new Error('no table');

    const { json, count } = rowsJson(db, table);
    const file = parseTableFile(JSON.parse(`{"table":"sample","columns":["id","value"],"rows":${json}}`));

    expect(count).toBe(values.length);
    const decoded = file?.rows.map((row) => decodeCell(row[1] ?? null));
    const stored = db.prepare('SELECT value FROM sample ORDER BY id').pluck().safeIntegers(true).all();
    expect(decoded).toEqual(stored);
    expect(Object.is(decoded?.[9], -0)).toBe(true);
    db.close();
  });

  it('refuse a file whose cell is neither a cell of the archive nor a row of the table’s length', () => {
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
