import type Database from 'better-sqlite3';
import type { AgreementsService } from './agreements/service';
import type { FileOpener } from './attachments/opener';
import type { AttachmentsService } from './attachments/service';
import type { ArchiveService } from './archive/service';
import type { BackupsService } from './backups/service';
import type { ClubsService } from './clubs/service';
import type { Channel } from './contract';
import type { DocumentKind } from './contract/documents';
import type { StoreStatus } from './contract/backups';
import type { SchoolProfile } from './contract/settings';
import type { dataPaths } from './data-dir';
import type { DocumentBuilders } from './documents/builders';
import type { WorkbookInfo } from './documents/xlsx-table';
import type { Logger } from './errors';
import type { EventsService } from './events/service';
import type { DocumentOutput, SavedFileKind } from './files/output';
import type { Handlers } from './ipc/dispatcher';
import type { JobRunner } from './jobs/runner';
import type { PartnersService } from './partners/service';
import type { PlansService } from './plans/service';
import type { ProgramService } from './program/service';
import type { ReviewsService } from './reviews/service';
import type { SettingsService } from './settings/service';

/** The services more than one domain reads: built once per opening of the store, before the modules. */
export interface SharedServices {
  partners: PartnersService;
  agreements: AgreementsService;
  plans: PlansService;
  program: ProgramService;
  events: EventsService;
  reviews: ReviewsService;
  clubs: ClubsService;
}

/**
 * Everything a domain module may use, built once per opening of the store: the store, the clock, the school's
 * settings, where files go, and the shared services. A module takes nothing else.
 */
export interface CoreContext {
  db: Database.Database;
  now: () => Date;
  logger: Logger;
  paths: ReturnType<typeof dataPaths>;
  settings: SettingsService;
  /** The school profile from Настройки as it is now. */
  school: () => SchoolProfile;
  /** Where printed and saved files go, and the dialogs that ask for folders and files. */
  output: DocumentOutput;
  /**
   * Saves an export under a name made from its title («Реестр договоров 2026-12-07.xlsx»); the saved path, or null
   * when the user cancelled.
   */
  saveExport(bytes: Uint8Array, title: string, kind: SavedFileKind): Promise<{ path: string | null }>;
  /**
   * Saves a workbook as `saveExport` does, built with the file's properties: the title, the school's name as its
   * author, and the time it was made.
   */
  saveWorkbook(title: string, build: (info: WorkbookInfo) => Promise<Uint8Array>): Promise<{ path: string | null }>;
  fileOpener: FileOpener;
  store: StoreStatus;
  attachments: AttachmentsService;
  backups: BackupsService;
  archive: ArchiveService;
  /** Runs heavy work (reading an import file, the archive) in a worker thread and keeps its progress. */
  jobs: JobRunner;
  services: SharedServices;
}

/** What one domain contributes to the app: the handlers of its channels and the builders of its documents. */
export interface DomainModule<C extends Channel = never, K extends DocumentKind = never> {
  handlers: Pick<Handlers, C>;
  documents?: Pick<DocumentBuilders, K>;
}

/** The one shape of every domain: a factory over the core context. */
export type ModuleFactory<C extends Channel = Channel, K extends DocumentKind = never> = (
  ctx: CoreContext,
) => DomainModule<C, K>;
