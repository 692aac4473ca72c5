import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import type {
  Duplicate,
  PartnerDetail,
  PartnerFields,
  PartnerFilter,
  PartnerSummary,
  Stage,
} from '../contract/partners';
import { AppError } from '../errors';
import {
  categoryExists,
  countReferences,
  deletePartnerRow,
  existingTaskIds,
  findPartner,
  insertCategory,
  insertPartner,
  listCategories,
  listPartners,
  partnerExists,
  readDocumentPartners,
  type DocumentPartner,
  insertStageHistory,
  listNamesAndInns,
  listStageHistory,
  replaceStageHistory,
  saveDeletedRecord,
  setPartnerStage,
  setPartnerStatus,
  takeDeletedRecord,
  updatePartner,
  type PartnerRecord,
  type StageHistoryRow,
} from './repository';
import { comparableName } from '../contract/text-folding';
import { missingFor, stageChecks, type StageFactsSource } from './stage-rules';

/** What each table that refers to a partner holds, in the refusal to delete a partner it refers to. */
/** Why a record naming a partner that is gone is refused. */
export const PARTNER_GONE = 'Партнёр не найден: возможно, он удалён. Выберите партнёра из списка.';

export const REFERENCE_LABELS: Record<string, string> = {
  agreements: 'договоры',
  plan_item_partners: 'пункты плана',
  event_partners: 'мероприятия',
  loans: 'записи о ресурсах партнёра',
  clubs: 'кружки',
  acquisitions: 'пункты плана приобретения',
  staff_development: 'записи о повышении квалификации',
  review_decisions: 'решения по итогам года',
};

interface DeletedPartner {
  record: PartnerRecord;
  history: StageHistoryRow[];
}

const NOT_FOUND = 'Партнёр не найден: возможно, он уже удалён.';

export class PartnersService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
    /** What the agreements, the plan and the calendar know of a partner, for its stage. */
    private readonly facts: StageFactsSource,
  ) {}

  private today(): string {
    return localIsoDate(this.now());
  }

  private require(id: number): PartnerRecord {
    const record = findPartner(this.db, id);
    if (!record) throw new AppError('not_found', NOT_FOUND);
    return record;
  }

  private checksFor(id: number, formsCount: number, year: string) {
    return stageChecks({
      formsCount,
      agreementInForce: this.facts.agreementInForce(id),
      planItems: this.facts.planItems(id, year),
      heldEvents: this.facts.heldEvents(id),
      reviewDecision: this.facts.reviewDecision(id, year),
      year,
    });
  }

  detail(id: number, year?: string): PartnerDetail {
    const record = this.require(id);
    return {
      ...record,
      stageHistory: listStageHistory(this.db, id),
      stageChecks: this.checksFor(id, record.forms.length, year ?? academicYearOf(this.today())),
    };
  }

  /** Refuses references to what the store does not hold; zod has checked everything else at the seam. */
  private checkReferences(fields: PartnerFields): void {
    const errors: Record<string, string> = {};
    if (!categoryExists(this.db, fields.categoryId)) errors['categoryId'] = 'Выберите направление из списка';
    const taskIds = [...new Set(fields.forms.flatMap((f) => f.taskIds))];
    const known = existingTaskIds(this.db, taskIds);
    fields.forms.forEach((form, i) => {
      if (form.taskIds.some((t) => !known.has(t))) errors[`forms.${i}.taskIds`] = 'Такой задачи нет в программе';
    });
    if (Object.keys(errors).length > 0) throw new AppError('invalid_input', 'Проверьте введённые данные.', errors);
  }

  create(fields: PartnerFields): PartnerDetail {
    this.checkReferences(fields);
    const stamp = this.now().toISOString();
    const id = this.db.transaction(() => {
      const newId = insertPartner(this.db, fields, { stage: 1, createdAt: stamp, updatedAt: stamp });
      insertStageHistory(this.db, newId, {
        fromStage: null,
        toStage: 1,
        date: this.today(),
        comment: 'Внесён в реестр',
        recordedAt: stamp,
      });
      return newId;
    })();
    return this.detail(id);
  }

  update(id: number, fields: PartnerFields): PartnerDetail {
    this.require(id);
    this.checkReferences(fields);
    this.db.transaction(() => updatePartner(this.db, id, fields, this.now().toISOString()))();
    return this.detail(id);
  }

  /** Partners whose ИНН is the same, or whose name is the same without case, quotes and extra spaces. */
  findDuplicates(input: { id?: number; fullName: string; inn: string }): Duplicate[] {
    const name = comparableName(input.fullName);
    const inn = input.inn.trim();
    const found: Duplicate[] = [];
    for (const p of listNamesAndInns(this.db)) {
      if (p.id === input.id) continue;
      if (inn && p.inn === inn) found.push({ id: p.id, fullName: p.fullName, reason: 'inn' });
      else if (name && (comparableName(p.fullName) === name || (p.shortName && comparableName(p.shortName) === name))) {
        found.push({ id: p.id, fullName: p.fullName, reason: 'name' });
      }
    }
    return found;
  }

  /** Deletes a partner nothing refers to, keeping it whole so that the deletion can be undone. */
  delete(id: number): { undoToken: number; fullName: string } {
    const record = this.require(id);
    const references = countReferences(this.db, id);
    if (references.length > 0) {
      const what = references.map((r) => `${REFERENCE_LABELS[r.table] ?? r.table} (${r.count})`).join(', ');
      throw new AppError(
        'conflict',
        `Партнёра «${record.fullName}» нельзя удалить: на него ссылаются ${what}. ` +
          'Его можно перевести в архив (статус «Бывший») — вся история сохранится.',
      );
    }
    const payload: DeletedPartner = { record, history: listStageHistory(this.db, id) };
    const undoToken = this.db.transaction(() => {
      const token = saveDeletedRecord(this.db, 'partner', id, payload, this.now().toISOString());
      deletePartnerRow(this.db, id);
      return token;
    })();
    return { undoToken, fullName: record.fullName };
  }

  undoDelete(token: number): PartnerDetail {
    const id = this.db.transaction(() => {
      const taken = takeDeletedRecord(this.db, token, 'partner');
      if (!taken) throw new AppError('not_found', 'Удаление уже отменено или запись о нём не сохранилась.');
      const { record, history } = taken.payload as DeletedPartner;
      const idFree = findPartner(this.db, record.id) === undefined;
      const fields: PartnerFields = { ...record };
      if (!categoryExists(this.db, fields.categoryId)) fields.categoryId = insertCategory(this.db, record.category);
      const known = existingTaskIds(
        this.db,
        fields.forms.flatMap((f) => f.taskIds),
      );
      fields.forms = fields.forms.map((f) => ({ text: f.text, taskIds: f.taskIds.filter((t) => known.has(t)) }));
      const restoredId = insertPartner(this.db, fields, {
        stage: record.stage,
        createdAt: record.createdAt,
        updatedAt: this.now().toISOString(),
        ...(idFree ? { id: record.id } : {}),
      });
      replaceStageHistory(this.db, restoredId, history);
      return restoredId;
    })();
    return this.detail(id);
  }

  archive(id: number): PartnerDetail {
    this.require(id);
    setPartnerStatus(this.db, id, 'former', this.now().toISOString());
    return this.detail(id);
  }

  /** Moves a partner to a stage; moving on needs what the data must show for every stage up to it. */
  setStage(input: { id: number; stage: Stage; date: string; comment: string; year?: string }): PartnerDetail {
    const current = this.detail(input.id, input.year);
    if (input.stage === current.stage) {
      throw new AppError('conflict', `Партнёр уже на ${input.stage} этапе.`);
    }
    if (input.stage > current.stage) {
      const missing = missingFor(current.stageChecks, input.stage);
      if (missing.length > 0) {
        throw new AppError(
          'conflict',
          `Перевести на ${input.stage} этап нельзя: не выполнено — ${missing.map((m) => m.label.toLowerCase()).join('; ')}.`,
        );
      }
    }
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      insertStageHistory(this.db, input.id, {
        fromStage: current.stage,
        toStage: input.stage,
        date: input.date,
        comment: input.comment,
        recordedAt: stamp,
      });
      setPartnerStage(this.db, input.id, input.stage, stamp);
    })();
    return this.detail(input.id, input.year);
  }
  list(filter: PartnerFilter): PartnerSummary[] {
    return listPartners(this.db, filter);
  }

  categories(): { id: number; name: string; partnersCount: number }[] {
    return listCategories(this.db);
  }

  /** A new direction (category) of partners; a name the list has already, in any case or quotes, is refused. */
  addCategory(name: string): { id: number; name: string; partnersCount: number } {
    const existing = listCategories(this.db).find((c) => comparableName(c.name) === comparableName(name));
    if (existing) {
      throw new AppError('conflict', `Направление «${existing.name}» уже есть.`, {
        name: 'Такое направление уже есть',
      });
    }
    return { id: insertCategory(this.db, name), name, partnersCount: 0 };
  }

  /** The partners a document is about: the chosen ones (each must still exist), or else every active partner. */
  documentPartners(ids?: readonly number[]): DocumentPartner[] {
    const partners = readDocumentPartners(this.db, ids);
    const missing = ids === undefined ? 0 : new Set(ids).size - partners.length;
    if (missing > 0) {
      throw new AppError(
        'not_found',
        missing === 1
          ? 'Один из выбранных партнёров не найден: возможно, он уже удалён. Обновите список и выберите снова.'
          : 'Некоторые из выбранных партнёров не найдены: возможно, они уже удалены. Обновите список и выберите снова.',
      );
    }
    return partners;
  }
  exists(id: number): boolean {
    return partnerExists(this.db, id);
  }

  /** Refuses a record that names a partner the store no longer holds, with the message at the given fields. */
  requireExisting(id: number, fieldMessages: Record<string, string>): void {
    if (!partnerExists(this.db, id)) throw new AppError('not_found', PARTNER_GONE, fieldMessages);
  }
}
