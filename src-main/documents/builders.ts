import type Database from 'better-sqlite3';
import type { AgreementsService } from '../agreements/service';
import type { DocumentKind, DocumentRequest } from '../contract/documents';
import type { SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import type { PartnersService } from '../partners/service';
import type { PlansService } from '../plans/service';
import { buildAgreementDocument } from './agreement';
import { buildAgreementRegister } from './agreement-register';
import { buildAmendmentDocument } from './amendment';
import type { DocumentModel } from './model';
import { modelOfInteraction } from './model-of-interaction';
import { documentPartners } from './partners-query';
import { buildPlanDocument } from './plan';

/** How to build one kind of document from its request. */
export type DocumentBuilder<K extends DocumentKind> = (
  request: Extract<DocumentRequest, { kind: K }>,
) => DocumentModel | Promise<DocumentModel>;

/** One builder for every kind of document; each domain contributes those of its own records. */
export type DocumentBuilders = { [K in DocumentKind]: DocumentBuilder<K> };

export interface CoreDocumentsDeps {
  db: Database.Database;
  school: () => SchoolProfile;
  agreements: AgreementsService;
  partners: PartnersService;
  plans: PlansService;
}

/** The documents of the partners, agreements and plan. */
export function coreDocumentBuilders(deps: CoreDocumentsDeps) {
  return {
    modelOfInteraction: (request) => {
      const partners = documentPartners(deps.db, request.partnerIds, () =>
        [...deps.partners.statuses()].flatMap(([id, status]) =>
          status === 'active' || status === 'potential' ? [id] : [],
        ),
      );
      if (partners.length === 0) {
        throw new AppError(
          'not_found',
          'Нет партнёров, с которыми школа работает: все приостановлены или в архиве. Выберите партнёров в списке.',
        );
      }
      return modelOfInteraction({ schoolFullName: deps.school().fullName, year: request.year, partners });
    },
    agreement: (request) => {
      const agreement = deps.agreements.detail(request.id);
      return buildAgreementDocument({
        agreement,
        partner: deps.partners.detail(agreement.partnerId),
        school: deps.school(),
      });
    },
    amendment: (request) => {
      const { agreement, amendment } = deps.agreements.amendmentWithAgreement(request.id);
      return buildAmendmentDocument({
        agreement,
        amendment,
        partner: deps.partners.detail(agreement.partnerId),
        school: deps.school(),
      });
    },
    agreementRegister: (request) => {
      const rows = deps.agreements.list(request.filter);
      if (rows.length === 0) throw new AppError('not_found', 'В реестре нет договоров: измените условия отбора.');
      return buildAgreementRegister({ rows, school: deps.school() });
    },
    plan: (request) =>
      buildPlanDocument({ plan: deps.plans.printable(request.year), school: deps.school(), groupBy: request.groupBy }),
  } satisfies Partial<DocumentBuilders>;
}

/** Builds the model of the requested document with the builder of its kind. */
export function buildDocument(request: DocumentRequest, builders: DocumentBuilders): Promise<DocumentModel> {
  const build = builders[request.kind] as DocumentBuilder<typeof request.kind>;
  return Promise.resolve(build(request));
}
