import { formatDate } from '../../contract/dates';
import {
  formatIndex,
  responseText,
  SATISFACTION_BAND_LABELS,
  type QuestionResult,
  type Survey,
  type SurveyResults,
} from '../../contract/surveys';
import { decimal } from '../../contract/text';
import type { DocumentModel, TableCell } from '../../documents/model';

/** «Результаты анкетирования родителей — Удовлетворённость …»: the print job's and the file's name. */
export function surveyResultsTitle(surveyTitle: string): string {
  return `Результаты анкетирования родителей — ${surveyTitle}`;
}

/** What an index comes from: «31 ответ, из них „да“ 22, …», the summary without the index it starts with. */
function countsOf(summary: string): string {
  const colon = summary.indexOf(': ');
  return colon < 0 ? summary : summary.slice(colon + 2);
}

/** Each option with the number of answers; an open question's answers as parents wrote them. */
function answersCell(question: QuestionResult): TableCell {
  if (question.kind === 'open')
    return question.texts.length > 0 ? question.texts.map((t) => `– ${t}`) : ['нет ответов'];
  // The share of each option among the answers to the question: «Да — 20 (66,7 %)».
  const share = (count: number) => (question.answered > 0 ? ` (${decimal((count / question.answered) * 100)} %)` : '');
  return question.options.map((o) => `${o.text} — ${o.count}${share(o.count)}`);
}

/** A survey's results: who answered out of the families, the overall index and its band, then each question. */
export function buildSurveyResults(data: {
  schoolFullName: string;
  survey: Pick<Survey, 'title' | 'year' | 'conductedOn'>;
  results: SurveyResults;
}): DocumentModel {
  const { survey, results } = data;
  const { overall } = results;
  return {
    title: surveyResultsTitle(survey.title),
    orientation: 'portrait',
    blocks: [
      { type: 'paragraph', align: 'center', runs: [data.schoolFullName] },
      { type: 'heading', level: 1, text: 'Результаты анкетирования родителей' },
      { type: 'paragraph', align: 'center', runs: [{ text: `«${survey.title}»`, bold: true }] },
      {
        type: 'paragraph',
        align: 'center',
        runs: [`Проведено ${formatDate(survey.conductedOn)}, ${survey.year} учебный год`],
      },
      {
        type: 'paragraph',
        align: 'left',
        runs: [
          { text: 'Анкет возвращено: ', bold: true },
          responseText(results.respondents, results.families, results.responseRate),
        ],
      },
      {
        type: 'paragraph',
        align: 'left',
        runs: [
          { text: 'Индекс удовлетворённости: ', bold: true },
          overall.band
            ? `${formatIndex(overall.index)} — ${SATISFACTION_BAND_LABELS[overall.band]} уровень`
            : 'нет данных',
          overall.answered > 0 ? ` (${countsOf(overall.summary)})` : '',
        ],
      },
      {
        type: 'table',
        columns: [
          { title: '№', width: 6, align: 'center' },
          { title: 'Вопрос', width: 36 },
          { title: 'Ответы', width: 30 },
          { title: 'Индекс', width: 13, align: 'center' },
          { title: 'Уровень', width: 17, align: 'center' },
        ],
        rows: results.questions.map((q) => ({
          cells: [
            `${q.number}.`,
            q.text,
            answersCell(q),
            q.kind === 'choice' ? formatIndex(q.index) : '—',
            q.kind === 'choice' && q.band ? SATISFACTION_BAND_LABELS[q.band] : '—',
          ],
        })),
      },
      {
        type: 'paragraph',
        align: 'justify',
        firstLineIndent: true,
        runs: [
          'Индекс удовлетворённости — средний балл ответов (да — 1, частично — 0,5, нет — 0): до 0,40 — низкий ' +
            'уровень, от 0,41 до 0,70 — средний, выше 0,70 — высокий. Общий индекс считается по всем ответам ' +
            'на вопросы с вариантами ответа.',
        ],
      },
    ],
  };
}
