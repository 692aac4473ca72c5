import type Database from 'better-sqlite3';
import { seedPartners } from '../partners/seed';
import { DEFAULT_CATEGORIES, type ProgramModel } from './program-model';
import { insertProgramModel } from './repository';

/** Fills a new store with the school's program: goal, lists, stages, categories and partners. */
export function seedProgramModel(db: Database.Database, model: ProgramModel, now: Date): void {
  const categoryNames = [...new Set([...DEFAULT_CATEGORIES, ...model.partners.map((p) => p.category)])];
  db.transaction(() => {
    const categoryIds = insertProgramModel(db, model, categoryNames);
    seedPartners(db, model.partners, categoryIds, now);
  })();
}
