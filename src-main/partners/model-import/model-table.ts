import { comparableName, foldForSearch } from '../../contract/text-folding';
import { AppError } from '../../errors';
import type { OfficeTable } from '../../imports/office-tables';

/** The columns of the model's table: the partner's, and the forms' and effects' (one of them may be missing). */
export interface ModelColumns {
  partner: number;
  forms: number | null;
  effects: number | null;
}

/** A partner of the table with what is written beside it, over one row or several. */
export interface ModelGroup {
  line: number;
  lastLine: number;
  partnerText: string;
  forms: string[];
  effects: string[];
  problems: string[];
}

export interface ModelTable {
  source: string;
  titles: { partner: string; forms: string | null; effects: string | null };
  groups: ModelGroup[];
}

/** The longest texts the registry keeps (contract/partners.ts). */
const MAX_NAME = 500;
const MAX_ITEM = 1000;
/** Rows from the top of a table where its heading row is looked for (a title row or two may come first). */
const HEADING_ROWS = 5;

type ColumnKind = keyof ModelColumns;

/** What a heading, as schools write it, names: «Социальный эффект», «Формы взаимодействия», «Партнёр». */
function kindOf(heading: string): ColumnKind | null {
  const text = foldForSearch(heading);
  if (text === '') return null;
  if (/эффект|результат|значимост/.test(text)) return 'effects';
  if (/форм[аыу]|вид[ыа]? |содержани|мероприяти|направлени|деятельност|сотрудничеств/.test(text)) return 'forms';
  if (/партн[её]р|организац|учреждени|наименовани|социальн|субъект|ведомств|предприяти/.test(text)) return 'partner';
  return null;
}

function columnsOf(cells: readonly string[]): ModelColumns | null {
  const found: Partial<Record<ColumnKind, number>> = {};
  cells.forEach((cell, i) => {
    const kind = kindOf(cell);
    if (kind && found[kind] === undefined) found[kind] = i;
  });
  if (found.partner === undefined || (found.forms === undefined && found.effects === undefined)) return null;
  return { partner: found.partner, forms: found.forms ?? null, effects: found.effects ?? null };
}

/** A list cell's items: one per line, between «;», or numbered («1) …», «2. …», «– …»); markers dropped. */
export function listItems(text: string): string[] {
  return text
    .split(/\n|;|\s(?=\d{1,2}[.)]\s)/)
    .map((item) =>
      item
        .replace(/^\s*(\d{1,2}[.)]|[а-яa-z]\)|[-–—•·*▪●])\s*/i, '')
        .replace(/[\s.,;]+$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((item) => item !== '');
}

function addItems(to: string[], text: string): void {
  const known = new Set(to.map(comparableName));
  for (const item of listItems(text)) {
    const key = comparableName(item);
    if (known.has(key)) continue;
    known.add(key);
    to.push(item);
  }
}

function describeTables(tables: readonly OfficeTable[]): string {
  return tables
    .slice(0, 3)
    .map((t) => {
      const headings = (t.rows[0]?.cells ?? [])
        .filter((c) => c !== '')
        .map((c) => `«${c.replace(/[«»]/g, '"').slice(0, 40)}»`);
      return `«${t.source.replace(/[«»]/g, '"')}» (${headings.join(', ') || 'без заголовков'})`;
    })
    .join('; ');
}

/**
 * The table of «Модель взаимодействия» among a file's tables: the first whose heading row names the partner and the
 * forms or the effects. Its rows grouped by partner: a partner's cell merged over several rows (or left blank under
 * it) gathers their forms and effects. Refuses a file with no such table, saying what tables it has.
 */
export function readModelTable(tables: readonly OfficeTable[]): ModelTable {
  for (const table of tables) {
    const headingAt = table.rows.slice(0, HEADING_ROWS).findIndex((row) => columnsOf(row.cells) !== null);
    if (headingAt < 0) continue;
    const heading = table.rows[headingAt];
    const columns = heading ? columnsOf(heading.cells) : null;
    if (!heading || !columns) continue;
    const title = (i: number | null) => (i === null ? null : (heading.cells[i] ?? '').replace(/\s+/g, ' '));
    return {
      source: table.source,
      titles: { partner: title(columns.partner) ?? '', forms: title(columns.forms), effects: title(columns.effects) },
      groups: groupRows(table, headingAt + 1, columns),
    };
  }
  throw new AppError(
    'invalid_input',
    'В файле не найдена таблица модели взаимодействия: нужна таблица, в первой строке которой есть столбцы ' +
      `«Партнёр» и «Формы взаимодействия» или «Социальный эффект». Найдено: ${describeTables(tables)}.`,
  );
}

function groupRows(table: OfficeTable, from: number, columns: ModelColumns): ModelGroup[] {
  const groups: ModelGroup[] = [];
  let current: ModelGroup | null = null;
  for (const row of table.rows.slice(from)) {
    // A heading across the table («Учреждения культуры») groups partners; it is none.
    if (row.wholeRow) {
      current = null;
      continue;
    }
    const cell = (i: number | null) => (i === null ? '' : (row.cells[i] ?? ''));
    const partner = cell(columns.partner).replace(/\s+/g, ' ').trim();
    const forms = cell(columns.forms);
    const effects = cell(columns.effects);
    if (partner === '' && forms === '' && effects === '') continue;
    const continues =
      current !== null && (partner === '' || comparableName(partner) === comparableName(current.partnerText));
    if (!continues || current === null) {
      current = { line: row.line, lastLine: row.line, partnerText: partner, forms: [], effects: [], problems: [] };
      groups.push(current);
    }
    current.lastLine = row.line;
    addItems(current.forms, forms);
    addItems(current.effects, effects);
  }
  for (const group of groups) group.problems = problemsOf(group);
  return groups;
}

function problemsOf(group: ModelGroup): string[] {
  const problems: string[] = [];
  if (group.partnerText === '') problems.push('Не указан партнёр');
  else if (group.partnerText.length > MAX_NAME) problems.push(`Название партнёра длиннее ${MAX_NAME} знаков`);
  if (group.forms.length === 0 && group.effects.length === 0) {
    problems.push('Нет ни форм взаимодействия, ни социального эффекта');
  }
  if ([...group.forms, ...group.effects].some((item) => item.length > MAX_ITEM)) {
    problems.push(`Пункт длиннее ${MAX_ITEM} знаков: разделите его на части`);
  }
  return problems;
}
