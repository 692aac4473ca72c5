import type { CoreContext, DomainModule } from '../core-context';
import { acquisitionPlanDocumentTitle, buildAcquisitionPlanDocument } from './documents/acquisition-plan';
import { acquisitionsXlsx } from './export-xlsx';
import { AcquisitionsService } from './service';

type AcquisitionChannel =
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

/** The perspective plan of acquisitions, printed with «УТВЕРЖДАЮ» and exported to Excel. */
export function acquisitionsModule(ctx: CoreContext): DomainModule<AcquisitionChannel, 'acquisitionPlan'> {
  const acquisitions = new AcquisitionsService({
    db: ctx.db,
    now: ctx.now,
    partners: ctx.services.partners,
    // The approval a plan gets before the office fills it: the director named in Настройки.
    defaultApproval: () => ctx.services.plans.defaultApproval(),
  });
  return {
    handlers: {
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
        // Named as the printed plan is: «План приобретения 2026–2030.xlsx».
        return ctx.saveWorkbook(acquisitionPlanDocumentTitle(years), (info) => acquisitionsXlsx(years, items, info));
      },
    },
    documents: {
      acquisitionPlan: ({ fromYear, toYear }) => {
        const years = { fromYear, toYear };
        return buildAcquisitionPlanDocument({
          years,
          items: acquisitions.printable(years),
          approval: acquisitions.approval(),
          school: ctx.school(),
        });
      },
    },
  };
}
