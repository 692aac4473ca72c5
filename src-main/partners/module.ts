import { localIsoDate } from '../contract/academic-year';
import { formatDate } from '../contract/dates';
import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { modelOfInteraction, modelOfInteractionTitle } from './documents/model-of-interaction';
import { partnersWorkbook } from './export-xlsx';
import { PartnerImportService } from './import/service';
import { ModelImportService } from './model-import/service';
import { modelOfInteractionXlsx } from './model-xlsx';

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
  | 'partners:exportXlsx'
  | 'partners:exportModelXlsx'
  | 'partners:modelImportPreview'
  | 'partners:modelImportCommit'
  | 'partners:undoModelImport';

/** The registry of partners: their cards, stages, import from Excel or CSV, and «Модель взаимодействия». */
export function partnersModule(ctx: CoreContext): DomainModule<PartnerChannel, 'modelOfInteraction'> {
  const { partners } = ctx.services;
  const importer = new PartnerImportService(ctx.db, partners, ctx.jobs);
  const modelImporter = new ModelImportService(ctx.db, partners, ctx.jobs);
  /** The partners «Модель взаимодействия» lists; none is refused, as the table would be empty. */
  const modelPartners = (partnerIds?: readonly number[]) => {
    const chosen = partners.documentPartners(partnerIds);
    if (chosen.length === 0) {
      throw new AppError(
        'not_found',
        'Нет партнёров, с которыми школа работает: все приостановлены или в архиве. Выберите партнёров в списке.',
      );
    }
    return chosen;
  };
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
      'partners:modelImportPreview': (file) => modelImporter.preview(file),
      'partners:modelImportCommit': (input) => modelImporter.commit(input),
      'partners:undoModelImport': ({ undoToken }) => modelImporter.undo(undoToken),
      'partners:exportXlsx': async ({ filter }) => {
        const rows = partners.list(filter);
        if (rows.length === 0) {
          throw new AppError('not_found', 'Нет партнёров, подходящих под выбранные условия: выгружать нечего.');
        }
        const full = rows.map((summary) => ({ summary, record: partners.record(summary.id) }));
        const today = localIsoDate(ctx.now());
        const title = `Социальные партнёры школы на ${formatDate(today)}`;
        return ctx.saveWorkbook(`Партнёры ${today}`, (info) => partnersWorkbook(full, title, info));
      },
      'partners:exportModelXlsx': ({ year, partnerIds }) => {
        const chosen = modelPartners(partnerIds);
        return ctx.saveWorkbook(modelOfInteractionTitle(year), (info) => modelOfInteractionXlsx(year, chosen, info));
      },
    },
    documents: {
      modelOfInteraction: ({ year, partnerIds }) =>
        modelOfInteraction({ schoolFullName: ctx.school().fullName, year, partners: modelPartners(partnerIds) }),
    },
  };
}
