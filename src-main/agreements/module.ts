import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { buildAgreementDocument } from './documents/agreement';
import { buildAmendmentDocument } from './documents/amendment';
import { AGREEMENT_REGISTER_TITLE, buildAgreementRegister } from './documents/register';
import { AgreementDrafting } from './drafting';
import { agreementsRegisterXlsx } from './register-xlsx';
import { AgreementScans } from './scans';
import { placeholderList } from './templates/placeholders';
import { TemplateImportService } from './templates/import/service';
import { TemplatesService } from './templates/service';

type AgreementChannel =
  | 'agreements:list'
  | 'agreements:get'
  | 'agreements:nextNumber'
  | 'agreements:create'
  | 'agreements:update'
  | 'agreements:terminate'
  | 'agreements:addAmendment'
  | 'agreements:updateAmendment'
  | 'agreements:deleteAmendment'
  | 'agreements:delete'
  | 'agreements:attachScan'
  | 'agreements:openScan'
  | 'agreements:removeScan'
  | 'agreements:createFromTemplate'
  | 'agreements:exportRegister'
  | 'agreements:text'
  | 'agreements:alignText'
  | 'templates:list'
  | 'templates:placeholders'
  | 'templates:create'
  | 'templates:update'
  | 'templates:delete'
  | 'templates:fill'
  | 'templates:importRead'
  | 'templates:importCreate'
  | 'home:attention';

type AgreementDocument = 'agreement' | 'amendment' | 'agreementRegister';

const EMPTY_REGISTER = 'В реестре нет договоров: измените условия отбора.';

/** Agreements with their amendments and signed scans, the templates they are drafted from, and their register. */
export function agreementsModule(ctx: CoreContext): DomainModule<AgreementChannel, AgreementDocument> {
  const { agreements, partners } = ctx.services;
  const templates = new TemplatesService(ctx.db, ctx.now);
  const drafting = new AgreementDrafting({
    db: ctx.db,
    agreements,
    partners,
    school: ctx.school,
    settings: () => ctx.settings.read().agreements,
  });
  const templateImport = new TemplateImportService({ templates, partners, school: ctx.school, jobs: ctx.jobs });
  const scans = new AgreementScans(agreements, ctx.attachments, ctx.fileOpener);
  const register = (filter: Parameters<typeof agreements.list>[0]) => {
    const rows = agreements.list(filter);
    if (rows.length === 0) throw new AppError('not_found', EMPTY_REGISTER);
    return rows;
  };
  return {
    handlers: {
      'agreements:list': (filter) => agreements.list(filter),
      'agreements:get': ({ id }) => agreements.detail(id),
      'agreements:nextNumber': ({ signedOn }) => ({ number: agreements.nextNumber(signedOn) }),
      'agreements:create': (fields) => agreements.create(fields),
      'agreements:update': ({ id, fields }) => agreements.update(id, fields),
      'agreements:terminate': ({ id, date, reason }) => agreements.terminate(id, date, reason),
      'agreements:addAmendment': ({ agreementId, fields }) => agreements.addAmendment(agreementId, fields),
      'agreements:updateAmendment': ({ id, fields }) => agreements.updateAmendment(id, fields),
      'agreements:deleteAmendment': ({ id }) => agreements.deleteAmendment(id),
      'agreements:delete': ({ id }) => scans.deleteAgreement(id),
      'agreements:attachScan': ({ agreementId, fileName, content }) => scans.attach(agreementId, fileName, content),
      'agreements:openScan': ({ id }) => scans.open(id),
      'agreements:removeScan': ({ id }) => scans.remove(id),
      'agreements:createFromTemplate': ({ partnerId, templateId }) =>
        drafting.createFromTemplate(partnerId, templateId),
      'agreements:text': ({ id }) => drafting.text(id),
      'agreements:alignText': ({ id }) => drafting.alignText(id),
      'agreements:exportRegister': async (filter) => {
        const rows = register(filter);
        return ctx.saveWorkbook(`Реестр договоров ${agreements.today()}`, (info) =>
          agreementsRegisterXlsx(rows, AGREEMENT_REGISTER_TITLE, info),
        );
      },
      'templates:list': () => templates.list(),
      'templates:placeholders': () => placeholderList(),
      'templates:create': (fields) => templates.create(fields),
      'templates:update': ({ id, fields }) => templates.update(id, fields),
      'templates:delete': ({ id }) => {
        templates.delete(id);
        return { deleted: true as const };
      },
      'templates:fill': ({ templateId, fields }) => drafting.fill(templateId, fields),
      'templates:importRead': (file) => templateImport.read(file),
      'templates:importCreate': (input) => templateImport.create(input),
      'home:attention': () => agreements.attention(),
    },
    documents: {
      agreement: (request) => {
        // The text rendered from the template (or the own text) and the card now: what the card says is what prints.
        const agreement = drafting.printable(request.id);
        return buildAgreementDocument({
          agreement,
          partner: partners.record(agreement.partnerId),
          school: ctx.school(),
        });
      },
      amendment: (request) => {
        const { agreement, amendment } = agreements.amendmentWithAgreement(request.id);
        return buildAmendmentDocument({
          agreement,
          amendment,
          partner: partners.record(agreement.partnerId),
          school: ctx.school(),
        });
      },
      agreementRegister: (request) => buildAgreementRegister({ rows: register(request.filter), school: ctx.school() }),
    },
  };
}
