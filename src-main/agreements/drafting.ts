import { agreementFieldsOf, type AgreementDetail, type AgreementFields } from '../contract/agreements';
import type { AgreementSettings, SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import type { PartnersService } from '../partners/service';
import type { AgreementsService } from './service';
import type Database from 'better-sqlite3';
import { alignedText, printableText, renderAgreementText, type RenderedText, type TextSources } from './text';
import { fillTemplate, placeholderValues, unfilledIn } from './templates/placeholders';
import { findTemplate } from './templates/repository';

export interface DraftingDeps {
  db: Database.Database;
  agreements: AgreementsService;
  partners: PartnersService;
  school: () => SchoolProfile;
  settings: () => AgreementSettings;
}

/**
 * Agreements drafted from templates, and their text as it prints: rendered from the template (or the office's own
 * text) and the card at the moment it is shown, printed or saved.
 */
export class AgreementDrafting {
  constructor(private readonly deps: DraftingDeps) {}

  private template(id: number) {
    const template = findTemplate(this.deps.db, id);
    if (!template) throw new AppError('not_found', 'Шаблон не найден: возможно, он уже удалён.');
    return template;
  }

  /** The template filled from the school, the partner and `fields`; what is empty stays as its placeholder. */
  fill(templateId: number, fields: AgreementFields): { text: string; missing: string[] } {
    const template = this.template(templateId);
    const values = placeholderValues({
      school: this.deps.school(),
      partner: this.deps.partners.record(fields.partnerId),
      agreement: fields,
    });
    const text = fillTemplate(template.body, values, { missing: 'keep' });
    return { text, missing: unfilledIn(text) };
  }

  createFromTemplate(partnerId: number, templateId: number): AgreementDetail {
    const template = this.template(templateId);
    const settings = this.deps.settings();
    const fields: AgreementFields = {
      partnerId,
      type: template.type,
      number: this.deps.agreements.nextNumber(null),
      city: settings.city,
      signedOn: null,
      startsOn: null,
      endsOn: null,
      prolongation: 'auto',
      prolongationYears: 1,
      noticeDays: 30,
      responsible: this.deps.school().directorName,
      subject: '',
      schoolObligations: '',
      partnerObligations: '',
      safetyResponsibility: '',
      appendices: [],
      notes: '',
      // No text of its own: the template is rendered from the card whenever the agreement is shown or printed.
      text: '',
      templateId,
    };
    return this.deps.agreements.create(fields);
  }

  private sources(agreement: AgreementDetail): TextSources {
    const template = agreement.templateId === null ? undefined : findTemplate(this.deps.db, agreement.templateId);
    return {
      own: agreement.text,
      template: template?.body ?? null,
      values: placeholderValues({
        school: this.deps.school(),
        partner: this.deps.partners.record(agreement.partnerId),
        agreement,
      }),
    };
  }

  /** The text as it would print now, what is missing for signing, and where the own text contradicts the card. */
  text(id: number): RenderedText & { templateName: string | null } {
    const agreement = this.deps.agreements.detail(id);
    const template = agreement.templateId === null ? undefined : findTemplate(this.deps.db, agreement.templateId);
    return { ...renderAgreementText(this.sources(agreement)), templateName: template?.name ?? null };
  }

  /** The agreement with the text it prints; refused, naming the field, when a signer could not do without it. */
  printable(id: number): AgreementDetail {
    const agreement = this.deps.agreements.detail(id);
    return { ...agreement, text: printableText(this.sources(agreement), agreement.number) };
  }

  /** Brings the passages of the own text that contradict the card back in line with it, in one step. */
  alignText(id: number): AgreementDetail {
    const agreement = this.deps.agreements.detail(id);
    const text = alignedText(this.sources(agreement));
    if (text === agreement.text) return agreement;
    return this.deps.agreements.update(id, { ...agreementFieldsOf(agreement), text });
  }
}
