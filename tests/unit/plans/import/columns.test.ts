import { describe, expect, it } from 'vitest';
import { columnOfHeading, findPlanTable } from '../../../../src-main/plans/import/columns';

const table = (source: string, rows: string[][]) => ({
  source,
  columnCount: rows[0]?.length ?? 0,
  rows: rows.map((cells, i) => ({ line: i + 1, cells, wholeRow: false })),
});

describe('the headings of a plan table', () => {
  it.each([
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['Сроки', 'timing'],
    ['Дата проведения', 'timing'],
    ['Срок проведения', 'timing'],
    ['Сроки (месяц)', 'timing'],
    ['Мероприятие', 'title'],
    ['Содержание деятельности', 'title'],
    ['Наименование мероприятия', 'title'],
    ['Форма', 'form'],
    ['Форма проведения', 'form'],
    ['Форма мероприятия', 'form'],
    ['Участники', 'participants'],
    ['Классы', 'participants'],
    ['Целевая аудитория', 'participants'],
    ['Партнёр', 'partner'],
    ['Социальный партнер', 'partner'],
    ['Совместно с', 'partner'],
    ['Ответственные', 'responsibleSchool'],
    ['Ответственный', 'responsibleSchool'],
    ['Ответственный от партнёра', 'responsiblePartner'],
    ['Место проведения', 'venue'],
    ['Примечание', 'notes'],
    ['Отметка о выполнении', null],
  ])('reads «%s» as %s', (heading, column) => {
    expect(columnOfHeading(heading)).toBe(column);
  });

  it('finds the plan among the tables of a file, its header below a title row, in any order', () => {
    const found = findPlanTable([
      table('Таблица 1', [['УТВЕРЖДАЮ', 'Директор']]),
      table('Таблица 2', [
        ['План совместной деятельности на 2025/2026 учебный год', '', ''],
        ['Социальный партнёр', 'Наименование мероприятия', 'Сроки'],
        ['ЦДБ', 'Урок', 'Сентябрь'],
      ]),
    ]);
    expect(found).toEqual({ index: 1, headerRow: 1, columns: { partner: 0, title: 1, timing: 2 } });
  });

  it('finds none where no table names the events', () => {
    expect(findPlanTable([table('Лист1', [['ФИО', 'Телефон']])])).toBeNull();
  });
});
