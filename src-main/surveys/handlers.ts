import type Database from 'better-sqlite3';
import type { SchoolProfile } from '../contract/settings';
import type { Handlers } from '../ipc/dispatcher';
import { surveyResults } from './results';
import { SurveysService } from './service';
import { SurveyTemplatesService } from './template-service';

type SurveyChannel =
  | 'surveyTemplates:list'
  | 'surveyTemplates:get'
  | 'surveyTemplates:create'
  | 'surveyTemplates:update'
  | 'surveyTemplates:duplicate'
  | 'surveyTemplates:delete'
  | 'surveys:list'
  | 'surveys:get'
  | 'surveys:create'
  | 'surveys:update'
  | 'surveys:delete'
  | 'surveys:saveTally'
  | 'surveys:results'
  | 'surveyResponses:list'
  | 'surveyResponses:create'
  | 'surveyResponses:update'
  | 'surveyResponses:delete';

export interface SurveysHandlersDeps {
  db: Database.Database;
  now: () => Date;
  /** The school profile from Настройки: a new survey counts its response rate out of the school's families. */
  school: () => SchoolProfile;
}

export function surveysHandlers({ db, now, school }: SurveysHandlersDeps): Pick<Handlers, SurveyChannel> {
  const templates = new SurveyTemplatesService(db, now);
  const surveys = new SurveysService({ db, now, school });
  return {
    'surveyTemplates:list': () => templates.list(),
    'surveyTemplates:get': ({ id }) => templates.get(id),
    'surveyTemplates:create': ({ fields }) => templates.create(fields),
    'surveyTemplates:update': ({ id, fields }) => templates.update(id, fields),
    'surveyTemplates:duplicate': ({ id }) => templates.duplicate(id),
    'surveyTemplates:delete': ({ id }) => {
      templates.delete(id);
      return { deleted: true };
    },
    'surveys:list': ({ year }) => surveys.list(year),
    'surveys:get': ({ id }) => surveys.get(id),
    'surveys:create': (input) => surveys.create(input),
    'surveys:update': ({ id, fields }) => surveys.update(id, fields),
    'surveys:delete': ({ id }) => {
      surveys.delete(id);
      return { deleted: true };
    },
    'surveys:saveTally': (input) => surveys.saveTally(input),
    'surveys:results': ({ id }) => surveyResults(db, surveys.row(id)),
    'surveyResponses:list': ({ surveyId }) => surveys.responses(surveyId),
    'surveyResponses:create': ({ surveyId, answers }) => surveys.addResponse(surveyId, answers),
    'surveyResponses:update': ({ id, answers }) => surveys.updateResponse(id, answers),
    'surveyResponses:delete': ({ id }) => {
      surveys.deleteResponse(id);
      return { deleted: true };
    },
  };
}
