import { academicYearStart } from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import { stampOn, type HistoryContext } from './context';

interface TemplateOption {
  text: string;
  score: number;
}
interface TemplateQuestion {
  text: string;
  kind: 'choice' | 'open';
  options: TemplateOption[];
}

const OPEN_ANSWERS = ['Больше экскурсий', 'Спасибо педагогам!', 'Хотелось бы больше спортивных мероприятий', ''];

/**
 * Parent surveys with the built-in questionnaire, each run keeping its own copy of the questions: most entered as
 * a tally of paper forms, some questionnaire by questionnaire. Answers lean positive, as they do.
 */
export function writeSurveys(context: HistoryContext): void {
  const { db, random, years, today } = context;
  const template = db.prepare('SELECT id, title FROM survey_templates WHERE built_in = 1').get() as
    { id: number; title: string } | undefined;
  if (!template) return;
  const questions: TemplateQuestion[] = (
    db
      .prepare('SELECT id, text, kind FROM survey_template_questions WHERE template_id = ? ORDER BY position')
      .all(template.id) as { id: number; text: string; kind: 'choice' | 'open' }[]
  ).map((q) => ({
    ...q,
    options: db
      .prepare('SELECT text, score FROM survey_template_options WHERE question_id = ? ORDER BY position')
      .all(q.id) as TemplateOption[],
  }));
  const survey = db.prepare(
    `INSERT INTO surveys (template_id, title, year, conducted_on, mode, respondents, families, notes, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const question = db.prepare('INSERT INTO survey_questions (survey_id, position, text, kind) VALUES (?, ?, ?, ?)');
  const option = db.prepare(
    'INSERT INTO survey_options (question_id, position, text, score, tally) VALUES (?, ?, ?, ?, ?)',
  );
  const response = db.prepare('INSERT INTO survey_responses (survey_id, created_at) VALUES (?, ?)');
  const answer = db.prepare(
    'INSERT INTO survey_answers (response_id, question_id, option_id, text) VALUES (?, ?, ?, ?)',
  );
  // Each year's families are some 520 (`writeClasses` keeps them per year too).
  const families = 520;
  const perYear = context.counts.surveys / years.length;
  years.forEach((year, index) => {
    const count = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    for (let i = 0; i < count; i += 1) {
      let conductedOn =
        context.days.get(year)?.dayIn(random, `${academicYearStart(year) + (i % 2)}-${i % 2 ? '04' : '12'}`) ?? today;
      if (conductedOn > today) conductedOn = addDays(today, -random.int(1, 40));
      const mode = random.chance(0.25) ? 'respondents' : 'tally';
      const forms = mode === 'tally' ? random.int(120, Math.min(400, families)) : random.int(20, 50);
      const stamp = stampOn(conductedOn, 16 * 60);
      const id = Number(
        survey.run(template.id, template.title, year, conductedOn, mode, forms, families, stamp, stamp).lastInsertRowid,
      );
      const choices: { id: number; optionIds: number[] }[] = [];
      questions.forEach((q, position) => {
        const questionId = Number(question.run(id, position + 1, q.text, q.kind).lastInsertRowid);
        // Tally: the forms that answered this question, split over its options with most saying «да».
        let left = mode === 'tally' ? forms - random.int(0, Math.floor(forms / 20)) : 0;
        const optionIds = q.options.map((o, k) => {
          const share =
            k === q.options.length - 1 ? left : Math.round(left * (k === 0 ? 0.65 + random.next() * 0.2 : 0.6));
          left -= share;
          return Number(option.run(questionId, k + 1, o.text, o.score, share).lastInsertRowid);
        });
        if (q.kind === 'choice') choices.push({ id: questionId, optionIds });
        else choices.push({ id: -questionId, optionIds: [] });
      });
      if (mode === 'tally') continue;
      for (let r = 0; r < forms; r += 1) {
        const responseId = Number(response.run(id, stamp).lastInsertRowid);
        for (const q of choices) {
          if (q.id > 0) {
            const chosen = random.weighted(q.optionIds.map((o, k) => [o, k === 0 ? 75 : 15 / k] as const));
            answer.run(responseId, q.id, chosen, '');
          } else {
            const text = random.pick(OPEN_ANSWERS);
            if (text) answer.run(responseId, -q.id, null, text);
          }
        }
      }
    }
  });
}
