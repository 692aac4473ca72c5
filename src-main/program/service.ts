import type Database from 'better-sqlite3';
import type { HomeSummary, Program } from '../contract/program';
import type { PartnersService } from '../partners/service';
import { readHomeSummary, readProgram } from './repository';

/** The school's programme of social partnership (its goal, tasks, principles and stages) and Главная's summary. */
export class ProgramService {
  constructor(
    private readonly db: Database.Database,
    private readonly partners: PartnersService,
  ) {}

  program(): Program {
    return readProgram(this.db);
  }

  /** Главная's summary of an academic year: partners by status and by the stage the year's records show. */
  homeSummary(year?: string): HomeSummary {
    const { statuses, byStage } = this.partners.summary(year);
    return readHomeSummary(this.db, statuses, byStage);
  }
}
