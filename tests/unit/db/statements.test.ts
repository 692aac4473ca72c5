import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepared } from '../../../src-main/db/statements';

describe('statements kept with their connection', () => {
  it('compiles a query once per connection and reuses it', () => {
    const db = new Database(':memory:');
    const other = new Database(':memory:');
    const sql = 'SELECT 1 AS one';
    expect(prepared(db, sql)).toBe(prepared(db, sql));
    expect(prepared(other, sql)).not.toBe(prepared(db, sql));
    db.close();
    other.close();
  });

  it('sets the mode on every use, so one caller plucking never changes what another gets', () => {
    const db = new Database(':memory:');
    const sql = 'SELECT 1 AS one';
    expect(prepared(db, sql, { pluck: true }).get()).toBe(1);
    expect(prepared(db, sql).get()).toEqual({ one: 1 });
    expect(prepared(db, sql, { pluck: true }).all()).toEqual([1]);
    db.close();
  });

  it('runs a statement that writes as well', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
    prepared(db, 'INSERT INTO t (n) VALUES (?)').run(5);
    prepared(db, 'INSERT INTO t (n) VALUES (?)').run(6);
    expect(prepared(db, 'SELECT sum(n) FROM t', { pluck: true }).get()).toBe(11);
    db.close();
  });
});
