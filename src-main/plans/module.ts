import type { CoreContext, DomainModule } from '../core-context';
import { buildPlanDocument, planDocumentTitle } from './documents/plan';
import { planXlsx } from './export-xlsx';
import { PlanImportService } from './import/service';

type PlanChannel =
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
  | 'directions:add'
  | 'plans:importPreview'
  | 'plans:importCommit'
  | 'plans:importUndo';

/** The annual plan of joint activity: its items, its approval, and the plan printed and in Excel. */
export function plansModule(ctx: CoreContext): DomainModule<PlanChannel, 'plan'> {
  const { plans, partners, clubs } = ctx.services;
  const importer = new PlanImportService({ db: ctx.db, now: ctx.now, plans, partners, clubs, jobs: ctx.jobs });
  return {
    handlers: {
      'plans:years': () => plans.years(),
      'plans:get': ({ year }) => plans.get(year),
      'plans:create': ({ year, copyFrom }) => plans.create(year, copyFrom),
      'plans:saveApproval': ({ year, approval }) => plans.saveApproval(year, approval),
      'plans:exportXlsx': async ({ year, groupBy }) => {
        const plan = plans.printable(year);
        // Named as the printed plan is: «План совместной деятельности 2026-2027.xlsx».
        return ctx.saveWorkbook(planDocumentTitle(year), (info) => planXlsx(plan, groupBy, info));
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
      'plans:importPreview': (input) => importer.preview(input),
      'plans:importCommit': (input) => importer.commit(input),
      'plans:importUndo': ({ undoToken }) => importer.undo(undoToken),
    },
    documents: {
      plan: (request) =>
        buildPlanDocument({ plan: plans.printable(request.year), school: ctx.school(), groupBy: request.groupBy }),
    },
  };
}
