import { formatDate, isRealDate } from '../../contract/dates';
import type { PlanImportItem, PlanImportRow } from '../../contract/plan-import';
import { monthTiming } from '../../contract/plans';
import { comparableName } from '../../contract/text-folding';
import type { ColumnMap, TableLike } from './columns';
import { columnsOfRow } from './columns';
import { parseParticipants } from './participants';
import { monthLabel } from '../../contract/plan-text';
import { groupMonth, parseTiming, type Timing } from './timing';

/** What a row of the file says, read against the plan's year and the school's classes of that year. */
export interface ReadPlan {
  rows: PlanImportRow[];
  /** The partners the rows name, once each, in the order they first appear. */
  partners: { key: string; text: string; lines: number[] }[];
}

const LIMITS = { title: 500, form: 500, venueNote: 300, responsibleSchool: 300, responsiblePartner: 300, notes: 5000 };

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A row of the numbers of the columns («1 2 3 4 5 6»), as many plans have under the header. */
function isNumbering(cells: readonly string[]): boolean {
  const filled = cells.map(clean).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c, i) => c === String(i + 1) || c === `${i + 1}.`);
}

/**
 * Partners in a cell: one a line or after «;», or after a comma outside quotes («МБУК «ЦДБ», ДК «Юность»»);
 * a comma inside quotes is part of a name, and so is any comma of a text the registry knows whole (`wholeName`:
 * «ЦГБ, детская поликлиника»).
 */
export function splitPartners(cell: string, wholeName: (text: string) => boolean = () => false): string[] {
  return cell
    .split(/[;\n]/)
    .map(clean)
    .flatMap((part) => (wholeName(part) ? [part] : splitAtCommas(part)))
    .filter((p) => p !== '' && !/^[-–—.]+$/.test(p));
}

function splitAtCommas(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '«') depth += 1;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(clean);
}

function daysInMonth(month: string, days: [number, number]): { from: string; to: string } | null {
  const from = `${month}-${String(days[0]).padStart(2, '0')}`;
  const to = `${month}-${String(days[1]).padStart(2, '0')}`;
  return isRealDate(from) && isRealDate(to) ? { from, to } : null;
}

type ItemTiming = Pick<PlanImportItem, 'timing' | 'month' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'>;

/** The row's own timing, or the group's month where the row gives none or only days. */
function itemTiming(
  timing: Timing,
  group: { month: string; approximate: string | null } | null,
  raw: string,
): { timing: ItemTiming; noted: string | null } | { problem: string } {
  switch (timing.kind) {
    case 'problem':
      return { problem: timing.message };
    case 'month':
      return { timing: monthTiming(timing.month), noted: timing.approximate };
    case 'exact':
      return {
        timing: {
          ...monthTiming(''),
          timing: 'exact',
          month: null,
          dateFrom: timing.date,
          timeFrom: timing.timeFrom,
          timeTo: timing.timeTo,
        },
        noted: timing.approximate,
      };
    case 'range':
      return {
        timing: {
          timing: 'range',
          month: null,
          dateFrom: timing.from,
          dateTo: timing.to,
          timeFrom: timing.timeFrom,
          timeTo: timing.timeTo,
        },
        noted: null,
      };
    case 'empty':
    case 'inMonth': {
      if (!group) {
        return {
          problem:
            timing.kind === 'empty'
              ? 'Не указаны сроки, и над строкой нет месяца'
              : `Сроки «${clean(raw)}» без месяца: над строкой нет месяца`,
        };
      }
      const days = timing.kind === 'inMonth' && timing.days ? daysInMonth(group.month, timing.days) : null;
      if (timing.kind === 'inMonth' && timing.days && !days) {
        return { problem: `В месяце ${monthLabel(group.month).toLowerCase()} нет такого числа: «${clean(raw)}»` };
      }
      if (days) {
        const exact = days.from === days.to;
        return {
          timing: {
            timing: exact ? 'exact' : 'range',
            month: null,
            dateFrom: days.from,
            dateTo: exact ? null : days.to,
            timeFrom: null,
            timeTo: null,
          },
          noted: null,
        };
      }
      const approximate = timing.kind === 'inMonth' ? timing.approximate : null;
      return { timing: monthTiming(group.month), noted: approximate ?? group.approximate };
    }
  }
}

/** Where an item stands in the plan: «в месяце «Сентябрь 2025»», «на 12.03.2026». */
function placeText(t: ItemTiming): string {
  if (t.timing === 'month' && t.month) return `в месяце «${monthLabel(t.month)}»`;
  return t.dateFrom === null ? '' : `на ${formatDate(t.dateFrom)}`;
}

/**
 * Reads the rows below the header: group rows give the month of the items under them, section headings and
 * column numbers are passed over, every other row is an item with its problems and remarks.
 */
export function readPlanRows(
  table: TableLike,
  header: { headerRow: number; columns: ColumnMap },
  academicYear: string,
  schoolClasses: readonly string[],
  wholeName?: (text: string) => boolean,
): ReadPlan {
  const { columns } = header;
  const headerKey = JSON.stringify(columnsOfRow(table.rows[header.headerRow]?.cells ?? []));
  const rows: PlanImportRow[] = [];
  const partners = new Map<string, { key: string; text: string; lines: number[] }>();
  let group: { month: string; approximate: string | null } | null = null;
  const cellOf = (cells: readonly string[], column: keyof ColumnMap) => {
    const index = columns[column];
    return index === undefined ? '' : (cells[index] ?? '');
  };

  for (const row of table.rows.slice(header.headerRow + 1)) {
    const cells = row.cells.map((c) => c.trim());
    const filled = [...new Set(cells.filter((c) => c !== ''))];
    if (filled.length === 0 || isNumbering(cells)) continue;
    if (JSON.stringify(columnsOfRow(cells)) === headerKey) continue;
    const base = { line: row.line, cells: [...row.cells], problems: [] as string[], remarks: [] as string[] };

    // A merged row, or a row with one text only: a month («Сентябрь», «I четверть») or a section's heading.
    const lone = filled.length === 1 ? (filled[0] ?? '') : null;
    if (lone !== null) {
      const found = groupMonth(lone, academicYear);
      if (found && 'problem' in found) {
        group = null;
        rows.push({ ...base, kind: 'group', groupMonth: null, item: null, problems: [found.problem] });
        continue;
      }
      if (found) {
        group = found;
        rows.push({ ...base, kind: 'group', groupMonth: found.month, item: null });
        continue;
      }
      if (row.wholeRow || cellOf(cells, 'title') === '') {
        rows.push({ ...base, kind: 'section', groupMonth: null, item: null });
        continue;
      }
    }

    const problems: string[] = [];
    const remarks: string[] = [];
    const notes: string[] = [];
    const title = clean(cellOf(cells, 'title'));
    if (title === '') problems.push('Нет названия мероприятия');

    const rawTiming = cellOf(cells, 'timing');
    const timed = itemTiming(parseTiming(rawTiming, academicYear), group, rawTiming);
    let timing: ItemTiming = monthTiming('');
    if ('problem' in timed) problems.push(timed.problem);
    else {
      timing = timed.timing;
      if (timed.noted) {
        notes.push(`Сроки по плану: ${timed.noted}`);
        remarks.push(`Сроки «${timed.noted}»: в плане пункт стоит ${placeText(timing)}, сроки — в примечании`);
      }
    }

    const rawParticipants = cellOf(cells, 'participants');
    const parsed = parseParticipants(rawParticipants, schoolClasses);
    if (parsed.unread.length > 0 || parsed.noClasses.length > 0) {
      notes.push(`Участники по плану: ${clean(rawParticipants)}`);
    }
    if (parsed.noClasses.length > 0) {
      remarks.push(
        `В списке классов на ${academicYear} учебный год нет ${parsed.noClasses.join(', ')} (экран «Классы») — ` +
          'участники записаны в примечание',
      );
    }
    if (parsed.unread.length > 0) {
      remarks.push(`Не распознаны участники: ${parsed.unread.join(', ')} — записаны в примечание`);
    }

    const partnerKeys: string[] = [];
    for (const text of splitPartners(cellOf(cells, 'partner'), wholeName)) {
      const key = comparableName(text);
      if (key === '') continue;
      const entry = partners.get(key) ?? { key, text, lines: [] };
      if (!entry.lines.includes(row.line)) entry.lines.push(row.line);
      partners.set(key, entry);
      if (!partnerKeys.includes(key)) partnerKeys.push(key);
    }
    if (partnerKeys.length > 30) problems.push('Больше 30 партнёров в одной строке');

    const ownNotes = clean(cellOf(cells, 'notes'));
    const item: PlanImportItem = {
      title,
      form: clean(cellOf(cells, 'form')),
      ...timing,
      participants: parsed.participants,
      venueNote: clean(cellOf(cells, 'venue')),
      responsibleSchool: clean(cellOf(cells, 'responsibleSchool')),
      responsiblePartner: clean(cellOf(cells, 'responsiblePartner')),
      notes: [ownNotes, ...notes].filter((n) => n !== '').join('\n'),
      partnerKeys,
    };
    for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
      if (item[field].length > max) problems.push(`${FIELD_NAMES[field]} длиннее ${max} знаков`);
    }
    rows.push({ ...base, kind: 'item', groupMonth: null, item, problems, remarks });
  }
  return { rows, partners: [...partners.values()] };
}

const FIELD_NAMES: Record<keyof typeof LIMITS, string> = {
  title: 'Название мероприятия',
  form: 'Форма',
  venueNote: 'Место',
  responsibleSchool: 'Ответственные',
  responsiblePartner: 'Ответственные от партнёра',
  notes: 'Примечание',
};
