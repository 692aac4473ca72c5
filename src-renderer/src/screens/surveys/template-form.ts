import {
  DEFAULT_SURVEY_OPTIONS,
  type SurveyQuestionKind,
  type SurveyTemplate,
  type SurveyTemplateFields,
} from '@contract/surveys';

/** A score as typed: NumberInput yields '' while it is retyped. */
export type TypedScore = number | string;

export interface EditorOption {
  key: number;
  text: string;
  score: TypedScore;
}

export interface EditorQuestion {
  key: number;
  text: string;
  kind: SurveyQuestionKind;
  options: EditorOption[];
}

export interface EditorValues {
  title: string;
  intro: string;
  questions: EditorQuestion[];
}

let lastKey = 0;
/** A key for a row of the editor, stable while rows are moved. */
export const nextKey = () => (lastKey += 1);

/** A new choice question starts with «Да» 1, «Частично» 0.5, «Нет» 0; an open one has no options. */
export function newQuestion(kind: SurveyQuestionKind): EditorQuestion {
  return {
    key: nextKey(),
    text: '',
    kind,
    options: kind === 'choice' ? DEFAULT_SURVEY_OPTIONS.map((o) => ({ ...o, key: nextKey() })) : [],
  };
}

export function editorValuesOf(template: SurveyTemplate | null): EditorValues {
  if (!template) return { title: '', intro: '', questions: [newQuestion('choice')] };
  return {
    title: template.title,
    intro: template.intro,
    questions: template.questions.map((q) => ({
      key: nextKey(),
      text: q.text,
      kind: q.kind,
      options: q.options.map((o) => ({ key: nextKey(), text: o.text, score: o.score })),
    })),
  };
}

/** What is sent to the store; an emptied score goes as it is and is refused at its field. */
export function fieldsOf(values: EditorValues): SurveyTemplateFields {
  return {
    title: values.title,
    intro: values.intro,
    questions: values.questions.map((q) => ({
      text: q.text,
      kind: q.kind,
      options: q.kind === 'choice' ? q.options.map((o) => ({ text: o.text, score: o.score as number })) : [],
    })),
  };
}

/** The question moved one place up (-1) or down (+1). */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}
