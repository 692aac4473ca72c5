import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { agreementsModule } from './agreements/module';
import { AgreementsService } from './agreements/service';
import { ensureBuiltInTemplates } from './agreements/templates/defaults';
import { acquisitionsModule } from './acquisitions/module';
import { archiveModule } from './archive/module';
import { jobsModule } from './jobs/module';
import { JobRunner } from './jobs/runner';
import { ArchiveService } from './archive/service';
import type { FileOpener } from './attachments/opener';
import { AttachmentsService } from './attachments/service';
import { backupsModule } from './backups/module';
import { unprovedStoreHandlers } from './backups/read-only-store';
import { BackupsService, type StoreChange } from './backups/service';
import { StoreWork } from './backups/store-work';
import { carryOverSchoolProfile } from './clubs/carry-over';
import { clubsModule } from './clubs/module';
import { ClubsService } from './clubs/service';
import type { Channel, Envelope } from './contract';
import type { DocumentKind } from './contract/documents';
import type { CoreContext, DomainModule, SharedServices } from './core-context';
import { dataPaths } from './data-dir';
import { closeDatabase, latestVersion, openDatabase } from './db/connection';
import { migrations } from './db/migrations';
import { diagnosticsModule } from './diagnostics/module';
import type { DocumentBuilders } from './documents/builders';
import { documentsHandlers, type DocumentChannel } from './documents/handlers';
import { AppError, type Logger } from './errors';
import { eventsModule } from './events/module';
import { homeModule } from './home/module';
import { PlanCalendar } from './events/plan-sync';
import { EventsService } from './events/service';
import { suggestedFileName } from './files/file-name';
import type { DocumentOutput } from './files/output';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatcher';
import { loansModule } from './loans/module';
import { partnersModule } from './partners/module';
import { PartnersService } from './partners/service';
import { plansModule } from './plans/module';
import { PlansService } from './plans/service';
import { programModule } from './program/module';
import { programModel } from './program/program-model';
import { seedProgramModel } from './program/seed';
import { ProgramService } from './program/service';
import { reviewsModule } from './reviews/module';
import { ReviewsService } from './reviews/service';
import { settingsModule } from './settings/module';
import {
  DEFAULT_AGREEMENT_SETTINGS,
  DEFAULT_CALENDAR_SETTINGS,
  defaultSchoolProfile,
  SettingsService,
} from './settings/service';
import type { SettingsFile } from './settings/settings-file';
import { staffModule } from './staff/module';
import { surveysModule } from './surveys/module';
import { ensureBuiltInSurveyTemplate } from './surveys/defaults';
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
  /** The built worker entry that heavy jobs run in; without it (unit tests on the sources) they run on this thread. */
  workerEntry?: URL | null;
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
  jobs: JobRunner;
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

  const work = new StoreWork();
  const jobs = new JobRunner(options.workerEntry ?? null, options.logger);
  const backups = new BackupsService({
    dir: paths.backups,
    db: () => live().db,
    readOnly: () => live().readOnly,
    latestVersion: latestVersion(migrations),
    reopen: reopenStore,
    chooseFolder: (title) => options.documentOutput.chooseFolder(title),
    schoolShortName: () => settings.read().school.shortName,
    work,
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
    pruneBackups: () => backups.prune(),
    reopen: reopenStore,
    work,
    jobs,
  });
  const context: StoreContext = { options, now, paths, settings, backups, archive, jobs };

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

/**
 * The domains of the app, each one module over the core context. A new domain is a new folder and one line here.
 */
export const MODULES = [
  settingsModule,
  programModule,
  homeModule,
  partnersModule,
  agreementsModule,
  plansModule,
  eventsModule,
  reviewsModule,
  loansModule,
  clubsModule,
  staffModule,
  surveysModule,
  acquisitionsModule,
  diagnosticsModule,
  backupsModule,
  archiveModule,
  jobsModule,
] as const;

/**
 * The modules a store that has not proved sound answers from the start, so that the user can always restore a copy
 * or load an archive: none of them reads the store when it is built.
 */
const RECOVERY_MODULES = [settingsModule, backupsModule, archiveModule, diagnosticsModule, jobsModule] as const;

/** The handlers of `RECOVERY_MODULES`. */
function recoveryHandlers(ctx: CoreContext): Partial<Handlers> {
  return Object.assign({}, ...RECOVERY_MODULES.map((factory) => factory(ctx).handlers)) as Partial<Handlers>;
}

/** Every module's handlers and the documents' handlers over their builders. */
function allHandlers(ctx: CoreContext, logger: Logger): Handlers {
  const modules = MODULES.map((factory) => factory(ctx));
  const builders = Object.assign({}, ...modules.map((module) => module.documents ?? {})) as DocumentBuilders;
  return Object.assign(
    {},
    ...modules.map((module) => module.handlers),
    documentsHandlers(ctx.output, builders, logger),
  ) as Handlers;
}

type ModuleOf<F> = F extends (ctx: CoreContext) => DomainModule<infer C, infer K> ? { channel: C; document: K } : never;
type Built = ModuleOf<(typeof MODULES)[number]>;
type Missing<All, Covered> = Exclude<All, Covered> extends never ? true : Exclude<All, Covered>;
// Every channel of the contract is handled and every kind of document built, or this does not compile, naming
// what is missing.
const everyChannelHandled: Missing<Channel, Built['channel'] | DocumentChannel> = true;
const everyDocumentBuilt: Missing<DocumentKind, Built['document']> = true;
void everyChannelHandled;
void everyDocumentBuilt;

/** The services more than one domain reads, built once per opening of the store. */
function sharedServices(
  db: Database.Database,
  now: () => Date,
  settings: SettingsService,
  attachments: AttachmentsService,
): SharedServices {
  const school = () => settings.read().school;
  const agreements = new AgreementsService({ db, now, settings: () => settings.read().agreements });
  const plans = new PlansService({ db, now, school, calendar: new PlanCalendar(db), attachments });
  const events = new EventsService({ db, now, attachments, holidays: () => settings.read().calendar.holidays });
  const partners = new PartnersService(db, now);
  const program = new ProgramService(db, partners);
  const reviews = new ReviewsService({ db, now, agreements, partners, events });
  const clubs = new ClubsService({ db, now, partners });
  return { partners, agreements, plans, program, events, reviews, clubs };
}

/** Opens the store (quick_check, migrations), builds the core context on it, its modules and the dispatcher. */
async function openStore({ options, now, paths, settings, backups, archive, jobs }: StoreContext): Promise<OpenStore> {
  const { db, created, readOnly, readOnlyReason } = await openDatabase(paths.database, {
    migrations,
    backupDir: paths.backups,
    logger: options.logger,
    now,
    whenEmpty: () => backups.emptyStoreReason(),
  });
  if (created) seedProgramModel(db, programModel, now());
  if (!readOnly) ensureBuiltInTemplates(db, now);
  if (!readOnly) ensureBuiltInSurveyTemplate(db, now);
  if (!readOnly) carryOverSchoolProfile(db, settings, now());
  const attachments = new AttachmentsService(db, paths.attachments, now, options.logger);
  await attachments.removeLeftovers();

  const output = options.documentOutput;
  // Built when first read, so that nothing at start reads a store that has not proved sound (`RECOVERY_MODULES`).
  let services: SharedServices | null = null;
  const ctx: CoreContext = {
    db,
    now,
    logger: options.logger,
    paths,
    settings,
    school: () => settings.read().school,
    output,
    saveExport: async (bytes, title, kind) => ({
      path: await output.saveFile(bytes, suggestedFileName(title, kind), kind),
    }),
    saveWorkbook: async (title, build) => {
      const bytes = await build({ title, creator: settings.read().school.shortName, created: now() });
      return ctx.saveExport(bytes, title, 'xlsx');
    },
    fileOpener: options.fileOpener,
    store: { readOnly, reason: readOnlyReason },
    attachments,
    backups,
    archive,
    jobs,
    get services() {
      return (services ??= sharedServices(db, now, settings, attachments));
    },
  };
  const handlers = readOnly
    ? unprovedStoreHandlers(recoveryHandlers(ctx), () => allHandlers(ctx, options.logger))
    : allHandlers(ctx, options.logger);
  const dispatch = createDispatcher(handlers, { validateOutput: options.validateOutput, logger: options.logger });
  return { db, created, readOnly, attachments, dispatch };
}
