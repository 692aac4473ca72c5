import type Database from 'better-sqlite3';
import type { SchoolProfile } from '../contract/settings';
import type { DocumentBuilders } from '../documents/builders';
import { buildSurveyBlank } from '../documents/survey-blank';
import { SurveyTemplatesService } from './template-service';

export interface SurveyDocumentsDeps {
  db: Database.Database;
  now: () => Date;
  school: () => SchoolProfile;
}

/** «Анкета для родителей» of a template. */
export function surveyDocumentBuilders({ db, now, school }: SurveyDocumentsDeps) {
  const templates = new SurveyTemplatesService(db, now);
  return {
    surveyBlank: (request) =>
      buildSurveyBlank({ template: templates.get(request.templateId), schoolName: school().fullName }),
  } satisfies Partial<DocumentBuilders>;
}
