import { localIsoDate } from '../contract/academic-year';
import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { modelOfInteraction } from './documents/model-of-interaction';
import { partnersWorkbook } from './export-xlsx';
import { PartnerImportService } from './import/service';

type PartnerChannel =
  | 'partners:list'
  | 'partners:get'
  | 'partners:create'
  | 'partners:update'
  | 'partners:findDuplicates'
  | 'partners:delete'
  | 'partners:undoDelete'
  | 'partners:archive'
  | 'partners:setStage'
  | 'partners:liftStage'
  | 'partners:setStatus'
  | 'partners:liftStatus'
  | 'partners:categories'
  | 'partners:addCategory'
  | 'partners:importRead'
  | 'partners:importPreview'
  | 'partners:importCommit'
  | 'partners:exportXlsx';

/** The registry of partners: their cards, stages, import from Excel or CSV, and «Модель взаимодействия». */
export function partnersModule(ctx: CoreContext): DomainModule<PartnerChannel, 'modelOfInteraction'> {
  const { partners } = ctx.services;
  const importer = new PartnerImportService(ctx.db, partners, ctx.jobs);
  return {
    handlers: {
      'partners:list': (filter) => partners.list(filter),
      'partners:get': ({ id, year }) => partners.detail(id, year),
      'partners:create': (fields) => partners.create(fields),
      'partners:update': ({ id, fields }) => partners.update(id, fields),
      'partners:findDuplicates': (input) => partners.findDuplicates(input),
      'partners:delete': ({ id }) => partners.delete(id),
      'partners:undoDelete': ({ undoToken }) => partners.undoDelete(undoToken),
      'partners:archive': ({ id }) => partners.archive(id),
      'partners:setStage': (input) => partners.setStage(input),
      'partners:liftStage': (input) => partners.liftStage(input),
      'partners:setStatus': (input) => partners.setStatus(input),
      'partners:liftStatus': ({ id }) => partners.liftStatus(id),
      'partners:categories': () => partners.categories(),
      'partners:addCategory': ({ name }) => partners.addCategory(name),
      'partners:importRead': (file) => importer.read(file),
      'partners:importPreview': (input) => importer.preview(input),
      'partners:importCommit': (input) => importer.commit(input),
      'partners:exportXlsx': async ({ filter }) => {
        const rows = partners.list(filter);
        if (rows.length === 0) {
          throw new AppError('not_found', 'Нет партнёров, подходящих под выбранные условия: выгружать нечего.');
        }
        const now = ctx.now();
        return ctx.saveExport(await partnersWorkbook(rows, now), `Партнёры ${localIsoDate(now)}`, 'xlsx');
      },
    },
    documents: {
      modelOfInteraction: (request) => {
        const chosen = partners.documentPartners(request.partnerIds);
        if (chosen.length === 0) {
          throw new AppError(
            'not_found',
            'Нет партнёров, с которыми школа работает: все приостановлены или в архиве. Выберите партнёров в списке.',
          );
        }
        return modelOfInteraction({ schoolFullName: ctx.school().fullName, year: request.year, partners: chosen });
      },
    },
  };
}
