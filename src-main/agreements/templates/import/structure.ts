/**
 * The school's agreement form as the lines of a template: one paragraph a line with its number in front as the text
 * format expects it («2. Раздел», «2.1. Пункт»), whether Word numbered it or it was typed; the title and the
 * requisites table marked to be left out, since the printed agreement makes them from the cards. Pure.
 */
import type { AgreementType } from '../../../contract/agreements';
import { datesIn, type HeaderFacts } from './recognise';

/** A block of the form: a paragraph with the label Word's numbering gives it (or null), or a table's cells. */
export type FormBlock =
  { kind: 'paragraph'; text: string; style: string | null; label: string | null } | { kind: 'table'; rows: string[][] };

export interface FormDrop {
  line: number;
  lineCount: number;
  reason: string;
}

export interface FormStructure {
  lines: string[];
  drops: FormDrop[];
  facts: HeaderFacts;
  type: AgreementType;
  /** The form's own title as a template's name: «Договор о сотрудничестве»; empty when it has none. */
  title: string;
  /** The city the title names («г. Зверево»), or empty. */
  city: string;
  notes: string[];
}

export const HEADER_REASON =
  'Заголовок договора: при печати программа сама пишет «ДОГОВОР № …», вид договора, город и дату из карточки договора.';
export const REQUISITES_REASON =
  'Реквизиты и подписи сторон: при печати программа ставит их из карточек школы и партнёра (раздел «Адреса, ' +
  'реквизиты и подписи Сторон» с подписями и «М.П.»).';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function fromRoman(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const value = ROMAN_VALUES[roman[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** «2.1», «2.1.», «II.», «1» as the text format writes a number: «2.1.», «2.», «1.»; other labels as they are. */
function normalLabel(label: string): string {
  const roman = /^([IVXL]{1,6})\.?$/.exec(label);
  if (roman?.[1]) return `${fromRoman(roman[1])}.`;
  const romanClause = /^([IVXL]{1,6})\.(\d{1,2}(?:\.\d{1,2})*)\.?$/.exec(label);
  if (romanClause?.[1] && romanClause[2]) return `${fromRoman(romanClause[1])}.${romanClause[2]}.`;
  if (/^\d{1,2}(\.\d{1,2})*\.?$/.test(label)) return label.endsWith('.') ? label : `${label}.`;
  return label;
}

/** A paragraph's text with its number (Word's or typed) written as the text format reads it. */
export function numberedText(label: string | null, raw: string): string {
  const text = raw
    .replace(/[\t\u00A0 ]+/g, ' ')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .trim();
  if (label === '–') return `– ${text.replace(/^[-–—•]\s*/, '')}`;
  if (label) return `${normalLabel(label)} ${text}`.trim();
  // Typed: «2.1 Текст», «2.1.Текст», «1.Предмет», «IV. РАЗДЕЛ»; never «15 сентября».
  const roman = /^([IVXL]{1,6})\.\s*(?=\p{Lu})/u.exec(text);
  if (roman?.[1]) return `${fromRoman(roman[1])}. ${text.slice(roman[0].length)}`;
  const typed = /^(?:(\d{1,2}(?:\.\d{1,2})+)\.?\s*|(\d{1,2})\.\s*)(?=\p{L})/u.exec(text);
  const number = typed?.[1] ?? typed?.[2];
  if (!typed || !number) return text;
  return `${normalLabel(number)} ${text.slice(typed[0].length)}`;
}

const HEADING_STYLE = /^(heading|заголовок|title|название)/i;
const SECTION_NUMBER = /^(\d{1,2})\.\s+(\p{Lu}.{0,117})$/u;
const CLAUSE_NUMBER = /^(\d{1,2})\.\d{1,2}\./;
const isCaps = (text: string) => /\p{Lu}{3}/u.test(text) && text === text.toLocaleUpperCase('ru-RU');

/**
 * Section headings as the text format knows them: «1. ПРЕДМЕТ ДОГОВОРА.» loses its full stop; a heading without a
 * number («ПРЕДМЕТ ДОГОВОРА», or in a heading style) followed by clause «3.1.» becomes «3. ПРЕДМЕТ ДОГОВОРА».
 */
function headings(lines: string[], styles: (string | null)[]): string[] {
  return lines.map((line, i) => {
    const next = lines[i + 1] ?? '';
    const headingLike = isCaps(line) || HEADING_STYLE.test(styles[i] ?? '');
    const section = SECTION_NUMBER.exec(line);
    if (section) {
      const clauseOfIt = CLAUSE_NUMBER.exec(next)?.[1] === section[1];
      return line.endsWith('.') && (headingLike || clauseOfIt) ? line.slice(0, -1).trimEnd() : line;
    }
    const clause = CLAUSE_NUMBER.exec(next);
    if (clause?.[1] && line.length <= 118 && headingLike && !/[,;:]$/.test(line) && /^\p{Lu}/u.test(line)) {
      return `${clause[1]}. ${line.replace(/\.$/, '')}`;
    }
    return line;
  });
}

const REQUISITES_TABLE = /(ИНН|КПП|ОГРН|реквизит|подпис|М\.\s?П\.)/iu;
const REQUISITES_HEADING = /(реквизит|адреса\s+(и\s+)?.*сторон|подписи\s+сторон)/iu;
const BANK = /(р\/с|расч[её]тн|к\/с|корр|БИК|банк|л\/с|лицев|ОКПО|ОКТМО|ОКВЭД|ОКАТО)/iu;
const BODY_START = /(в\s+лице|именуем|заключили)/iu;

function typeOf(header: string): AgreementType {
  if (/сетев/iu.test(header)) return 'network';
  if (/(сотрудничеств|партн[её]рств)/iu.test(header)) return 'cooperation';
  return 'other';
}

/** «ДОГОВОР № 15» + «о сотрудничестве» → «Договор о сотрудничестве». */
function titleOf(header: readonly string[]): string {
  const i = header.findIndex((line) => /^(договор|соглашение)/iu.test(line));
  if (i < 0) return '';
  const word = (/^(договор|соглашение)/iu.exec(header[i] ?? '')?.[1] ?? '').toLocaleLowerCase('ru-RU');
  const rest = (header[i] ?? '').replace(/^(договор|соглашение)\s*(№\s*\S+)?/iu, '').trim();
  const about = /^(о|об)\s/iu.test(rest) ? rest : /^(о|об)\s/iu.test(header[i + 1] ?? '') ? (header[i + 1] ?? '') : '';
  const title = `${word} ${about.replace(/[.,;:]$/, '')}`.trim();
  return title.charAt(0).toLocaleUpperCase('ru-RU') + title.slice(1).toLocaleLowerCase('ru-RU');
}

/** The form read into lines, with what is left out and what its title says of the agreement. */
export function formStructure(blocks: readonly FormBlock[]): FormStructure {
  const lines: string[] = [];
  const styles: (string | null)[] = [];
  const requisiteRows: { line: number; count: number }[] = [];
  const notes: string[] = [];
  let otherTables = 0;
  let bank = false;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = numberedText(block.label, block.text);
      if (text === '' || text === '–') continue;
      lines.push(text);
      styles.push(block.style);
      continue;
    }
    const rows = block.rows
      .map((cells) =>
        cells
          .map((cell) =>
            cell
              .replace(/\s*\n+\s*/g, '; ')
              .replace(/[\t\u00A0 ]+/g, ' ')
              .trim(),
          )
          .filter((cell) => cell !== ''),
      )
      .filter((cells) => cells.length > 0);
    if (rows.length === 0) continue;
    const all = rows.flat().join(' ');
    const start = lines.length;
    for (const cells of rows) {
      lines.push(cells.join(' | ').replace(/\{/g, '(').replace(/\}/g, ')'));
      styles.push(null);
    }
    if (REQUISITES_TABLE.test(all)) {
      requisiteRows.push({ line: start, count: rows.length });
      bank ||= BANK.test(all);
    } else {
      otherTables += 1;
    }
  }
  const fixed = headings(lines, styles);

  // The title: what comes before the first section or the parties' sentence.
  const bodyStart = fixed.findIndex((line) => SECTION_NUMBER.test(line) || BODY_START.test(line) || line.length > 200);
  const headerEnd = bodyStart < 0 ? 0 : bodyStart;
  const header = fixed.slice(0, headerEnd);
  const headerText = header.join(' ');
  const drops: FormDrop[] = headerEnd > 0 ? [{ line: 0, lineCount: headerEnd, reason: HEADER_REASON }] : [];
  const date = datesIn(headerText)[0];
  const facts: HeaderFacts = {
    number: /№\s*([^\s,;«»]+)/u.exec(headerText)?.[1] ?? '',
    signedOn: date?.iso ?? null,
  };

  // The requisites: the table with its heading and whatever stands between them; or a section so headed.
  for (const table of requisiteRows) {
    let first = table.line;
    for (let i = table.line - 1; i >= Math.max(headerEnd, table.line - 4); i -= 1) {
      if (REQUISITES_HEADING.test(fixed[i] ?? '') && (fixed[i] ?? '').length <= 120) {
        first = i;
        break;
      }
    }
    let last = table.line + table.count;
    // The lines after the table up to the next section (signatures typed under it, «М.П.»).
    while (last < fixed.length && !SECTION_NUMBER.test(fixed[last] ?? '') && (fixed[last] ?? '').length <= 120)
      last += 1;
    drops.push({ line: first, lineCount: last - first, reason: REQUISITES_REASON });
  }
  if (requisiteRows.length === 0) {
    const heading = fixed.findIndex((line, i) => i >= headerEnd && REQUISITES_HEADING.test(line) && line.length <= 120);
    if (heading >= 0) {
      let last = heading + 1;
      while (last < fixed.length && !SECTION_NUMBER.test(fixed[last] ?? '')) last += 1;
      drops.push({ line: heading, lineCount: last - heading, reason: REQUISITES_REASON });
    }
  }
  if (bank) {
    notes.push(
      'В таблице реквизитов есть банковские реквизиты (счёт, БИК, банк и т. п.): в карточках школы и партнёра их нет, ' +
        'поэтому в напечатанном договоре их не будет. Если они нужны, допишите их в текст шаблона.',
    );
  }
  if (otherTables > 0) {
    notes.push(
      'Таблицы, кроме реквизитов, перенесены построчно: ячейки строки — через «|». Проверьте их в тексте шаблона.',
    );
  }
  const city = /(?<![\p{L}])г\.\s*(\p{Lu}[\p{L}-]+)/u.exec(headerText)?.[1] ?? '';
  return { lines: fixed, drops, facts, type: typeOf(headerText), title: titleOf(header), city, notes };
}
