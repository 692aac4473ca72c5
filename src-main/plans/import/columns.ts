import type { PlanImportColumn } from '../../contract/plan-import';
import { foldForSearch } from '../../contract/text-folding';

/** One row of a table as the office file gives it (a Word table, a sheet, a CSV). */
export interface TableRow {
  line: number;
  cells: readonly string[];
  wholeRow: boolean;
}
export interface TableLike {
  source: string;
  columnCount: number;
  rows: readonly TableRow[];
}

/** The column each field of the plan is read from. */
export type ColumnMap = Partial<Record<PlanImportColumn, number>>;

/**
 * What a heading names, as schools write them: «№ п/п», «Сроки (дата) проведения», «Наименование мероприятия»,
 * «Форма проведения», «Участники (классы)», «Социальный партнёр», «Ответственные». The first rule that fits wins,
 * so «Форма мероприятия» is the form and «Ответственный от партнёра» is no partner column.
 */
const HEADINGS: readonly [RegExp, PlanImportColumn][] = [
  [/^(?:№|n|no|nn|номер)\.?(?: ?п\/п)?$|^п\/п$|^№/, 'number'],
  [/(?:ответствен|исполнител|куратор).*(?:партн|со стороны|организац)/, 'responsiblePartner'],
  [/ответствен|исполнител|куратор/, 'responsibleSchool'],
  [/^форм|форма (?:проведения|работы|взаимодействия|организации)/, 'form'],
  [/партн|организаци|учреждени|совместно с|соисполнит|привлекаем/, 'partner'],
  [/участник|класс|аудитори|для кого|категори|контингент|охват/, 'participants'],
  [/срок|дата|время|период|месяц|когда/, 'timing'],
  [/мероприяти|содержание|наименование|название|тема|вид(?:ы)? деятельности|событи|дело/, 'title'],
  [/место/, 'venue'],
  [/примечани|комментари/, 'notes'],
];

export function columnOfHeading(heading: string): PlanImportColumn | null {
  const text = foldForSearch(heading);
  if (text === '') return null;
  return HEADINGS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The columns a header row names; each field from its first column. */
export function columnsOfRow(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const column = columnOfHeading(cell);
    // A heading merged over two columns is read twice: the first column is the field's.
    if (column !== null && map[column] === undefined) map[column] = index;
  });
  return map;
}

/** How many rows from the top a header may sit below a title or a note. */
const HEADER_SEARCH_ROWS = 6;

export interface FoundTable {
  index: number;
  headerRow: number;
  columns: ColumnMap;
}

/** The header row of a table: the first near its top that names the event and one more field of a plan. */
export function headerOf(table: TableLike): { headerRow: number; columns: ColumnMap } | null {
  const top = table.rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [r, row] of top.entries()) {
    const columns = columnsOfRow(row.cells);
    const named = Object.keys(columns).filter((c) => c !== 'number').length;
    if (columns.title !== undefined && named >= 2) return { headerRow: r, columns };
  }
  return null;
}

/** The plan's table in a file: of the tables with a plan's header, the one with the most rows. */
export function findPlanTable(tables: readonly TableLike[]): FoundTable | null {
  let best: (FoundTable & { rowCount: number }) | null = null;
  for (const [index, table] of tables.entries()) {
    const header = headerOf(table);
    if (header && (!best || table.rows.length > best.rowCount))
      best = { index, ...header, rowCount: table.rows.length };
  }
  return best && { index: best.index, headerRow: best.headerRow, columns: best.columns };
}
