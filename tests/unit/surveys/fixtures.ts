import type { AppCore } from '../../../src-main/app-core';
import type { Survey, SurveyTemplateFields } from '../../../src-main/contract/surveys';
import { call } from '../../kit';

export const YEAR = '2026/2027';
export const BUILT_IN_TITLE = 'Удовлетворённость родителей сотрудничеством школы с социальными партнёрами';

/** A small questionnaire: two choice questions («Да» 1, «Частично» 0.5, «Нет» 0) and an open one. */
export function templateFields(overrides: Partial<SurveyTemplateFields> = {}): SurveyTemplateFields {
  const yesPartlyNo = [
    { text: 'Да', score: 1 },
    { text: 'Частично', score: 0.5 },
    { text: 'Нет', score: 0 },
  ];
  return {
    title: 'Летний лагерь',
    intro: 'Уважаемые родители! Ответьте, пожалуйста, на вопросы.',
    questions: [
      { text: 'Понравился ли ребёнку лагерь?', kind: 'choice', options: yesPartlyNo },
      { text: 'Были ли экскурсии интересными?', kind: 'choice', options: yesPartlyNo },
      { text: 'Ваши предложения', kind: 'open', options: [] },
    ],
    ...overrides,
  };
}

export async function builtInTemplateId(core: AppCore): Promise<number> {
  const list = await call(core, 'surveyTemplates:list', {});
  const builtIn = list.find((t) => t.builtIn);
  if (!builtIn) throw new Error('no built-in template');
  return builtIn.id;
}

/** A run of a template on 20.11.2026 in 2026/2027. */
export async function createSurvey(
  core: AppCore,
  templateId: number,
  overrides: Partial<{
    mode: 'tally' | 'respondents';
    families: number | null;
    conductedOn: string;
    year: string;
  }> = {},
): Promise<Survey> {
  return call(core, 'surveys:create', {
    templateId,
    year: YEAR,
    title: '',
    conductedOn: '2026-11-20',
    mode: 'tally',
    families: 40,
    notes: '',
    ...overrides,
  });
}

/** Tallies keyed by question number: [[«да», «частично», «нет»], …]. */
export function talliesOf(survey: Survey, counts: Record<number, number[]>) {
  return survey.questions.flatMap((q) =>
    q.options.map((o, i) => ({ optionId: o.id, count: counts[q.number]?.[i] ?? 0 })),
  );
}
