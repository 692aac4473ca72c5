import type Database from 'better-sqlite3';
import {
  DEFAULT_SURVEY_OPTIONS,
  type SurveyOptionFields,
  type SurveyQuestionFields,
  type SurveyTemplateFields,
} from '../contract/surveys';
import { hasBuiltInTemplate, insertTemplate } from './template-repository';

const choice = (
  text: string,
  options: readonly SurveyOptionFields[] = DEFAULT_SURVEY_OPTIONS,
): SurveyQuestionFields => ({
  text,
  kind: 'choice',
  options: [...options],
});
const open = (text: string): SurveyQuestionFields => ({ text, kind: 'open', options: [] });
const scored = (yes: string, partly: string, no: string): SurveyOptionFields[] => [
  { text: yes, score: 1 },
  { text: partly, score: 0.5 },
  { text: no, score: 0 },
];

/** The questionnaire the app brings with it: parents on the school's work with its social partners. */
export const BUILT_IN_SURVEY_TEMPLATE: SurveyTemplateFields = {
  title: 'Удовлетворённость родителей сотрудничеством школы с социальными партнёрами',
  intro:
    'Уважаемые родители (законные представители)! Школа проводит совместные мероприятия с библиотекой, домом ' +
    'культуры, центром дополнительного образования и другими социальными партнёрами. Просим вас ответить на ' +
    'вопросы анкеты: ваше мнение поможет сделать эту работу интереснее и полезнее для детей. Анкета анонимная. ' +
    'В каждом вопросе отметьте один вариант ответа.',
  questions: [
    choice(
      'Получаете ли вы своевременно информацию о совместных мероприятиях школы и социальных партнёров?',
      scored('Да', 'Не всегда', 'Нет'),
    ),
    choice(
      'Проявляет ли ваш ребёнок интерес к мероприятиям, которые проводятся вместе с социальными партнёрами?',
      scored('Да', 'Иногда', 'Нет'),
    ),
    choice('Полезны ли для вашего ребёнка мероприятия, которые школа проводит вместе с библиотекой?'),
    choice('Полезны ли для вашего ребёнка мероприятия, которые школа проводит вместе с домом культуры?'),
    choice('Полезны ли для вашего ребёнка занятия и мероприятия центра дополнительного образования?'),
    choice('Уверены ли вы в безопасности детей во время экскурсий и выездных мероприятий?'),
    choice('Считаете ли вы, что школа открыта для родителей и готова учитывать их мнение?'),
    choice(
      'Готовы ли вы сами принять участие в подготовке и проведении совместных мероприятий?',
      scored('Да', 'Возможно', 'Нет'),
    ),
    choice('Удовлетворены ли вы в целом сотрудничеством школы с социальными партнёрами?'),
    open('Ваши предложения: какие мероприятия с социальными партнёрами вы хотели бы видеть в новом учебном году?'),
    open('Ваши пожелания и замечания'),
  ],
};

/** Puts the bundled template into the store unless a built-in one is already there (edited or not). Safe at every start. */
export function ensureBuiltInSurveyTemplate(db: Database.Database, now: () => Date): void {
  db.transaction(() => {
    if (!hasBuiltInTemplate(db)) insertTemplate(db, BUILT_IN_SURVEY_TEMPLATE, true, now().toISOString());
  })();
}
