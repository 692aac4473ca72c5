import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import { SETUP_STEPS, type Setup } from '../contract/home';
import type { SchoolProfile } from '../contract/settings';
import type { SettingsService } from '../settings/service';
import { readSetupRecords } from './repository';

interface HomeDeps {
  db: Database.Database;
  now: () => Date;
  settings: SettingsService;
}

/** The profile is set up once the documents can name the school's director, its address and its ИНН. */
export function schoolProfileDone(school: SchoolProfile): boolean {
  return [school.directorName, school.legalAddress, school.inn].every((value) => value.trim() !== '');
}

/** Главная's setup list, read from the records each time it is asked for. */
export class HomeService {
  constructor(private readonly deps: HomeDeps) {}

  setup(year = academicYearOf(localIsoDate(this.deps.now()))): Setup {
    const records = readSetupRecords(this.deps.db, year);
    const done = { school: schoolProfileDone(this.deps.settings.read().school), ...records };
    return {
      year,
      hidden: this.deps.settings.setupHidden(),
      steps: SETUP_STEPS.map((step) => ({
        step,
        done: done[step],
      })),
    };
  }

  hideSetup(hidden: boolean): { hidden: boolean } {
    this.deps.settings.hideSetup(hidden);
    return { hidden: this.deps.settings.setupHidden() };
  }
}
