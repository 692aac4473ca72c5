import { AppError } from '../errors';
import { russianTableName as named } from './table-names';
import { quoted } from '../contract/quote';

/**
 * Why an archive is refused, in Russian; each ends by saying the program's data were not changed. Tables are named
 * by what they hold, never by their SQL names.
 */

const UNCHANGED = 'Данные программы не изменены.';

function refusal(text: string): AppError {
  return new AppError('invalid_input', `${text} ${UNCHANGED}`);
}

export const archiveRefusals = {
  foreign: () =>
    refusal('Это не архив «Содружества»: выберите файл, сохранённый кнопкой «Сохранить архив всех данных».'),
  truncated: () =>
    refusal(
      'Архив обрезан: файл не дочитывается до конца (возможно, он скопирован не полностью). Возьмите другую копию.',
    ),
  unreadable: () => refusal('Архив повреждён: файл не читается как архив. Возьмите другую копию.'),
  tooLarge: () => refusal('Файл больше 1 ГБ: это не архив «Содружества» или он слишком велик для загрузки.'),
  newerFormat: () =>
    refusal(
      'Архив создан более новой версией программы: установите новую версию «Содружества», затем загрузите архив.',
    ),
  newerSchema: (archived: number, known: number) =>
    refusal(
      `Архив создан более новой версией программы (схема данных ${archived}, эта версия знает схемы до ${known}): ` +
        'установите новую версию «Содружества», затем загрузите архив.',
    ),
  manifest: (detail: string) => refusal(`Архив повреждён: опись архива (manifest.json) ${detail}.`),
  tableChecksum: (table: string) => refusal(`Архив повреждён: не сходится контрольная сумма таблицы ${named(table)}.`),
  storeMissing: () => refusal('Архив повреждён: в нём нет таблиц с данными.'),
  storeChecksum: () => refusal('Архив повреждён: не сходится контрольная сумма таблиц с данными.'),
  storeUnreadable: () => refusal('Архив повреждён: таблицы с данными не читаются.'),
  strayTable: () => refusal('Архив повреждён: в таблицах с данными есть посторонние объекты.'),
  tableMissing: (table: string) => refusal(`Архив повреждён: в нём нет таблицы ${named(table)}.`),
  tableUnreadable: (table: string) => refusal(`Архив повреждён: таблица ${named(table)} не читается.`),
  rowCount: (table: string, found: number, listed: number) =>
    refusal(`Архив повреждён: в таблице ${named(table)} строк ${found}, а в описи архива — ${listed}.`),
  attachmentName: (name: string) =>
    refusal(`Архив повреждён: недопустимое имя файла вложения ${quoted(name.slice(0, 80))}.`),
  attachmentMissing: (name: string) => refusal(`Архив повреждён: в нём нет файла вложения ${name}.`),
  attachmentChecksum: (name: string) =>
    refusal(`Архив повреждён: не сходится контрольная сумма файла вложения ${name}.`),
  attachmentTwice: (name: string) => refusal(`Архив повреждён: файл вложения ${name} указан в описи дважды.`),
  strayEntry: (name: string) => refusal(`Архив повреждён: в нём посторонний файл ${quoted(name.slice(0, 80))}.`),
  tableNotInSchema: () =>
    refusal('Архив не подходит к этой версии программы: в нём есть таблица, которой нет в её схеме данных.'),
  columnsDiffer: (table: string) =>
    refusal(
      `Архив не подходит к этой версии программы: столбцы таблицы ${named(table)} не совпадают с её схемой данных.`,
    ),
  rowsRefused: (table: string) =>
    refusal(
      `Архив повреждён: строки таблицы ${named(table)} не подходят к её структуре (типы, ограничения или повторы).`,
    ),
  links: (tables: readonly string[]) =>
    refusal(`Архив повреждён: нарушены связи между записями (таблицы ${tables.map(named).join(', ')}).`),
  integrity: () => refusal('Архив повреждён: собранная из него база данных не прошла проверку целостности.'),
  attachmentConflict: (name: string) =>
    refusal(`Архив не подходит: файл вложения ${name} уже есть в папке данных с другим содержимым.`),
};
