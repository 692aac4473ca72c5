import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../../contract/academic-year';
import type {
  PlanImportPartner,
  PlanImportPartnerChoice,
  PlanImportPreview,
  PlanImportItem,
  PlanImportResult,
  PlanImportRow,
} from '../../contract/plan-import';
import { blankPartnerFields } from '../../contract/partners';
import type { PlanItem, PlanItemFields } from '../../contract/plans';
import { comparableName } from '../../contract/text-folding';
import { AppError } from '../../errors';
import { matchPartner, type MatchablePartner } from '../../imports/partner-match';
import type { OfficeTable } from '../../imports/office-tables';
import type { ClubsService } from '../../clubs/service';
import type { JobRunner } from '../../jobs/runner';
import type { PartnersService } from '../../partners/service';
import type { PlansService } from '../service';
import { columnsOfRow, findPlanTable, headerOf, type ColumnMap } from './columns';
import { findImportUndo, forgetImportUndo, saveImportUndo } from './import-repository';
import { readPlanRows } from './rows';
import { namedAcademicYear } from './timing';

export interface PlanFile {
  fileName: string;
  content: string;
}

/** What undoes an import: the items it made, the partners it created, the plan it started. */
interface ImportUndo {
  year: string;
  itemIds: number[];
  partnerIds: number[];
  planMade: boolean;
}

interface Analysis {
  preview: PlanImportPreview;
  /** The registry's partners, by id, as the preview matched them. */
  known: Map<number, MatchablePartner>;
}

const OTHER_CATEGORY = 'Прочие';

const NO_PLAN_TABLE =
  'В файле нет таблицы плана: не найдена строка заголовков со столбцом мероприятий («Мероприятие», ' +
  '«Содержание», «Наименование мероприятия») и ещё одним столбцом плана («Сроки», «Участники», «Партнёр»…). ' +
  'Проверьте, что план оформлен таблицей, а не текстом.';

/**
 * Import of a year's plan from a Word table, an Excel sheet or a CSV file, in stateless steps: the preview reads the
 * file (in a worker thread) and answers each row as the item it will become; the commit reads it again and writes
 * the rows without problems in one transaction, each through the plan's own path for a new item; the undo takes
 * it back.
 */
export class PlanImportService {
  constructor(
    private readonly deps: {
      db: Database.Database;
      now: () => Date;
      plans: PlansService;
      partners: PartnersService;
      clubs: ClubsService;
      jobs: JobRunner;
    },
  ) {}

  private get db() {
    return this.deps.db;
  }

  private readTables(file: PlanFile): Promise<OfficeTable[]> {
    return this.deps.jobs.run('planImport', 'readOfficeTables', {
      fileName: file.fileName,
      bytes: new Uint8Array(Buffer.from(file.content, 'base64')),
      accept: ['docx', 'xlsx', 'csv'],
    });
  }

  async preview(file: PlanFile & { year: string | null; tableIndex: number | null }): Promise<PlanImportPreview> {
    return this.analyse(await this.readTables(file), file.year, file.tableIndex).preview;
  }

  private analyse(tables: readonly OfficeTable[], year: string | null, tableIndex: number | null): Analysis {
    const found = findPlanTable(tables);
    let index: number;
    let header: { headerRow: number; columns: ColumnMap } | null;
    if (tableIndex === null) {
      if (!found) throw new AppError('invalid_input', NO_PLAN_TABLE);
      index = found.index;
      header = found;
    } else {
      const table = tables[tableIndex];
      if (!table) throw new AppError('invalid_input', `В файле нет таблицы № ${tableIndex + 1}: выберите файл заново.`);
      index = tableIndex;
      header = headerOf(table);
      if (!header) {
        throw new AppError('invalid_input', `«${table.source}» — не таблица плана. ${NO_PLAN_TABLE}`);
      }
    }
    const table = tables[index] as OfficeTable;
    const fileYear = namedAcademicYear(table.rows.flatMap((row) => row.cells));
    const chosenYear = year ?? fileYear ?? academicYearOf(localIsoDate(this.deps.now()));
    const classes = this.deps.clubs.classes(chosenYear).classes.map((c) => c.name);
    const registry: MatchablePartner[] = this.deps.partners
      .list({})
      .map((p) => ({ id: p.id, fullName: p.fullName, shortName: p.shortName }));
    const read = readPlanRows(
      table,
      header,
      chosenYear,
      classes,
      (text) => matchPartner(text, registry).how === 'name',
    );
    const plan = this.deps.plans.get(chosenYear);
    markRepeats(read.rows, plan.items);

    const known = new Map(registry.map((p) => [p.id, p]));
    const nameOf = (id: number) => {
      const p = known.get(id);
      return p ? p.shortName || p.fullName : '';
    };
    const partners: PlanImportPartner[] = read.partners.map((entry) => {
      const match = matchPartner(entry.text, registry);
      return {
        ...entry,
        matchedId: match.id,
        how: match.how,
        candidates: match.candidates.map((id) => ({ id, name: nameOf(id) })),
      };
    });

    const headerCells = table.rows[header.headerRow]?.cells ?? [];
    const named = columnsOfRow(headerCells);
    const columns = headerCells.map((heading, i) => ({
      heading,
      column: (Object.entries(named).find(([, at]) => at === i)?.[0] ??
        null) as PlanImportPreview['columns'][number]['column'],
    }));
    const items = read.rows.filter((row) => row.kind === 'item');
    const ready = items.filter((row) => row.problems.length === 0).length;
    return {
      known,
      preview: {
        tables: tables.map((t) => ({ source: t.source, rowCount: t.rows.length, isPlan: headerOf(t) !== null })),
        tableIndex: index,
        year: chosenYear,
        fileYear,
        planExists: plan.exists,
        columns,
        rows: read.rows,
        partners,
        counts: {
          items: items.length,
          ready,
          withProblems: items.length - ready,
          groups: read.rows.filter((row) => row.kind === 'group').length,
        },
      },
    };
  }

  /**
   * Writes the rows without problems into the year's plan, or nothing at all. Each partner of the file is the one
   * the office chose (`choices`, by its key), or the one matched for sure; one it chose to create is created, one
   * left without a partner is named in the item's notes.
   */
  async commit(
    file: PlanFile & {
      year: string;
      tableIndex: number;
      partners: readonly { key: string; choice: PlanImportPartnerChoice }[];
      newPartnerCategoryId: number | null;
    },
  ): Promise<PlanImportResult> {
    const { preview, known } = this.analyse(await this.readTables(file), file.year, file.tableIndex);
    const rows = preview.rows.filter((row) => row.kind === 'item' && row.problems.length === 0);
    if (rows.length === 0) {
      throw new AppError(
        'invalid_input',
        'В файле нет ни одной строки, которую можно загрузить: исправьте отмеченные.',
      );
    }
    const choices = new Map(file.partners.map((p) => [p.key, p.choice]));
    for (const [key, choice] of choices) {
      if (choice.kind === 'existing' && !known.has(choice.id)) {
        throw new AppError('not_found', 'Партнёр, выбранный для строки, не найден: откройте файл заново.', {
          [`partners.${key}`]: 'Партнёр не найден',
        });
      }
    }
    const year = file.year;
    const stamp = this.deps.now().toISOString();
    return this.db.transaction(() => {
      const planMade = !this.deps.plans.get(year).exists;
      if (planMade) this.deps.plans.create(year, null);
      const partnerOf = new Map<string, number | null>();
      const createdPartners: number[] = [];
      let categoryId: number | null = null;
      // Only the partners of the rows written: one named only in a row with problems is neither created nor linked.
      const used = new Set(rows.flatMap((row) => row.item?.partnerKeys ?? []));
      for (const partner of preview.partners.filter((p) => used.has(p.key))) {
        const choice = choices.get(partner.key) ?? defaultChoice(partner);
        if (choice.kind === 'existing') partnerOf.set(partner.key, choice.id);
        else if (choice.kind === 'none') partnerOf.set(partner.key, null);
        else {
          categoryId ??= file.newPartnerCategoryId ?? this.otherCategory();
          const created = this.deps.partners.create({
            ...blankPartnerFields(categoryId),
            fullName: partner.text.slice(0, 500),
            notes: `Добавлен при импорте плана на ${year} учебный год.`,
          });
          createdPartners.push(created.id);
          partnerOf.set(partner.key, created.id);
        }
      }
      const itemIds: number[] = [];
      let onCalendar = 0;
      for (const row of rows) {
        const fields = itemFields(row, partnerOf, preview.partners);
        if (fields.timing !== 'month') onCalendar += 1;
        itemIds.push(this.deps.plans.createItem(year, fields).id);
      }
      const undo: ImportUndo = { year, itemIds, partnerIds: createdPartners, planMade };
      return {
        year,
        created: itemIds.length,
        createdPartners: createdPartners.length,
        onCalendar,
        skipped: preview.counts.items - rows.length,
        undoToken: saveImportUndo(this.db, undo, stamp),
      };
    })();
  }

  /** The direction new partners go to when the office chose none: «Прочие», added when the list has none. */
  private otherCategory(): number {
    const key = comparableName(OTHER_CATEGORY);
    const existing = this.deps.partners.categories().find((c) => comparableName(c.name) === key);
    return existing?.id ?? this.deps.partners.addCategory(OTHER_CATEGORY).id;
  }

  /**
   * Takes an import back: its items that are still there with their events not yet held (held ones stay on the
   * calendar as events of their own), the partners it created that nothing else refers to, the plan it started.
   */
  async undo(token: number): Promise<{ removed: number; removedPartners: number }> {
    const undo = findImportUndo(this.db, token) as ImportUndo | undefined;
    if (!undo) throw new AppError('not_found', 'Импорт уже отменён.');
    let removedPartners = 0;
    const removed = await this.deps.plans.removeImported(undo.itemIds, undo.planMade ? undo.year : null, () => {
      for (const id of undo.partnerIds) {
        try {
          this.deps.partners.delete(id);
          removedPartners += 1;
        } catch (error) {
          // A partner the office has since given an agreement or an event stays.
          if (!(error instanceof AppError)) throw error;
        }
      }
      forgetImportUndo(this.db, token);
    });
    return { removed, removedPartners };
  }
}

/** An item as a repeat is told: its title without case or quotes, and where it stands in the plan. */
const repeatKey = (item: Pick<PlanImportItem, 'title' | 'timing' | 'month' | 'dateFrom'>) =>
  `${comparableName(item.title)}|${item.timing === 'month' ? item.month : item.dateFrom}`;

/**
 * A row the plan has already (the same title at the same month or day: the file loaded twice, or a plan copied
 * from last year and then loaded) is not loaded again; nor is a row that repeats one above it.
 */
function markRepeats(rows: PlanImportRow[], items: readonly PlanItem[]): void {
  const inPlan = new Set(items.map(repeatKey));
  const above = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'item' || !row.item || row.problems.length > 0) continue;
    const key = repeatKey(row.item);
    const line = above.get(key);
    if (inPlan.has(key)) row.problems.push(`Такое мероприятие уже есть в плане: «${row.item.title}»`);
    else if (line !== undefined) row.problems.push(`Повторяет строку ${line}`);
    else above.set(key, row.line);
  }
}

function defaultChoice(partner: PlanImportPartner): PlanImportPartnerChoice {
  return partner.matchedId === null ? { kind: 'none' } : { kind: 'existing', id: partner.matchedId };
}

/** A row's item as a plan item made by hand: at school, no tasks or direction, the partners as chosen. */
function itemFields(
  row: PlanImportRow,
  partnerOf: ReadonlyMap<string, number | null>,
  partners: readonly PlanImportPartner[],
): PlanItemFields {
  const item = row.item;
  if (!item) throw new AppError('internal', 'Строка без мероприятия.');
  const partnerIds: number[] = [];
  const unnamed: string[] = [];
  for (const key of item.partnerKeys) {
    const id = partnerOf.get(key);
    if (id) partnerIds.push(id);
    else unnamed.push(partners.find((p) => p.key === key)?.text ?? key);
  }
  const notes = [item.notes, unnamed.length > 0 ? `Партнёр по плану: ${unnamed.join('; ')}` : '']
    .filter((n) => n !== '')
    .join('\n')
    .slice(0, 5000);
  return {
    title: item.title,
    form: item.form,
    partnerIds,
    timing: item.timing,
    month: item.month,
    dateFrom: item.dateFrom,
    dateTo: item.dateTo,
    timeFrom: item.timeFrom,
    timeTo: item.timeTo,
    participants: item.participants,
    venue: 'school',
    venueNote: item.venueNote,
    responsibleSchool: item.responsibleSchool,
    responsiblePartner: item.responsiblePartner,
    taskIds: [],
    directionId: null,
    notes,
  };
}
