import type Database from 'better-sqlite3';
import { AgreementDrafting } from './agreements/drafting';
import { agreementsHandlers } from './agreements/handlers';
import { AgreementScans } from './agreements/scans';
import { AgreementsService } from './agreements/service';
import { ensureBuiltInTemplates } from './agreements/templates/defaults';
import { templatesHandlers } from './agreements/templates/handlers';
import type { FileOpener } from './attachments/opener';
import { AttachmentsService } from './attachments/service';
import { closeDatabase, openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { dataPaths } from './data-dir';
import { documentsHandlers } from './documents/handlers';
import type { DocumentOutput } from './documents/output';
import type { Logger } from './errors';
import { eventsHandlers } from './events/handlers';
import { heldEventsWithPartner } from './events/occurrences';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { partnersHandlers } from './partners/handlers';
import { partnerImportHandlers } from './partners/import/handlers';
import { PartnersService } from './partners/service';
import { plansHandlers } from './plans/handlers';
import { planItemsWithPartner } from './plans/repository';
import { PlansService } from './plans/service';
import { programHandlers } from './program/handlers';
import { programModel } from './program/program-model';
import { seedProgramModel } from './program/seed';
import { settingsHandlers } from './settings/handlers';
import {
  DEFAULT_AGREEMENT_SETTINGS,
  DEFAULT_CALENDAR_SETTINGS,
  defaultSchoolProfile,
  SettingsService,
} from './settings/service';
import type { SettingsFile } from './settings/settings-file';

export interface AppCoreOptions {
  dataDir: string;
  settingsFile: SettingsFile;
  logger: Logger;
  validateOutput: boolean;
  /** Where printed and saved documents go: system dialogs in Electron, files in the test harness. */
  documentOutput: DocumentOutput;
  /** Opens a stored attachment with the system's viewer (Electron's shell; a recorder in the harness). */
  fileOpener: FileOpener;
  now?: () => Date;
}

export interface AppCore {
  dispatch: Dispatch;
  db: Database.Database;
  /** Files kept in the data directory: agreements' signed scans, later events' photos. */
  attachments: AttachmentsService;
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
  ensureBuiltInTemplates(db, now);
  const attachments = new AttachmentsService(db, paths.attachments, now, options.logger);
  await attachments.removeLeftovers();

  const settings = new SettingsService(
    options.settingsFile,
    {
      school: defaultSchoolProfile(programModel.school.shortName),
      agreements: DEFAULT_AGREEMENT_SETTINGS,
      calendar: DEFAULT_CALENDAR_SETTINGS,
    },
    options.logger,
  );
  const agreements = new AgreementsService({ db, now, settings: () => settings.read().agreements });
  const partners = new PartnersService(db, now, {
    agreementInForce: (partnerId) => agreements.hasAgreementInForce(partnerId),
    planItems: (partnerId, year) => planItemsWithPartner(db, partnerId, year),
    heldEvents: (partnerId) => heldEventsWithPartner(db, partnerId),
  });
  const school = () => settings.read().school;
  const drafting = new AgreementDrafting({
    db,
    agreements,
    partners,
    school,
    settings: () => settings.read().agreements,
  });
  const scans = new AgreementScans(agreements, attachments, options.fileOpener);
  const plans = new PlansService({ db, now, school });
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
      ...documentsHandlers({ db, school, output: options.documentOutput, agreements, partners, plans }),
      ...agreementsHandlers({
        agreements,
        scans,
        drafting,
        saveFile: (bytes, name, kind) => options.documentOutput.saveFile(bytes, name, kind),
        today: () => agreements.today(),
      }),
      ...templatesHandlers(db, now),
      ...plansHandlers({
        plans,
        saveFile: (bytes, name, kind) => options.documentOutput.saveFile(bytes, name, kind),
        now,
      }),
      ...eventsHandlers({
        db,
        now,
        attachments,
        fileOpener: options.fileOpener,
        documentOutput: options.documentOutput,
      }),
    },
    { validateOutput: options.validateOutput, logger: options.logger },
  );
  return { dispatch, db, attachments, close: () => closeDatabase(db) };
}
