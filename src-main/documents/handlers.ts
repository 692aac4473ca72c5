import type Database from 'better-sqlite3';
import type { AgreementsService } from '../agreements/service';
import type { DocumentRequest } from '../contract/documents';
import type { PartnersService } from '../partners/service';
import type { PlansService } from '../plans/service';
import { buildAgreementDocument } from './agreement';
import { buildAgreementRegister } from './agreement-register';
import { buildAmendmentDocument } from './amendment';
import type { SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import type { Handlers } from '../ipc/dispatcher';
import { renderDocx } from './docx';
import { suggestedFileName } from './file-name';
import { renderHtml } from './html';
import type { DocumentModel } from './model';
import { modelOfInteraction } from './model-of-interaction';
import type { DocumentOutput } from './output';
import { documentPartners } from './partners-query';
import { buildPlanDocument } from './plan';

export interface DocumentsDeps {
  db: Database.Database;
  school: () => SchoolProfile;
  output: DocumentOutput;
  agreements: AgreementsService;
  partners: PartnersService;
  plans: PlansService;
}

type DocumentChannel = 'documents:preview' | 'documents:print' | 'documents:savePdf' | 'documents:saveDocx';

/** Builds the model of the requested document from the store and the settings. */
export function buildDocument(
  request: DocumentRequest,
  deps: Pick<DocumentsDeps, 'db' | 'school' | 'agreements' | 'partners' | 'plans'>,
): DocumentModel {
  switch (request.kind) {
    case 'modelOfInteraction': {
      const partners = documentPartners(deps.db, request.partnerIds);
      if (partners.length === 0) {
        throw new AppError(
          'not_found',
          'Нет действующих партнёров. Отметьте партнёров как действующих или выберите их в списке.',
        );
      }
      return modelOfInteraction({ schoolFullName: deps.school().fullName, year: request.year, partners });
    }
    case 'agreement': {
      const agreement = deps.agreements.detail(request.id);
      return buildAgreementDocument({
        agreement,
        partner: deps.partners.detail(agreement.partnerId),
        school: deps.school(),
      });
    }
    case 'amendment': {
      const { agreement, amendment } = deps.agreements.amendmentWithAgreement(request.id);
      return buildAmendmentDocument({
        agreement,
        amendment,
        partner: deps.partners.detail(agreement.partnerId),
        school: deps.school(),
      });
    }
    case 'agreementRegister': {
      const rows = deps.agreements.list(request.filter);
      if (rows.length === 0) throw new AppError('not_found', 'В реестре нет договоров: измените условия отбора.');
      return buildAgreementRegister({ rows, school: deps.school() });
    }
    case 'plan':
      return buildPlanDocument({
        plan: deps.plans.printable(request.year),
        school: deps.school(),
        groupBy: request.groupBy,
      });
  }
}

export function documentsHandlers(deps: DocumentsDeps): Pick<Handlers, DocumentChannel> {
  return {
    'documents:preview': (request) => {
      const model = buildDocument(request, deps);
      return { title: model.title, html: renderHtml(model) };
    },
    'documents:print': async (request) => {
      const model = buildDocument(request, deps);
      return { done: await deps.output.print(renderHtml(model), model.title) };
    },
    'documents:savePdf': async (request) => {
      const model = buildDocument(request, deps);
      return { path: await deps.output.savePdf(renderHtml(model), suggestedFileName(model.title, 'pdf')) };
    },
    'documents:saveDocx': async (request) => {
      const model = buildDocument(request, deps);
      const bytes = await renderDocx(model);
      return { path: await deps.output.saveFile(bytes, suggestedFileName(model.title, 'docx'), 'docx') };
    },
  };
}
