import type Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { dataPaths } from './data-dir';
import { documentsHandlers } from './documents/handlers';
import type { DocumentOutput } from './documents/output';
import type { Logger } from './errors';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { partnersHandlers } from './partners/handlers';
import { partnerImportHandlers } from './partners/import/handlers';
import { PartnersService } from './partners/service';
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
  /** Where printed and saved documents go: system dialogs in Electron, files in the test harness. */
  documentOutput: DocumentOutput;
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
  const partners = new PartnersService(db, now);
  const dispatch = createDispatcher(
    {
      ...settingsHandlers(settings),
      ...partnersHandlers(db, partners),
      ...partnerImportHandlers({
        db,
        partners,
        now,
        saveFile: (bytes, name, kind) => options.documentOutput.saveFile(bytes, name, kind),
      }),
      ...programHandlers(db),
      ...documentsHandlers({ db, school: () => settings.read().school, output: options.documentOutput }),
    },
    { validateOutput: options.validateOutput, logger: options.logger },
  );
  return { dispatch, db, close: () => closeDatabase(db) };
}
