import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import {
  PARTNER_STATUSES,
  PARTNER_STATUS_LABELS,
  type Duplicate,
  type PartnerDetail,
  type PartnerFields,
  type PartnerFilter,
  type PartnerStatus,
  type PartnerSummary,
  type Stage,
} from '../contract/partners';
import { writesSoFar } from '../db/statements';
import { AppError } from '../errors';
import {
  categoryExists,
  countReferences,
  deletePartnerRow,
  deleteStageOverride,
  deleteStatusOverride,
  existingTaskIds,
  findPartner,
  findStatusOverride,
  insertCategory,
  insertPartner,
  listCategories,
  partnerExists,
  readDocumentPartners,
  type DocumentPartner,
  insertStageHistory,
  listNamesAndInns,
  listPartnerRows,
  listStageHistory,
  listStageOverrides,
  replaceStageHistory,
  saveDeletedRecord,
  saveStageOverride,
  saveStatusOverride,
  takeDeletedRecord,
  updatePartner,
  type PartnerRecord,
  type StageHistoryRow,
  type StageOverride,
  type StatusOverride,
} from './repository';
import { comparableName } from '../contract/text-folding';
import { partnerYears, readStandings, type Standing } from './standing';
import { quoted } from '../contract/quote';

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
  statusOverride?: StatusOverride;
  stageOverrides?: StageOverride[];
}

/** The reasons the app gives for a status it sets by hand on the office's behalf. */
export const STATUS_REASONS = {
  created: 'указан при внесении в реестр',
  edited: 'изменён в сведениях о партнёре',
  archived: 'переведён в архив',
} as const;

const NOT_FOUND = 'Партнёр не найден: возможно, он уже удалён.';

export class PartnersService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  private kept: { key: string; standings: Map<number, Standing> } | null = null;

  private today(): string {
    return localIsoDate(this.now());
  }

  private currentYear(): string {
    return academicYearOf(this.today());
  }

  private require(id: number): PartnerRecord {
    const record = findPartner(this.db, id);
    if (!record) throw new AppError('not_found', NOT_FOUND);
    return record;
  }

  /**
   * Every partner's standing in `year`, read once and kept until the next write (or the next day): the registry and
   * Главная ask for it on every look.
   */
  private allStandings(year: string): Map<number, Standing> {
    const key = [year, this.today(), writesSoFar(this.db)].join('|');
    if (this.kept?.key !== key) this.kept = { key, standings: readStandings(this.db, { year, today: this.today() }) };
    return this.kept.standings;
  }

  /**
   * Every partner's status and stage of `year`, as the registry shows them (kept until the next write): the review
   * reads them for the year's partners.
   */
  standings(year: string): ReadonlyMap<number, Standing> {
    return this.allStandings(year);
  }

  /** What documents print of a partner: its names, head, requisites and contacts, without its standing. */
  record(id: number): PartnerRecord {
    return this.require(id);
  }

  /** The partner's status and its stage of `year`, derived from the records or set by hand. */
  standing(id: number, year?: string): Standing {
    const standing = readStandings(this.db, { year: year ?? this.currentYear(), today: this.today(), ids: [id] }).get(
      id,
    );
    if (!standing) throw new AppError('not_found', NOT_FOUND);
    return standing;
  }

  detail(id: number, year?: string): PartnerDetail {
    const record = this.require(id);
    const asked = year ?? this.currentYear();
    const standing = this.standing(id, asked);
    const years = partnerYears(this.db, id, this.currentYear());
    return {
      ...record,
      status: standing.status,
      stage: standing.stage.stage,
      standing: {
        derivedStatus: standing.derivedStatus,
        statusEvidence: standing.statusEvidence,
        statusByHand: standing.statusByHand,
        stage: { ...standing.stage },
      },
      yearStages: years.map((y) => ({ ...(y === asked ? standing.stage : this.standing(id, y).stage) })),
      stageHistory: listStageHistory(this.db, id),
      stageChecks: [...standing.checks],
    };
  }

  /**
   * The registry: rows found by search and category, with their status and the stage of the year derived for all of
   * them in one pass, then filtered and (where asked) sorted by those.
   */
  list(filter: PartnerFilter): PartnerSummary[] {
    const rows = listPartnerRows(this.db, filter);
    const standings = this.allStandings(filter.year ?? this.currentYear());
    const statuses = filter.statuses?.length ? filter.statuses : null;
    const stages = filter.stages?.length ? filter.stages : null;
    // One pass, one object a row (the registry of thousands asks on every look).
    const filtered: PartnerSummary[] = [];
    for (const row of rows) {
      const standing = standings.get(row.id);
      if (!standing) continue;
      const { status, statusByHand } = standing;
      const { stage, byHand } = standing.stage;
      if ((statuses && !statuses.includes(status)) || (stages && !stages.includes(stage))) continue;
      filtered.push({
        id: row.id,
        fullName: row.fullName,
        shortName: row.shortName,
        categoryId: row.categoryId,
        category: row.category,
        status,
        stage,
        statusSetByHand: statusByHand !== null,
        stageSetByHand: byHand !== null,
        inn: row.inn,
        formsCount: row.formsCount,
        effectsCount: row.effectsCount,
        contactsCount: row.contactsCount,
        updatedAt: row.updatedAt,
      });
    }
    const direction = filter.descending ? -1 : 1;
    // The rows come by name in the direction asked; a stable sort keeps that order within one status or stage.
    if (filter.sort === 'status') {
      filtered.sort((a, b) => direction * (PARTNER_STATUSES.indexOf(a.status) - PARTNER_STATUSES.indexOf(b.status)));
    } else if (filter.sort === 'stage') {
      filtered.sort((a, b) => direction * (a.stage - b.stage));
    }
    return filtered;
  }

  /**
   * For Главная, from one reading: each partner's status today, and how many partners (former ones left out) are at
   * each stage of the year.
   */
  summary(year?: string): { statuses: Map<number, PartnerStatus>; byStage: Map<Stage, number> } {
    const standings = this.allStandings(year ?? this.currentYear());
    const statuses = new Map<number, PartnerStatus>();
    const byStage = new Map<Stage, number>();
    for (const [id, standing] of standings) {
      statuses.set(id, standing.status);
      if (standing.status !== 'former') byStage.set(standing.stage.stage, (byStage.get(standing.stage.stage) ?? 0) + 1);
    }
    return { statuses, byStage };
  }

  /** Each partner's status today (derived or set by hand). */
  statuses(): Map<number, PartnerStatus> {
    return this.summary().statuses;
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

  /**
   * A status typed with the partner's other fields is kept only where it differs from what the records give: then
   * it is a status set by hand.
   */
  private keepTypedStatus(id: number, status: PartnerStatus, reason: string, stamp: string): void {
    const standing = this.standing(id);
    if (standing.status === status) return;
    saveStatusOverride(this.db, id, { status, reason, setOn: this.today(), recordedAt: stamp });
  }

  create(fields: PartnerFields): PartnerDetail {
    this.checkReferences(fields);
    const stamp = this.now().toISOString();
    const id = this.db.transaction(() => {
      const newId = insertPartner(this.db, fields, { createdAt: stamp, updatedAt: stamp });
      insertStageHistory(this.db, newId, {
        year: this.currentYear(),
        fromStage: null,
        toStage: 1,
        date: this.today(),
        comment: 'Внесён в реестр',
        recordedAt: stamp,
      });
      this.keepTypedStatus(newId, fields.status, STATUS_REASONS.created, stamp);
      return newId;
    })();
    return this.detail(id);
  }

  update(id: number, fields: PartnerFields): PartnerDetail {
    this.require(id);
    this.checkReferences(fields);
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      updatePartner(this.db, id, fields, stamp);
      this.keepTypedStatus(id, fields.status, STATUS_REASONS.edited, stamp);
    })();
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
  private refuseReferenced(record: PartnerRecord): void {
    const references = countReferences(this.db, record.id);
    if (references.length > 0) {
      const what = references.map((r) => `${REFERENCE_LABELS[r.table] ?? r.table} (${r.count})`).join(', ');
      throw new AppError(
        'conflict',
        `Партнёра ${quoted(record.fullName)} нельзя удалить: на него ссылаются ${what}. ` +
          'Его можно перевести в архив (статус «Бывший») — вся история сохранится.',
      );
    }
  }

  delete(id: number): { undoToken: number; fullName: string } {
    const record = this.require(id);
    this.refuseReferenced(record);
    const payload: DeletedPartner = {
      record,
      history: listStageHistory(this.db, id),
      statusOverride: findStatusOverride(this.db, id),
      stageOverrides: listStageOverrides(this.db, id),
    };
    const undoToken = this.db.transaction(() => {
      const token = saveDeletedRecord(this.db, 'partner', id, payload, this.now().toISOString());
      deletePartnerRow(this.db, id);
      return token;
    })();
    return { undoToken, fullName: record.fullName };
  }

  /** Deletes for good a partner nothing refers to (an import taken back); refuses one something refers to. */
  removeUnreferenced(id: number): void {
    this.refuseReferenced(this.require(id));
    deletePartnerRow(this.db, id);
  }

  /** The moment now, as records stamp it. */
  nowIso(): string {
    return this.now().toISOString();
  }

  undoDelete(token: number): PartnerDetail {
    const id = this.db.transaction(() => {
      const taken = takeDeletedRecord(this.db, token, 'partner');
      if (!taken) throw new AppError('not_found', 'Удаление уже отменено или запись о нём не сохранилась.');
      const { record, history, statusOverride, stageOverrides } = taken.payload as DeletedPartner;
      const idFree = findPartner(this.db, record.id) === undefined;
      const fields = { ...record };
      if (!categoryExists(this.db, fields.categoryId)) fields.categoryId = insertCategory(this.db, record.category);
      const known = existingTaskIds(
        this.db,
        fields.forms.flatMap((f) => f.taskIds),
      );
      fields.forms = fields.forms.map((f) => ({ text: f.text, taskIds: f.taskIds.filter((t) => known.has(t)) }));
      const restoredId = insertPartner(this.db, fields, {
        createdAt: record.createdAt,
        updatedAt: this.now().toISOString(),
        ...(idFree ? { id: record.id } : {}),
      });
      replaceStageHistory(this.db, restoredId, history);
      if (statusOverride) saveStatusOverride(this.db, restoredId, statusOverride);
      for (const o of stageOverrides ?? []) saveStageOverride(this.db, restoredId, o);
      return restoredId;
    })();
    return this.detail(id);
  }

  archive(id: number, reason: string = STATUS_REASONS.archived, date = this.today()): PartnerDetail {
    return this.setStatus({ id, status: 'former', reason, date });
  }

  /** Sets the status by hand: it stays, with its reason, whatever the agreements say, until lifted. */
  setStatus(input: { id: number; status: PartnerStatus; reason: string; date: string }): PartnerDetail {
    this.require(input.id);
    const stamp = this.now().toISOString();
    this.db.transaction(() =>
      saveStatusOverride(this.db, input.id, {
        status: input.status,
        reason: input.reason,
        setOn: input.date,
        recordedAt: stamp,
      }),
    )();
    return this.detail(input.id);
  }

  /** Lifts a status set by hand: the status follows the agreements again. */
  liftStatus(id: number): PartnerDetail {
    this.require(id);
    if (!this.db.transaction(() => deleteStatusOverride(this.db, id))()) {
      throw new AppError(
        'conflict',
        `Статус не устанавливался вручную: он определяется по договорам (сейчас ${quoted(PARTNER_STATUS_LABELS[this.standing(id).status].toLowerCase())}).`,
      );
    }
    return this.detail(id);
  }

  /** Sets the stage of an academic year by hand, with its reason: it stays until lifted, whatever the records show. */
  setStage(input: { id: number; stage: Stage; date: string; reason: string; year?: string }): PartnerDetail {
    this.require(input.id);
    const year = input.year ?? this.currentYear();
    const current = this.standing(input.id, year).stage;
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      saveStageOverride(this.db, input.id, {
        year,
        stage: input.stage,
        reason: input.reason,
        setOn: input.date,
        recordedAt: stamp,
      });
      insertStageHistory(this.db, input.id, {
        year,
        fromStage: current.stage,
        toStage: input.stage,
        date: input.date,
        comment: `Установлен вручную: ${input.reason}`,
        recordedAt: stamp,
      });
    })();
    return this.detail(input.id, year);
  }

  /** Lifts the stage set by hand for a year: the stage follows the year's records again. */
  liftStage(input: { id: number; year?: string }): PartnerDetail {
    this.require(input.id);
    const year = input.year ?? this.currentYear();
    const current = this.standing(input.id, year).stage;
    if (current.byHand === null) {
      throw new AppError(
        'conflict',
        `Этап ${year} учебного года не устанавливался вручную: он определяется по данным (${current.stage} этап).`,
      );
    }
    const stamp = this.now().toISOString();
    this.db.transaction(() => {
      deleteStageOverride(this.db, input.id, year);
      insertStageHistory(this.db, input.id, {
        year,
        fromStage: current.stage,
        toStage: current.derived,
        date: this.today(),
        comment: 'Ручная установка снята: этап определяется по данным',
        recordedAt: stamp,
      });
    })();
    return this.detail(input.id, year);
  }

  categories(): { id: number; name: string; partnersCount: number }[] {
    return listCategories(this.db);
  }

  /** A new direction (category) of partners; a name the list has already, in any case or quotes, is refused. */
  addCategory(name: string): { id: number; name: string; partnersCount: number } {
    const existing = listCategories(this.db).find((c) => comparableName(c.name) === comparableName(name));
    if (existing) {
      throw new AppError('conflict', `Направление ${quoted(existing.name)} уже есть.`, {
        name: 'Такое направление уже есть',
      });
    }
    return { id: insertCategory(this.db, name), name, partnersCount: 0 };
  }

  /**
   * The partners a document is about: the chosen ones (each must still exist), or else those the school works or may
   * work with (neither suspended nor former, their status derived or set by hand).
   */
  documentPartners(ids?: readonly number[]): DocumentPartner[] {
    const current = () =>
      [...this.statuses()].flatMap(([id, status]) => (status === 'active' || status === 'potential' ? [id] : []));
    const partners = readDocumentPartners(this.db, ids ?? current());
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
