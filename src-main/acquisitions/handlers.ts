import type Database from 'better-sqlite3';
import type { AcquisitionApproval } from '../contract/acquisitions';
import { acquisitionPlanDocumentTitle } from '../documents/acquisition-plan';
import { suggestedFileName } from '../documents/file-name';
import type { Handlers } from '../ipc/dispatcher';
import { acquisitionsXlsx } from './export-xlsx';
import { AcquisitionsService } from './service';

type AcquisitionChannels =
  | 'acquisitions:list'
  | 'acquisitions:create'
  | 'acquisitions:update'
  | 'acquisitions:delete'
  | 'acquisitions:markAcquired'
  | 'acquisitions:cancel'
  | 'acquisitions:restore'
  | 'acquisitions:categories'
  | 'acquisitions:getApproval'
  | 'acquisitions:saveApproval'
  | 'acquisitions:exportXlsx';

export interface AcquisitionsHandlersDeps {
  db: Database.Database;
  now: () => Date;
  /** The approval a plan gets before the office fills it: the director named in Настройки. */
  defaultApproval: () => AcquisitionApproval;
  saveFile: (bytes: Uint8Array, name: string, kind: 'xlsx') => Promise<string | null>;
}

export function acquisitionsHandlers({
  saveFile,
  ...deps
}: AcquisitionsHandlersDeps): Pick<Handlers, AcquisitionChannels> {
  const acquisitions = new AcquisitionsService(deps);
  return {
    'acquisitions:list': (filter) => acquisitions.list(filter),
    'acquisitions:create': ({ fields }) => acquisitions.create(fields),
    'acquisitions:update': ({ id, fields }) => acquisitions.update(id, fields),
    'acquisitions:delete': ({ id }) => {
      acquisitions.delete(id);
      return { deleted: true };
    },
    'acquisitions:markAcquired': ({ id, acquiredOn }) => acquisitions.markAcquired(id, acquiredOn),
    'acquisitions:cancel': ({ id }) => acquisitions.cancel(id),
    'acquisitions:restore': ({ id }) => acquisitions.restore(id),
    'acquisitions:categories': () => acquisitions.categories(),
    'acquisitions:getApproval': () => acquisitions.approval(),
    'acquisitions:saveApproval': (approval) => acquisitions.saveApproval(approval),
    'acquisitions:exportXlsx': async (years) => {
      const items = acquisitions.printable(years);
      const bytes = await acquisitionsXlsx(years, items, deps.now());
      // Named as the printed plan is: «План приобретения 2026–2030.xlsx».
      return { path: await saveFile(bytes, suggestedFileName(acquisitionPlanDocumentTitle(years), 'xlsx'), 'xlsx') };
    },
  };
}
