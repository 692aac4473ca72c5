import type Database from 'better-sqlite3';
import type {
  ModelChoice,
  ModelImportPreview,
  ModelImportResult,
  ModelImportRow,
  ModelTarget,
} from '../../contract/model-import';
import { blankPartnerFields, type PartnerFields } from '../../contract/partners';
import { quoted } from '../../contract/quote';
import { comparableName } from '../../contract/text-folding';
import { AppError } from '../../errors';
import type { OfficeTable } from '../../imports/office-tables';
import { matchPartner } from '../../imports/partner-match';
import type { JobRunner } from '../../jobs/runner';
import { findPartner, listNamesAndInns, saveDeletedRecord, takeDeletedRecord } from '../repository';
import type { PartnersService } from '../service';
import { readModelTable, type ModelGroup } from './model-table';

export interface PickedFile {
  fileName: string;
  content: string;
}

/** The most forms, and effects, a partner keeps (contract/partners.ts). */
const MAX_ITEMS = 200;
/** The kind of the import's record in deleted_records: what undo takes back. */
const UNDO_KIND = 'model-import';

/** What an import did, kept so that it can be taken back. */
interface ModelImportUndo {
  created: number[];
  added: { id: number; forms: string[]; effects: string[] }[];
}

/** The texts of `items` the partner does not have yet, compared without case, quotes and extra spaces. */
function missing(items: readonly string[], existing: readonly string[]): string[] {
  const known = new Set(existing.map(comparableName));
  return items.filter((item) => !known.has(comparableName(item)));
}

/**
 * «Импорт модели»: the model of interaction's table from a Word, Excel or CSV file into the partners' forms and
 * effects, in two stateless steps (preview, commit) that each read the file anew in a worker thread; a commit is
 * one transaction and can be undone.
 */
export class ModelImportService {
  constructor(
    private readonly db: Database.Database,
    private readonly partners: PartnersService,
    private readonly jobs: JobRunner,
  ) {}

  private async readGroups(file: PickedFile) {
    const bytes = new Uint8Array(Buffer.from(file.content, 'base64'));
    const tables: OfficeTable[] = await this.jobs.run('partnersImport', 'readOfficeTables', {
      fileName: file.fileName,
      bytes,
      accept: ['docx', 'xlsx', 'csv'],
    });
    return readModelTable(tables);
  }

  private registry() {
    return listNamesAndInns(this.db).map(({ id, fullName, shortName }) => ({ id, fullName, shortName }));
  }

  async preview(file: PickedFile): Promise<ModelImportPreview> {
    const model = await this.readGroups(file);
    const registry = this.registry();
    const names = new Map(registry.map((p) => [p.id, p.fullName]));
    const ref = (id: number) => ({ id, fullName: names.get(id) ?? '' });
    const rows = model.groups.map((group): ModelImportRow => {
      const found = group.partnerText === '' ? null : matchPartner(group.partnerText, registry);
      let match: ModelImportRow['match'] = { kind: 'new' };
      if (found?.id != null) match = { kind: 'found', partner: ref(found.id) };
      else if (found && found.candidates.length > 0)
        match = { kind: 'ambiguous', candidates: found.candidates.map(ref) };
      const existing = match.kind === 'found' ? findPartner(this.db, match.partner.id) : undefined;
      const forms = missing(group.forms, existing?.forms.map((f) => f.text) ?? []);
      const effects = missing(group.effects, existing?.effects ?? []);
      const problems = [...group.problems];
      if (existing && existing.forms.length + forms.length > MAX_ITEMS) {
        problems.push(`У партнёра будет больше ${MAX_ITEMS} форм взаимодействия`);
      }
      return {
        line: group.line,
        lastLine: group.lastLine,
        partnerText: group.partnerText,
        match,
        forms,
        effects,
        formsKnown: group.forms.length - forms.length,
        effectsKnown: group.effects.length - effects.length,
        problems,
      };
    });
    return { source: model.source, columns: model.titles, rows };
  }

  /** The partner a row goes to, as the user chose or as the preview proposed; ambiguous rows must be chosen. */
  private targetOf(group: ModelGroup, choice: ModelTarget | undefined, registry: ReturnType<typeof this.registry>) {
    if (choice !== undefined) {
      if (typeof choice === 'number' && !this.partners.exists(choice)) {
        throw new AppError(
          'not_found',
          `Строка ${group.line}: выбранного партнёра уже нет в реестре. Обновите просмотр.`,
        );
      }
      return choice;
    }
    const found = matchPartner(group.partnerText, registry);
    if (found.id !== null) return found.id;
    if (found.candidates.length > 0) {
      throw new AppError(
        'invalid_input',
        `Строка ${group.line}: название ${quoted(group.partnerText)} подходит нескольким партнёрам — выберите, какой это.`,
      );
    }
    return 'new';
  }

  /** Writes the forms and effects of every row without problems, or nothing at all. */
  async commit(
    file: PickedFile & { choices: readonly ModelChoice[]; categoryId: number | null },
  ): Promise<ModelImportResult> {
    const model = await this.readGroups(file);
    const choices = new Map(file.choices.map((c) => [c.line, c.target]));
    return this.db.transaction(() => {
      const registry = this.registry();
      const result = { created: 0, updated: 0, forms: 0, effects: 0, skipped: 0 };
      const undo: ModelImportUndo = { created: [], added: [] };
      const createdByName = new Map<string, number>();
      const touched = new Set<number>();
      for (const group of model.groups) {
        if (group.problems.length > 0) {
          result.skipped += 1;
          continue;
        }
        let target = this.targetOf(group, choices.get(group.line), registry);
        if (target === 'skip') {
          result.skipped += 1;
          continue;
        }
        if (target === 'new') target = createdByName.get(comparableName(group.partnerText)) ?? 'new';
        if (target === 'new') {
          if (file.categoryId === null) {
            throw new AppError('invalid_input', 'Выберите направление, в которое войдут новые партнёры.', {
              categoryId: 'Выберите направление',
            });
          }
          const fields: PartnerFields = {
            ...blankPartnerFields(file.categoryId),
            fullName: group.partnerText,
            forms: group.forms.map((text) => ({ text, taskIds: [] })),
            effects: group.effects,
          };
          const created = this.partners.create(fields);
          createdByName.set(comparableName(group.partnerText), created.id);
          undo.created.push(created.id);
          result.created += 1;
          result.forms += group.forms.length;
          result.effects += group.effects.length;
          continue;
        }
        const added = this.addTo(target, group);
        if (added.forms.length + added.effects.length === 0) continue;
        if (!undo.created.includes(target)) undo.added.push(added);
        if (!touched.has(target) && !undo.created.includes(target)) result.updated += 1;
        touched.add(target);
        result.forms += added.forms.length;
        result.effects += added.effects.length;
      }
      const undoToken = saveDeletedRecord(this.db, UNDO_KIND, 0, undo, this.partners.nowIso());
      return { ...result, undoToken };
    })();
  }

  /** Adds the group's forms and effects the partner does not have yet after its own, and says which. */
  private addTo(id: number, group: ModelGroup): ModelImportUndo['added'][number] {
    const existing = findPartner(this.db, id);
    if (!existing) throw new AppError('not_found', `Строка ${group.line}: партнёра нет в реестре. Обновите просмотр.`);
    const forms = missing(
      group.forms,
      existing.forms.map((f) => f.text),
    );
    const effects = missing(group.effects, existing.effects);
    if (existing.forms.length + forms.length > MAX_ITEMS || existing.effects.length + effects.length > MAX_ITEMS) {
      throw new AppError(
        'invalid_input',
        `Строка ${group.line}: у партнёра ${quoted(existing.fullName)} будет больше ${MAX_ITEMS} форм или эффектов.`,
      );
    }
    if (forms.length + effects.length > 0) {
      this.partners.update(id, {
        ...existing,
        status: this.partners.standing(id).status,
        forms: [...existing.forms, ...forms.map((text) => ({ text, taskIds: [] }))],
        effects: [...existing.effects, ...effects],
      });
    }
    return { id, forms, effects };
  }

  /**
   * Takes an import back: the partners it added are deleted (refused when something refers to them already) and
   * the forms and effects it added to others removed; what the office changed since stays.
   */
  undo(token: number): { partners: number } {
    return this.db.transaction(() => {
      const taken = takeDeletedRecord(this.db, token, UNDO_KIND);
      if (!taken) throw new AppError('not_found', 'Импорт уже отменён или запись о нём не сохранилась.');
      const { created, added } = taken.payload as ModelImportUndo;
      let partners = 0;
      for (const { id, forms, effects } of added) {
        const existing = findPartner(this.db, id);
        if (!existing) continue;
        const formKeys = new Set(forms.map(comparableName));
        const effectKeys = new Set(effects.map(comparableName));
        this.partners.update(id, {
          ...existing,
          status: this.partners.standing(id).status,
          forms: existing.forms.filter((f) => !formKeys.has(comparableName(f.text))),
          effects: existing.effects.filter((e) => !effectKeys.has(comparableName(e))),
        });
        partners += 1;
      }
      for (const id of created) {
        if (!this.partners.exists(id)) continue;
        this.partners.removeUnreferenced(id);
        partners += 1;
      }
      return { partners };
    })();
  }
}
