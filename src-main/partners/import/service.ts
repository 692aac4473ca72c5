import type Database from 'better-sqlite3';
import type {
  DuplicateChoice,
  ImportDuplicate,
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportRead,
  ImportResult,
} from '../../contract/partner-import';
import type { PartnerFields } from '../../contract/partners';
import { AppError } from '../../errors';
import { findPartner, insertCategory, listCategories } from '../repository';
import { comparableName } from '../../contract/text-folding';
import type { PartnersService } from '../service';
import { guessMapping } from './mapping';
import { rowToCandidate, type RowCandidate } from './row-fields';
import type { ImportTable } from './table';
import type { JobRunner } from '../../jobs/runner';

export interface ImportFile {
  fileName: string;
  content: string;
}

/** A data row read, checked and compared with the store and with the rows above it. */
interface AnalysedRow extends RowCandidate {
  line: number;
  duplicates: ImportDuplicate[];
  /** The store's direction by that name, or null when the import adds it. */
  categoryId: number | null;
  newCategory: string | null;
}

const SAMPLE_ROWS = 5;

/**
 * Import of partners from a table file, in three stateless steps: read the file, preview what it
 * would write, and write it in one transaction. Each step parses the file anew from its bytes, in a worker thread.
 */
export class PartnerImportService {
  constructor(
    private readonly db: Database.Database,
    private readonly partners: PartnersService,
    private readonly jobs: JobRunner,
  ) {}

  /** The file read in a worker thread: a large one never holds up the main process. */
  private readTable(file: ImportFile): Promise<ImportTable> {
    return this.jobs.run('partnersImport', 'readImportTable', { fileName: file.fileName, content: file.content });
  }

  async read(file: ImportFile): Promise<ImportRead> {
    const table = await this.readTable(file);
    return {
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      columns: table.columns,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
      suggestedMapping: guessMapping(table.columns),
    };
  }

  async preview(file: ImportFile & { mapping: ImportMapping }): Promise<ImportPreview> {
    const rows = this.analyse(await this.readTable(file), file.mapping);
    const valid = rows.filter((row) => row.draft !== null);
    const newCategories = [...new Set(valid.flatMap((row) => (row.newCategory ? [row.newCategory] : [])))];
    return {
      rows: rows.map((row) => ({
        line: row.line,
        fields: row.fields,
        errors: row.errors,
        duplicates: row.duplicates,
        newCategory: row.newCategory,
      })),
      counts: {
        rows: rows.length,
        valid: valid.length,
        invalid: rows.length - valid.length,
        duplicates: valid.filter((row) => row.duplicates.length > 0).length,
      },
      newCategories,
    };
  }

  /** Writes every valid row, or nothing at all: rows with errors are counted and left out. */
  async commit(file: ImportFile & { mapping: ImportMapping; onDuplicate: DuplicateChoice }): Promise<ImportResult> {
    const rows = this.analyse(await this.readTable(file), file.mapping);
    return this.db.transaction(() => {
      const result: ImportResult = { created: 0, updated: 0, skipped: 0, invalid: 0 };
      const addedCategories = new Map<string, number>();
      const partnerOfLine = new Map<number, number>();
      const categoryOf = (row: AnalysedRow): number => {
        if (row.categoryId !== null) return row.categoryId;
        const key = comparableName(row.fields.category);
        let id = addedCategories.get(key);
        if (id === undefined) {
          id = insertCategory(this.db, row.fields.category);
          addedCategories.set(key, id);
        }
        return id;
      };
      for (const row of rows) {
        if (row.draft === null) {
          result.invalid += 1;
          continue;
        }
        if (row.duplicates.length > 0 && file.onDuplicate === 'skip') {
          result.skipped += 1;
          continue;
        }
        const target = file.onDuplicate === 'update' ? this.updateTarget(row, partnerOfLine) : undefined;
        if (target === undefined) {
          const created = this.partners.create({ ...row.draft, categoryId: categoryOf(row) });
          partnerOfLine.set(row.line, created.id);
          result.created += 1;
        } else {
          this.partners.update(target.id, this.merged(target, row, categoryOf(row)));
          partnerOfLine.set(row.line, target.id);
          result.updated += 1;
        }
      }
      return result;
    })();
  }

  /** The partner an 'update' import replaces: one in the store (matched by ИНН first), or one written from a row above. */
  private updateTarget(
    row: AnalysedRow,
    partnerOfLine: ReadonlyMap<number, number>,
  ): { id: number; reason: ImportDuplicate['reason'] } | undefined {
    const ordered = [...row.duplicates].sort((a, b) => Number(b.reason === 'inn') - Number(a.reason === 'inn'));
    for (const duplicate of ordered) {
      const id = duplicate.id ?? (duplicate.line === null ? undefined : partnerOfLine.get(duplicate.line));
      if (id !== undefined) return { id, reason: duplicate.reason };
    }
    return undefined;
  }

  /**
   * The stored partner with the row's non-empty fields put over it; lists the file has none of are kept.
   * A partner found by its name keeps the name as stored: the file's spelling differs only in case, quotes
   * or spaces, or is the short name.
   */
  private merged(
    target: { id: number; reason: ImportDuplicate['reason'] },
    row: AnalysedRow,
    categoryId: number,
  ): PartnerFields {
    const existing = findPartner(this.db, target.id);
    const draft = row.draft;
    if (!existing || !draft) throw new AppError('not_found', 'Партнёр, которого нужно обновить, не найден.');
    const current: PartnerFields = { ...existing, status: this.partners.standing(target.id).status };
    const pick = <K extends ImportField & keyof typeof draft>(key: K): (typeof draft)[K] =>
      row.given.has(key) ? draft[key] : current[key];
    return {
      fullName: target.reason === 'name' ? existing.fullName : draft.fullName,
      shortName: pick('shortName'),
      categoryId,
      legalForm: pick('legalForm'),
      inn: pick('inn'),
      kpp: pick('kpp'),
      ogrn: pick('ogrn'),
      legalAddress: pick('legalAddress'),
      postalAddress: pick('postalAddress'),
      headName: pick('headName'),
      headPosition: pick('headPosition'),
      headBasis: pick('headBasis'),
      // What the office corrected on the card stays: an import file has no declined forms nor powers of attorney.
      headNameGenitive: existing.headNameGenitive,
      headPositionGenitive: existing.headPositionGenitive,
      headAttorneyNumber: existing.headAttorneyNumber,
      headAttorneyDate: existing.headAttorneyDate,
      website: pick('website'),
      notes: pick('notes'),
      status: pick('status'),
      contacts: draft.contacts.length > 0 ? draft.contacts : existing.contacts,
      // A form the partner already has keeps the programme tasks it is linked to.
      forms:
        draft.forms.length > 0
          ? draft.forms.map((form) => ({
              text: form.text,
              taskIds: existing.forms.find((old) => old.text === form.text)?.taskIds ?? [],
            }))
          : existing.forms,
      effects: draft.effects.length > 0 ? draft.effects : existing.effects,
    };
  }

  private analyse(table: ImportTable, mapping: ImportMapping): AnalysedRow[] {
    checkMapping(mapping, table.columns);
    const categories = new Map(listCategories(this.db).map((c) => [comparableName(c.name), c.id]));
    const newCategoryNames = new Map<string, string>();
    const earlier: { line: number; fullName: string; shortName: string; inn: string }[] = [];
    return table.rows.map(({ line, cells }) => {
      const candidate = rowToCandidate(cells, mapping);
      const { fullName, shortName, inn, category } = candidate.fields;
      const name = comparableName(fullName);
      const duplicates: ImportDuplicate[] = this.partners
        .findDuplicates({ fullName, inn })
        .map((d) => ({ ...d, line: null }));
      for (const row of earlier) {
        if (inn && row.inn === inn)
          duplicates.push({ id: null, line: row.line, fullName: row.fullName, reason: 'inn' });
        else if (
          name &&
          (comparableName(row.fullName) === name || (row.shortName && comparableName(row.shortName) === name))
        ) {
          duplicates.push({ id: null, line: row.line, fullName: row.fullName, reason: 'name' });
        }
      }
      if (candidate.draft) earlier.push({ line, fullName, shortName, inn });

      const categoryKey = comparableName(category);
      const categoryId = categories.get(categoryKey) ?? null;
      let newCategory: string | null = null;
      if (category !== '' && categoryId === null) {
        newCategory = newCategoryNames.get(categoryKey) ?? category;
        newCategoryNames.set(categoryKey, newCategory);
      }
      return { ...candidate, line, duplicates, categoryId, newCategory };
    });
  }
}

function checkMapping(mapping: ImportMapping, columns: readonly string[]): void {
  if (mapping.fullName === null) {
    throw new AppError('invalid_input', 'Выберите столбец с полным наименованием партнёра.', {
      'mapping.fullName': 'Выберите столбец с полным наименованием',
    });
  }
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== null && index >= columns.length) {
      throw new AppError('invalid_input', `В файле нет столбца № ${index + 1}: сопоставьте столбцы заново.`, {
        [`mapping.${field}`]: 'Такого столбца в файле нет',
      });
    }
  }
}
