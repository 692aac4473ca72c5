import type Database from 'better-sqlite3';
import type { HomeSummary, Program } from '../contract/program';
import { readHomeSummary, readProgram } from './repository';

/** The school's programme of social partnership (its goal, tasks, principles and stages) and Главная's summary. */
export class ProgramService {
  constructor(private readonly db: Database.Database) {}

  program(): Program {
    return readProgram(this.db);
  }

  homeSummary(): HomeSummary {
    return readHomeSummary(this.db);
  }
}
