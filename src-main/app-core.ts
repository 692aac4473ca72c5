import type Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { dataPaths } from './data-dir';
import type { Logger } from './errors';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { partnersHandlers } from './partners/handlers';
import { programHandlers } from './program/handlers';
import { programModel } from './program/program-model';
import { seedProgramModel } from './program/seed';
import { settingsHandlers } from './settings/handlers';
import { defaultSchoolProfile, SettingsService } from './settings/service';
import type { SettingsFile } from './settings/settings-file';

export interface AppCoreOptions {
  dataDir: string;
  settingsFile: SettingsFile;
  logger: Logger;
  validateOutput: boolean;
  now?: () => Date;
}

export interface AppCore {
  dispatch: Dispatch;
  db: Database.Database;
  close(): void;
}

/** Everything the app is, without Electron: the store, the services and the one dispatcher. */
export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(options.dataDir);
  const { db, created } = await openDatabase(paths.database, {
    migrations,
    backupDir: paths.backups,
    logger: options.logger,
    now,
  });
  if (created) seedProgramModel(db, programModel, now());

  const settings = new SettingsService(
    options.settingsFile,
    { school: defaultSchoolProfile(programModel.school.shortName) },
    options.logger,
  );
  const dispatch = createDispatcher(
    { ...settingsHandlers(settings), ...partnersHandlers(db), ...programHandlers(db) },
    { validateOutput: options.validateOutput, logger: options.logger },
  );
  return { dispatch, db, close: () => closeDatabase(db) };
}
