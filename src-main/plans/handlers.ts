import { suggestedFileName } from '../documents/file-name';
import { planDocumentTitle } from '../documents/plan';
import type { Handlers } from '../ipc/dispatcher';
import { planXlsx } from './export-xlsx';
import type { PlansService } from './service';

type PlanChannels =
  | 'plans:years'
  | 'plans:get'
  | 'plans:create'
  | 'plans:saveApproval'
  | 'plans:exportXlsx'
  | 'planItems:create'
  | 'planItems:update'
  | 'planItems:delete'
  | 'plans:monthTasks'
  | 'directions:list'
  | 'directions:add';

export interface PlansHandlersDeps {
  plans: PlansService;
  saveFile: (bytes: Uint8Array, name: string, kind: 'xlsx') => Promise<string | null>;
  now: () => Date;
}

export function plansHandlers({ plans, saveFile, now }: PlansHandlersDeps): Pick<Handlers, PlanChannels> {
  return {
    'plans:years': () => plans.years(),
    'plans:get': ({ year }) => plans.get(year),
    'plans:create': ({ year, copyFrom }) => plans.create(year, copyFrom),
    'plans:saveApproval': ({ year, approval }) => plans.saveApproval(year, approval),
    'plans:exportXlsx': async ({ year, groupBy }) => {
      const plan = plans.printable(year);
      const bytes = await planXlsx(plan, groupBy, now());
      // Named as the printed plan is: «План совместной деятельности 2026-2027.xlsx».
      return { path: await saveFile(bytes, suggestedFileName(planDocumentTitle(year), 'xlsx'), 'xlsx') };
    },
    'planItems:create': ({ year, fields }) => plans.createItem(year, fields),
    'planItems:update': ({ id, fields, handEdits }) => plans.updateItem(id, fields, handEdits),
    'planItems:delete': async ({ id, events }) => {
      await plans.deleteItem(id, events);
      return { deleted: true };
    },
    'plans:monthTasks': () => plans.monthTasks(),
    'directions:list': () => plans.directions(),
    'directions:add': ({ name }) => plans.addDirection(name),
  };
}
