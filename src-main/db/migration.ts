import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3 …: the `user_version` the database has once this migration is applied. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
