import type { AgreementDetail, AgreementFields } from '../contract/agreements';
import type { AgreementSettings, SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import type { PartnersService } from '../partners/service';
import type { AgreementsService } from './service';
import type Database from 'better-sqlite3';
import { fillTemplate, placeholderValues, unfilledIn } from './templates/placeholders';
import { findTemplate } from './templates/repository';

export interface DraftingDeps {
  db: Database.Database;
  agreements: AgreementsService;
  partners: PartnersService;
  school: () => SchoolProfile;
  settings: () => AgreementSettings;
}

/** Agreements drafted from templates: the text filled with what the store knows, the rest left to fill in. */
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
      partner: this.deps.partners.detail(fields.partnerId),
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
      text: '',
      templateId,
    };
    return this.deps.agreements.create({ ...fields, text: this.fill(templateId, fields).text });
  }
}
