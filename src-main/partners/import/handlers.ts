import type Database from 'better-sqlite3';
import { localIsoDate } from '../../contract/academic-year';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatcher';
import { partnersWorkbook } from '../export-xlsx';
import type { PartnersService } from '../service';
import { PartnerImportService } from './service';

/** Saves finished bytes where the user chooses; the saved path, or null when the user cancelled. */
export type SaveFile = (bytes: Uint8Array, suggestedFileName: string, kind: 'xlsx') => Promise<string | null>;

export interface PartnerImportDeps {
  db: Database.Database;
  partners: PartnersService;
  now: () => Date;
  saveFile: SaveFile;
}

type ImportChannel = 'partners:importRead' | 'partners:importPreview' | 'partners:importCommit' | 'partners:exportXlsx';

export function partnerImportHandlers(deps: PartnerImportDeps): Pick<Handlers, ImportChannel> {
  const importer = new PartnerImportService(deps.db, deps.partners);
  return {
    'partners:importRead': (file) => importer.read(file),
    'partners:importPreview': (input) => importer.preview(input),
    'partners:importCommit': (input) => importer.commit(input),
    'partners:exportXlsx': async ({ filter }) => {
      const partners = deps.partners.list(filter);
      if (partners.length === 0) {
        throw new AppError('not_found', 'Нет партнёров, подходящих под выбранные условия: выгружать нечего.');
      }
      const now = deps.now();
      const bytes = await partnersWorkbook(partners, now);
      return { path: await deps.saveFile(bytes, `Партнёры ${localIsoDate(now)}.xlsx`, 'xlsx') };
    },
  };
}
