import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { AgreementDrafting } from './agreements/drafting';
import { agreementsHandlers } from './agreements/handlers';
import { AgreementScans } from './agreements/scans';
import { AgreementsService } from './agreements/service';
import { ensureBuiltInTemplates } from './agreements/templates/defaults';
import { templatesHandlers } from './agreements/templates/handlers';
import type { FileOpener } from './attachments/opener';
import { archiveHandlers } from './archive/handlers';
import { ArchiveService } from './archive/service';
import { AttachmentsService } from './attachments/service';
import { backupsHandlers } from './backups/handlers';
import { whenDamaged } from './backups/read-only-store';
import { BackupsService, type StoreChange } from './backups/service';
import { closeDatabase, latestVersion, openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { dataPaths } from './data-dir';
import { diagnosticsHandlers } from './diagnostics/handlers';
import { coreDocumentBuilders } from './documents/builders';
import { documentsHandlers } from './documents/handlers';
import { reviewDocumentBuilders } from './documents/report-builders';
import type { DocumentOutput } from './documents/output';
import type { Envelope } from './contract';
import { AppError, type Logger } from './errors';
import { eventsHandlers } from './events/handlers';
import { EventsService } from './events/service';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { partnersHandlers } from './partners/handlers';
import { partnerImportHandlers } from './partners/import/handlers';
import { PartnersService } from './partners/service';
import { plansHandlers } from './plans/handlers';
import { reviewsHandlers } from './reviews/handlers';
import { ReviewsService } from './reviews/service';
import { PlansService } from './plans/service';
import { programHandlers } from './program/handlers';
import { programModel } from './program/program-model';
import { seedProgramModel } from './program/seed';
import { settingsHandlers } from './settings/handlers';
import { loansHandlers } from './loans/handlers';
import { loanDocumentBuilders } from './loans/documents';
import { clubsHandlers } from './clubs/handlers';
import { acquisitionsHandlers } from './acquisitions/handlers';
import { acquisitionDocumentBuilders } from './acquisitions/documents';
import { staffHandlers } from './staff/handlers';
import { surveysHandlers } from './surveys/handlers';
import { ensureBuiltInSurveyTemplate } from './surveys/defaults';
import { surveyDocumentBuilders } from './surveys/documents';
import {
  DEFAULT_AGREEMENT_SETTINGS,
  DEFAULT_CALENDAR_SETTINGS,
  defaultSchoolProfile,
  SettingsService,
} from './settings/service';
import type { SettingsFile } from './settings/settings-file';
import { version as APP_VERSION } from '../package.json';

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
  /** The store's connection now: a restore replaces it, so read it where it is used rather than keeping it. */
  readonly db: Database.Database;
  /** Files kept in the data directory: agreements' signed scans, later events' photos. */
  readonly attachments: AttachmentsService;
  /** Copies of the store; other parts of the app take one before a risky step (`create('before-import')`). */
  backups: BackupsService;
  close(): void;
}

/** One opening of the store with every service built on it; a restore closes it and opens another. */
interface OpenStore {
  db: Database.Database;
  created: boolean;
  readOnly: boolean;
  attachments: AttachmentsService;
  dispatch: Dispatch;
}

/** What every opening of the store shares. */
interface StoreContext {
  options: AppCoreOptions;
  now: () => Date;
  paths: ReturnType<typeof dataPaths>;
  settings: SettingsService;
  backups: BackupsService;
  archive: ArchiveService;
}

const STORE_CLOSED_MESSAGE = 'Файл данных не открыт: восстановление из копии не удалось. Перезапустите программу.';
const STORE_CLOSED: Envelope<never> = { ok: false, error: { code: 'storage', message: STORE_CLOSED_MESSAGE } };

/**
 * Everything the app is, without Electron: the store, the services and the one dispatcher. The services live as long
 * as one opening of the store; `dispatch` always reaches those of the store open now, so a restore can close the
 * store, replace its file and open it again while the app keeps running.
 */
export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(options.dataDir);
  const settings = new SettingsService(
    options.settingsFile,
    {
      school: defaultSchoolProfile(programModel.school.shortName),
      agreements: DEFAULT_AGREEMENT_SETTINGS,
      calendar: DEFAULT_CALENDAR_SETTINGS,
    },
    options.logger,
  );
  let store: OpenStore | null = null;
  let reopening: Promise<void> | null = null;
  const live = (): OpenStore => {
    if (!store) throw new AppError('storage', STORE_CLOSED_MESSAGE);
    return store;
  };

  /** Closes the store, lets `change` replace its file, and opens it again; a failed change reopens it unchanged. */
  async function reopen(change: StoreChange): Promise<void> {
    if (store) closeDatabase(store.db);
    store = null;
    try {
      await change(paths.database);
    } catch (error) {
      store = await openStore(context);
      throw error;
    }
    store = await openStore(context);
  }

  /** `reopen`, with every call that comes meanwhile waiting until the store is open again. */
  const reopenStore = (change: StoreChange): Promise<void> => {
    const running = reopen(change).finally(() => {
      reopening = null;
    });
    reopening = running;
    return running;
  };

  const backups = new BackupsService({
    dir: paths.backups,
    db: () => live().db,
    readOnly: () => live().readOnly,
    latestVersion: latestVersion(migrations),
    reopen: reopenStore,
    chooseFolder: (title) => options.documentOutput.chooseFolder(title),
    schoolShortName: () => settings.read().school.shortName,
    now,
    logger: options.logger,
  });
  const archive = new ArchiveService({
    db: () => live().db,
    paths: { ...paths, staging: join(options.dataDir, 'archive-import') },
    migrations,
    appVersion: APP_VERSION,
    now,
    logger: options.logger,
    output: options.documentOutput,
    readOnly: () => live().readOnly,
    backupBeforeImport: () => backups.create('before-import'),
    reopen: reopenStore,
  });
  const context: StoreContext = { options, now, paths, settings, backups, archive };

  store = await openStore(context);
  await archive.removeLeftovers();
  await backups.atStart({ freshStore: store.created });
  return {
    dispatch: async (channel, input) => {
      while (reopening) await reopening.catch(() => undefined);
      return store ? store.dispatch(channel, input) : STORE_CLOSED;
    },
    get db() {
      return live().db;
    },
    get attachments() {
      return live().attachments;
    },
    backups,
    close: () => {
      if (store) closeDatabase(store.db);
    },
  };
}

/** Opens the store (quick_check, migrations) and builds every service and the dispatcher on it. */
async function openStore({ options, now, paths, settings, backups, archive }: StoreContext): Promise<OpenStore> {
  const { db, created, readOnly, readOnlyReason } = await openDatabase(paths.database, {
    migrations,
    backupDir: paths.backups,
    logger: options.logger,
    now,
  });
  if (created) seedProgramModel(db, programModel, now());
  if (!readOnly) ensureBuiltInTemplates(db, now);
  if (!readOnly) ensureBuiltInSurveyTemplate(db, now);
  const saveFile: DocumentOutput['saveFile'] = (bytes, name, kind) =>
    options.documentOutput.saveFile(bytes, name, kind);
  const attachments = new AttachmentsService(db, paths.attachments, now, options.logger);
  await attachments.removeLeftovers();

  const agreements = new AgreementsService({ db, now, settings: () => settings.read().agreements });
  const partners = new PartnersService(db, now);
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
  const events = new EventsService({ db, now, attachments });
  const reviews = new ReviewsService({
    db,
    now,
    agreements,
    partners,
    events,
    families: () => settings.read().school.families,
  });
  const dispatch = createDispatcher(
    whenDamaged(readOnly, {
      ...settingsHandlers(settings),
      ...partnersHandlers(db, partners),
      ...partnerImportHandlers({
        db,
        partners,
        now,
        saveFile,
      }),
      ...programHandlers(db, partners),
      ...documentsHandlers(
        options.documentOutput,
        {
          ...coreDocumentBuilders({ db, school, agreements, partners, plans }),
          ...loanDocumentBuilders({ db, now, school, partners, city: () => settings.read().agreements.city }),
          ...acquisitionDocumentBuilders({ db, now, school, defaultApproval: () => plans.defaultApproval() }),
          ...surveyDocumentBuilders({ db, now, school }),
          ...reviewDocumentBuilders({ db, reviews, school }),
        },
        options.logger,
      ),
      ...agreementsHandlers({
        agreements,
        scans,
        drafting,
        saveFile,
        today: () => agreements.today(),
      }),
      ...templatesHandlers(db, now),
      ...plansHandlers({
        plans,
        saveFile,
        now,
      }),
      ...eventsHandlers({
        events,
        attachments,
        fileOpener: options.fileOpener,
        documentOutput: options.documentOutput,
      }),
      ...diagnosticsHandlers({
        db,
        logsDir: paths.logs,
        now,
        saveFile,
      }),
      ...backupsHandlers(backups, () => ({ readOnly, reason: readOnlyReason })),
      ...archiveHandlers(archive),
      ...reviewsHandlers({
        reviews,
        saveFile,
        now,
      }),
      ...loansHandlers({ db, now }),
      ...clubsHandlers({ db, now, enrolment: () => settings.read().school.enrolment }),
      ...acquisitionsHandlers({
        db,
        now,
        defaultApproval: () => plans.defaultApproval(),
        saveFile,
      }),
      ...staffHandlers({
        db,
        now,
        saveFile,
      }),
      ...surveysHandlers({ db, now, school }),
    }),
    { validateOutput: options.validateOutput, logger: options.logger },
  );
  return { db, created, readOnly, attachments, dispatch };
}
