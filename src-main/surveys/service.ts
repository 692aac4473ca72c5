import type Database from 'better-sqlite3';
import type { ClubsService } from '../clubs/service';
import { academicYearBounds } from '../contract/academic-year';
import { formatDate } from '../contract/dates';
import type { SchoolProfile } from '../contract/settings';
import type {
  Survey,
  SurveyAnswer,
  SurveyCreate,
  SurveyFields,
  SurveyResponse,
  SurveyResults,
  SurveySummary,
  SurveyTally,
} from '../contract/surveys';
import { countOf } from '../contract/plural';
import { AppError } from '../errors';
import { surveyResults } from './results';
import {
  choiceOptions,
  deleteResponse,
  deleteSurvey,
  findResponse,
  findResponseWithAnswers,
  findSurveyRow,
  hasResults,
  insertResponse,
  insertSurvey,
  listResponses,
  listSurveyRows,
  questionCounts,
  questionCountsOf,
  replaceAnswers,
  responsesCount,
  saveTally,
  updateSurvey,
  type QuestionCounts,
  type ResponseRow,
  type SurveyRow,
} from './repository';
import { overallSatisfaction, responseRate } from './satisfaction';
import { findTemplate } from './template-repository';
import { quoted } from '../contract/quote';

export interface SurveysDeps {
  db: Database.Database;
  now: () => Date;
  /** The school profile from Настройки. */
  school: () => SchoolProfile;
  /** The year's number of families, entered for the year under Классы. */
  clubs: Pick<ClubsService, 'schoolYear'>;
}

const CHECK_INPUT = 'Проверьте введённые данные.';
const SURVEY_NOT_FOUND = 'Анкетирование не найдено: возможно, оно уже удалено.';
const RESPONSE_NOT_FOUND = 'Анкета не найдена: возможно, она уже удалена.';

const formsCount = (n: number) => countOf(n, ['анкета', 'анкеты', 'анкет']);

/** «Вопрос 3 «Полезны ли …»» */
function questionName(question: Pick<QuestionCounts, 'number' | 'text'>): string {
  return `Вопрос ${question.number} ${quoted(question.text)}`;
}

/** Runs of parent surveys: made from a template, results entered as a tally or questionnaire by questionnaire. */
export class SurveysService {
  constructor(private readonly deps: SurveysDeps) {}

  private get db() {
    return this.deps.db;
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  row(id: number): SurveyRow {
    const row = findSurveyRow(this.db, id);
    if (!row) throw new AppError('not_found', SURVEY_NOT_FOUND);
    return row;
  }

  list(year: string): SurveySummary[] {
    const rows = listSurveyRows(this.db, year);
    const counts = questionCountsOf(
      this.db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => {
      const overall = overallSatisfaction(choiceOptions(counts.get(row.id) ?? []));
      return {
        id: row.id,
        templateId: row.templateId,
        title: row.title,
        year: row.year,
        conductedOn: row.conductedOn,
        mode: row.mode,
        respondents: row.respondents,
        families: row.families,
        responseRate: responseRate(row.respondents, row.families),
        index: overall.index,
        band: overall.band,
      };
    });
  }

  get(id: number): Survey {
    const row = this.row(id);
    return {
      ...row,
      responseRate: responseRate(row.respondents, row.families),
      hasResults: hasResults(this.db, id),
      questions: questionCounts(this.db, id).map((q) => ({
        ...q,
        options: q.options.map(({ id: optionId, text, score, tally }) => ({ id: optionId, text, score, tally })),
      })),
    };
  }

  /** A run of a template in an academic year: its questions copied, the families from Настройки unless given. */
  create(input: SurveyCreate): Survey {
    const template = findTemplate(this.db, input.templateId);
    if (!template) {
      throw new AppError('not_found', 'Анкета не найдена: возможно, она уже удалена. Выберите другую.', {
        templateId: 'Выберите анкету из списка',
      });
    }
    this.checkDate(input.conductedOn, input.year, 'conductedOn');
    const survey = {
      templateId: template.id,
      year: input.year,
      title: input.title || template.title,
      conductedOn: input.conductedOn,
      mode: input.mode,
      families: input.families ?? this.deps.clubs.schoolYear(input.year).families ?? 0,
      notes: input.notes,
    };
    const id = this.db.transaction(() => insertSurvey(this.db, survey, template, this.stamp()))();
    return this.get(id);
  }

  update(id: number, fields: SurveyFields): Survey {
    const row = this.row(id);
    this.checkDate(fields.conductedOn, row.year, 'fields.conductedOn');
    if (fields.mode !== row.mode && hasResults(this.db, id)) {
      throw new AppError(
        'invalid_input',
        'Способ ввода результатов нельзя изменить: результаты уже введены. Удалите их или создайте новое анкетирование.',
        { 'fields.mode': 'Результаты уже введены' },
      );
    }
    this.checkRespondents(row.respondents, fields.families, 'fields.families');
    this.db.transaction(() => updateSurvey(this.db, id, fields, this.stamp()))();
    return this.get(id);
  }

  /** Deletes a run with its questions and results; its template stays. */
  delete(id: number): void {
    this.row(id);
    deleteSurvey(this.db, id);
  }

  /**
   * Tally mode: forms returned and each option's count. Refused, with nothing changed, when a question's counts add up
   * to more than the forms returned, or the forms to more than the school's families.
   */
  saveTally({ id, respondents, tallies }: SurveyTally): Survey {
    const row = this.row(id);
    if (row.mode !== 'tally') {
      throw new AppError(
        'conflict',
        'Результаты этого анкетирования вводятся по анкетам, каждая отдельно: добавьте анкеты на его странице.',
      );
    }
    const questions = questionCounts(this.db, id);
    const questionOf = new Map(questions.flatMap((q) => q.options.map((o) => [o.id, q] as const)));
    const counts = new Map<number, number>();
    for (const { optionId, count } of tallies) {
      if (!questionOf.has(optionId) || counts.has(optionId)) {
        throw new AppError(
          'invalid_input',
          'Вариант ответа не найден в этом анкетировании: обновите страницу и введите числа снова.',
        );
      }
      counts.set(optionId, count);
    }
    this.checkRespondents(respondents, row.families, 'respondents');
    const over = questions
      .map((q) => ({ question: q, sum: q.options.reduce((s, o) => s + (counts.get(o.id) ?? 0), 0) }))
      .filter(({ sum }) => sum > respondents);
    const [first] = over;
    if (first) {
      const others =
        over.length > 1 ? ` Та же ошибка ещё в ${countOf(over.length - 1, ['вопросе', 'вопросах', 'вопросах'])}.` : '';
      throw new AppError(
        'invalid_input',
        `${questionName(first.question)}: ответов ${first.sum}, а анкет вернулось ${respondents}. ` +
          `Ответов на вопрос не может быть больше, чем анкет: проверьте числа.${others}`,
        { respondents: `Меньше, чем ответов на вопрос ${first.question.number}` },
      );
    }
    this.db.transaction(() => saveTally(this.db, id, respondents, counts, this.stamp()))();
    return this.get(id);
  }

  responses(surveyId: number): SurveyResponse[] {
    this.respondentRun(surveyId);
    return listResponses(this.db, surveyId).map((r, i) => ({ ...r, number: i + 1 }));
  }

  /** One questionnaire; refused when there would be more questionnaires than the school's families. */
  addResponse(surveyId: number, answers: readonly SurveyAnswer[]): SurveyResponse {
    const row = this.respondentRun(surveyId);
    const checked = this.checkAnswers(surveyId, answers);
    this.checkRespondents(responsesCount(this.db, surveyId) + 1, row.families, 'answers');
    const id = this.db.transaction(() => insertResponse(this.db, surveyId, checked, this.stamp()))();
    return this.response(surveyId, id);
  }

  updateResponse(id: number, answers: readonly SurveyAnswer[]): SurveyResponse {
    const response = this.responseRow(id);
    this.respondentRun(response.surveyId);
    const checked = this.checkAnswers(response.surveyId, answers);
    this.db.transaction(() => replaceAnswers(this.db, response, checked, this.stamp()))();
    return this.response(response.surveyId, id);
  }

  deleteResponse(id: number): void {
    const response = this.responseRow(id);
    this.db.transaction(() => deleteResponse(this.db, response, this.stamp()))();
  }

  private response(surveyId: number, id: number): SurveyResponse {
    const found = findResponseWithAnswers(this.db, surveyId, id);
    if (!found) throw new AppError('not_found', RESPONSE_NOT_FOUND);
    return found;
  }

  private responseRow(id: number): ResponseRow {
    const response = findResponse(this.db, id);
    if (!response) throw new AppError('not_found', RESPONSE_NOT_FOUND);
    return response;
  }

  private respondentRun(surveyId: number): SurveyRow {
    const row = this.row(surveyId);
    if (row.mode !== 'respondents') {
      throw new AppError(
        'conflict',
        'Результаты этого анкетирования вводятся итогами подсчёта по вариантам ответа, а не по отдельным анкетам.',
      );
    }
    return row;
  }

  /**
   * The answers a questionnaire keeps: each to a question of this run, once; a choice by one of the question's
   * options, an open question by its text. Unanswered questions are left out.
   */
  private checkAnswers(surveyId: number, answers: readonly SurveyAnswer[]): SurveyAnswer[] {
    const questions = new Map(questionCounts(this.db, surveyId).map((q) => [q.id, q]));
    const seen = new Set<number>();
    const kept: SurveyAnswer[] = [];
    for (const answer of answers) {
      const question = questions.get(answer.questionId);
      if (!question || seen.has(answer.questionId)) {
        throw new AppError(
          'invalid_input',
          'Вопрос не найден в этом анкетировании: обновите страницу и введите анкету снова.',
        );
      }
      seen.add(answer.questionId);
      if (question.kind === 'choice') {
        if (answer.optionId !== null && !question.options.some((o) => o.id === answer.optionId)) {
          throw new AppError(
            'invalid_input',
            `${questionName(question)}: такого варианта ответа нет. Выберите вариант из списка.`,
          );
        }
        if (answer.optionId !== null) kept.push({ questionId: question.id, optionId: answer.optionId, text: '' });
      } else {
        if (answer.optionId !== null) {
          throw new AppError('invalid_input', `${questionName(question)}: на открытый вопрос отвечают своими словами.`);
        }
        if (answer.text !== '') kept.push({ questionId: question.id, optionId: null, text: answer.text });
      }
    }
    return kept;
  }

  /** Forms returned are at most the school's families, when their number is known. */
  private checkRespondents(respondents: number, families: number, field: string): void {
    if (families > 0 && respondents > families) {
      throw new AppError(
        'invalid_input',
        `Анкет больше, чем семей: ${formsCount(respondents)}, а семей ${families}. ` +
          'Проверьте число анкет или количество семей.',
        { [field]: `Не больше ${families} — числа семей` },
      );
    }
  }

  private checkDate(date: string, year: string, field: string): void {
    const { from, to } = academicYearBounds(year);
    if (date < from || date > to) {
      throw new AppError('invalid_input', CHECK_INPUT, {
        [field]: `Дата должна быть в пределах ${year} учебного года: с ${formatDate(from)} по ${formatDate(to)}`,
      });
    }
  }
  /** What a run's answers come to, beside the earlier runs of its template. */
  results(id: number): SurveyResults {
    return surveyResults(this.db, this.row(id));
  }
}
