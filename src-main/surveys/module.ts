import type { CoreContext, DomainModule } from '../core-context';
import { buildSurveyBlank } from './documents/survey-blank';
import { buildSurveyResults } from './documents/survey-results';
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

/** Parent surveys: their templates, runs, tallies and answers, results, and the blank questionnaire. */
export function surveysModule(ctx: CoreContext): DomainModule<SurveyChannel, 'surveyBlank' | 'surveyResults'> {
  const templates = new SurveyTemplatesService(ctx.db, ctx.now);
  // A new run counts its response rate out of the school's families.
  const surveys = new SurveysService({ db: ctx.db, now: ctx.now, school: ctx.school, clubs: ctx.services.clubs });
  return {
    handlers: {
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
      'surveys:results': ({ id }) => surveys.results(id),
      'surveyResponses:list': ({ surveyId }) => surveys.responses(surveyId),
      'surveyResponses:create': ({ surveyId, answers }) => surveys.addResponse(surveyId, answers),
      'surveyResponses:update': ({ id, answers }) => surveys.updateResponse(id, answers),
      'surveyResponses:delete': ({ id }) => {
        surveys.deleteResponse(id);
        return { deleted: true };
      },
    },
    documents: {
      surveyBlank: (request) =>
        buildSurveyBlank({ template: templates.get(request.templateId), schoolName: ctx.school().fullName }),
      surveyResults: ({ id }) =>
        buildSurveyResults({
          schoolFullName: ctx.school().fullName,
          survey: surveys.get(id),
          results: surveys.results(id),
        }),
    },
  };
}
