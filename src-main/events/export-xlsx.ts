import {
  ACHIEVEMENT_LEVEL_LABELS,
  ACHIEVEMENT_RESULT_LABELS,
  EVENT_STATUS_LABELS,
  type AchievementFields,
} from '../contract/events';
import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';
import type { EventWithOutcome } from './service';

/** «Конкурс чтецов: региональный, победитель (Иванов Пётр, 5А)». */
function achievementText(a: AchievementFields): string {
  const who = [a.pupil, a.className].filter((part) => part !== '').join(', ');
  const result = `${ACHIEVEMENT_LEVEL_LABELS[a.level]}, ${ACHIEVEMENT_RESULT_LABELS[a.result]}`.toLowerCase();
  return `${a.contest}: ${result}${who ? ` (${who})` : ''}`;
}

const COLUMNS: XlsxColumn<EventWithOutcome>[] = [
  { header: '№', width: 5, value: (_, i) => i + 1 },
  { header: 'Дата', width: 11, value: (e) => e.occurrence.start.slice(0, 10), format: 'date' },
  { header: 'Мероприятие', width: 34, value: (e) => e.occurrence.title },
  { header: 'Статус', width: 13, value: (e) => EVENT_STATUS_LABELS[e.occurrence.status] },
  { header: 'Партнёры', width: 26, value: (e) => e.occurrence.partnerNames.join('\n') },
  {
    header: 'Классы, место',
    width: 18,
    value: (e) => [e.occurrence.classes.join(', '), e.occurrence.venue].filter((part) => part !== '').join('\n'),
  },
  // Those who took part, as the outcome records them: pupils of the classes, parents, teachers.
  {
    header: 'Обуч.',
    width: 6,
    value: (e) => (e.outcome ? e.outcome.classes.reduce((sum, c) => sum + c.pupils, 0) : null),
  },
  { header: 'Род.', width: 6, value: (e) => e.outcome?.parents ?? null },
  { header: 'Пед.', width: 6, value: (e) => e.outcome?.teachers ?? null },
  { header: 'Итоги', width: 36, value: (e) => e.outcome?.summary ?? '' },
  { header: 'Достижения', width: 34, value: (e) => e.achievements.map(achievementText).join('\n') },
];

/** The events of a period with what came of the held ones: participants, the summary and achievements. */
export function eventsXlsx(title: string, events: readonly EventWithOutcome[], info: WorkbookInfo) {
  return tableWorkbook({ sheetName: 'Мероприятия', title, columns: COLUMNS, rows: events }, info);
}
