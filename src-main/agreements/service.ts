import type Database from 'better-sqlite3';
import { localIsoDate } from '../contract/academic-year';
import {
  IN_FORCE,
  type AgreementDetail,
  type AgreementFields,
  type AgreementFilter,
  type AgreementSummary,
  type AgreementTerm,
  type AmendmentFields,
} from '../contract/agreements';
import { daysBetween } from '../contract/dates';
import type { AgreementSettings } from '../contract/settings';
import { AppError } from '../errors';
import { latestPlannedByPartner } from '../events/occurrences';
import { foldForSearch } from '../contract/text-folding';
import { nextNumberByPattern } from './numbering';
import { unknownPlaceholders } from './templates/placeholders';
import {
  agreementWithNumber,
  allNumbers,
  deleteAgreementRow,
  deleteAmendmentRow,
  findAgreementRow,
  findAmendment,
  insertAgreement,
  insertAmendment,
  partnerIdExists,
  scanCounts,
  scansOf,
  templateExists,
  listAgreementSummaryRows,
  listAmendments,
  setTermination,
  touchAgreement,
  updateAgreement,
  updateAmendment,
  type AgreementRow,
  type AgreementSummaryRow,
  type AmendmentRow,
} from './repository';
import { agreementTerm, type TermFacts } from './status';
import { quoted } from '../contract/quote';

const NOT_FOUND = 'Договор не найден: возможно, он уже удалён.';
const NO_AMENDMENTS: readonly AmendmentRow[] = [];

/**
 * Whether an agreement's number or partner's name holds the search (folded: case, ё, spaces); any agreement when
 * there is none. Each partner's name is folded once, not once per agreement.
 */
function searchMatcher(search: string): (row: AgreementSummaryRow) => boolean {
  const folded = foldForSearch(search);
  if (folded === '') return () => true;
  const names = new Map<number, string>();
  return (row) => {
    let name = names.get(row.partnerId);
    if (name === undefined) names.set(row.partnerId, (name = foldForSearch(row.partnerName)));
    return `${foldForSearch(row.number)} ${name}`.includes(folded);
  };
}
const STALE_DRAFT_DAYS = 30;

export interface AgreementsDeps {
  db: Database.Database;
  now: () => Date;
  settings: () => AgreementSettings;
}

export class AgreementsService {
  constructor(private readonly deps: AgreementsDeps) {}

  private get db() {
    return this.deps.db;
  }

  today(): string {
    return localIsoDate(this.deps.now());
  }

  /**
   * Where agreements stand today: every agreement of a list judged on the same day with the same warning window.
   */
  private terms(): (row: Omit<TermFacts, 'amendments'>, amendments: readonly AmendmentRow[]) => AgreementTerm {
    const today = this.today();
    const { warningDays } = this.deps.settings();
    return (row, amendments) => agreementTerm({ ...row, amendments }, today, warningDays);
  }

  private require(id: number): AgreementRow {
    const row = findAgreementRow(this.db, id);
    if (!row) throw new AppError('not_found', NOT_FOUND);
    return row;
  }

  /**
   * The register: one pass over the rows, each judged once and written straight into its summary. It is the
   * busiest list of the app (2,000 agreements over 25 years), so it makes no object it does not return.
   */
  list(filter: AgreementFilter): AgreementSummary[] {
    const rows = listAgreementSummaryRows(this.db, filter.partnerId);
    // One partner's agreements (its card, its stage) read only their own amendments; the register reads all at once.
    const amendments = Map.groupBy(
      filter.partnerId === undefined ? listAmendments(this.db) : rows.flatMap((r) => listAmendments(this.db, r.id)),
      (a) => a.agreementId,
    );
    const scans = scanCounts(this.db);
    const matches = searchMatcher(filter.search ?? '');
    const types = filter.types?.length ? new Set(filter.types) : null;
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
    const today = this.today();
    const { warningDays } = this.deps.settings();
    const summaries: AgreementSummary[] = [];
    for (const row of rows) {
      if ((types && !types.has(row.type)) || !matches(row)) continue;
      const own = amendments.get(row.id) ?? NO_AMENDMENTS;
      const term = agreementTerm(
        {
          signedOn: row.signedOn,
          endsOn: row.endsOn,
          prolongation: row.prolongation,
          prolongationYears: row.prolongationYears,
          terminatedOn: row.terminatedOn,
          amendments: own,
        },
        today,
        warningDays,
      );
      if (statuses && !statuses.has(term.status)) continue;
      summaries.push({
        status: term.status,
        currentEndsOn: term.currentEndsOn,
        effectiveEndsOn: term.effectiveEndsOn,
        daysLeft: term.daysLeft,
        id: row.id,
        partnerId: row.partnerId,
        partnerName: row.partnerName,
        type: row.type,
        number: row.number,
        signedOn: row.signedOn,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        createdAt: row.createdAt,
        amendmentsCount: own.length,
        scansCount: scans.get(row.id) ?? 0,
      });
    }
    return summaries;
  }

  detail(id: number): AgreementDetail {
    const row = this.require(id);
    const amendments = listAmendments(this.db, id);
    return {
      ...row,
      term: this.terms()(row, amendments),
      amendments: amendments.map(({ agreementId: _, ...a }) => a),
      scans: scansOf(this.db, id),
    };
  }

  /**
   * Which partners had an agreement in force on at least one day from `from` to `to` (the review's «partners with
   * an agreement»), for many spans (every year of the dynamics) with the agreements read once. Each signed
   * agreement is judged on the first day of the span it could be in force.
   */
  inForceReader(): (from: string, to: string) => Set<number> {
    const amendments = Map.groupBy(listAmendments(this.db), (a) => a.agreementId);
    const rows = listAgreementSummaryRows(this.db);
    return (from, to) => {
      const partners = new Set<number>();
      for (const row of rows) {
        const start = row.startsOn ?? row.signedOn;
        if (row.signedOn === null || start === null) continue;
        const day = start > from ? start : from;
        if (day > to) continue;
        const term = agreementTerm({ ...row, amendments: amendments.get(row.id) ?? [] }, day, 0);
        if (IN_FORCE.includes(term.status)) partners.add(row.partnerId);
      }
      return partners;
    };
  }

  nextNumber(signedOn: string | null): string {
    const year = Number((signedOn ?? this.today()).slice(0, 4));
    return nextNumberByPattern(this.deps.settings().numberPattern, year, allNumbers(this.db));
  }

  private checkFields(fields: AgreementFields, id?: number): void {
    const errors: Record<string, string> = {};
    if (!partnerIdExists(this.db, fields.partnerId)) {
      errors['partnerId'] = 'Партнёр не найден: выберите партнёра из списка';
    }
    const holder = agreementWithNumber(this.db, fields.number);
    if (holder !== undefined && holder !== id)
      errors['number'] = `Номер ${quoted(fields.number)} уже есть у другого договора`;
    if (fields.templateId !== null && !templateExists(this.db, fields.templateId)) {
      errors['templateId'] = 'Шаблон не найден';
    }
    // An own text's fields are filled when it prints: a misspelt one would print in braces.
    const unknown = unknownPlaceholders(fields.text);
    if (unknown.length > 0) {
      errors['text'] =
        `${unknown.length === 1 ? 'Неизвестное поле' : 'Неизвестные поля'}: ${unknown.join(', ')}. ` +
        'Исправьте написание или вставьте поле из списка «Вставить поле».';
    }
    if (Object.keys(errors).length > 0) throw new AppError('invalid_input', 'Проверьте введённые данные.', errors);
  }

  create(fields: AgreementFields): AgreementDetail {
    this.checkFields(fields);
    const id = this.db.transaction(() => insertAgreement(this.db, fields, this.deps.now().toISOString()))();
    return this.detail(id);
  }

  update(id: number, fields: AgreementFields): AgreementDetail {
    this.require(id);
    this.checkFields(fields, id);
    this.db.transaction(() => updateAgreement(this.db, id, fields, this.deps.now().toISOString()))();
    return this.detail(id);
  }

  terminate(id: number, date: string, reason: string): AgreementDetail {
    const row = this.require(id);
    if (row.signedOn === null) {
      throw new AppError('conflict', 'Черновик не подписан, расторгать нечего: его можно удалить.');
    }
    if (date < row.signedOn) {
      throw new AppError('invalid_input', 'Проверьте введённые данные.', {
        date: 'Дата расторжения раньше даты подписания',
      });
    }
    setTermination(this.db, id, date, reason, this.deps.now().toISOString());
    return this.detail(id);
  }

  /** Deletes the agreement with its amendments; the caller removes its files first. */
  delete(id: number): void {
    this.require(id);
    deleteAgreementRow(this.db, id);
  }

  private checkAmendment(agreement: AgreementRow, fields: AmendmentFields): void {
    if (agreement.signedOn && fields.signedOn < agreement.signedOn) {
      throw new AppError('invalid_input', 'Проверьте введённые данные.', {
        signedOn: 'Дополнительное соглашение не может быть подписано раньше договора',
      });
    }
    const start = agreement.startsOn ?? agreement.signedOn;
    if (fields.newEndsOn && start && fields.newEndsOn < start) {
      throw new AppError('invalid_input', 'Проверьте введённые данные.', {
        newEndsOn: 'Новая дата окончания раньше начала договора',
      });
    }
  }

  addAmendment(agreementId: number, fields: AmendmentFields): AgreementDetail {
    const agreement = this.require(agreementId);
    this.checkAmendment(agreement, fields);
    const stamp = this.deps.now().toISOString();
    this.db.transaction(() => {
      insertAmendment(this.db, agreementId, fields, stamp);
      touchAgreement(this.db, agreementId, stamp);
    })();
    return this.detail(agreementId);
  }

  private requireAmendment(id: number): AmendmentRow {
    const amendment = findAmendment(this.db, id);
    if (!amendment) throw new AppError('not_found', 'Дополнительное соглашение не найдено: возможно, оно уже удалено.');
    return amendment;
  }

  updateAmendment(id: number, fields: AmendmentFields): AgreementDetail {
    const amendment = this.requireAmendment(id);
    this.checkAmendment(this.require(amendment.agreementId), fields);
    updateAmendment(this.db, id, fields);
    return this.detail(amendment.agreementId);
  }

  /** An amendment with the agreement it changes, for printing. */
  amendmentWithAgreement(id: number): { agreement: AgreementDetail; amendment: AmendmentRow } {
    const amendment = this.requireAmendment(id);
    return { agreement: this.detail(amendment.agreementId), amendment };
  }

  deleteAmendment(id: number): AgreementDetail {
    const amendment = this.requireAmendment(id);
    const last = listAmendments(this.db, amendment.agreementId).at(-1);
    if (last && last.id !== id) {
      throw new AppError('conflict', `Удалить можно только последнее дополнительное соглашение (№ ${last.number}).`);
    }
    deleteAmendmentRow(this.db, id);
    return this.detail(amendment.agreementId);
  }

  /** What Главная lists: agreements about to expire, ended ones with events still planned, stale drafts. */
  attention() {
    const all = this.list({});
    const today = this.today();
    const ended = lastEndedWithoutSuccessor(
      all,
      all.filter((a) => (a.status === 'expired' || a.status === 'terminated') && a.effectiveEndsOn !== null),
    );
    // The events still planned after the earliest of those ends are summed up once: each partner's last planned
    // day tells whether any comes after its agreement's end.
    const earliest = ended.reduce<string | null>(
      (min, a) => (min === null || (a.effectiveEndsOn ?? min) < min ? a.effectiveEndsOn : min),
      null,
    );
    const latestPlanned = earliest === null ? new Map<number, string>() : latestPlannedByPartner(this.db, earliest);
    return {
      warningDays: this.deps.settings().warningDays,
      expiring: all.filter((a) => a.status === 'expiring').sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0)),
      expiredWithPlannedEvents: ended.filter(
        (a) => a.effectiveEndsOn !== null && (latestPlanned.get(a.partnerId) ?? '') > a.effectiveEndsOn,
      ),
      staleDrafts: all.filter(
        (a) => a.status === 'draft' && daysBetween(a.createdAt.slice(0, 10), today) > STALE_DRAFT_DAYS,
      ),
    };
  }
}

/**
 * Of the agreements that ended, those the office still has to act on: for each partner only the one that ended
 * last, and none where another agreement with the partner is in force now (a renewal) — so that years of old
 * agreements do not fill Главная.
 */
function lastEndedWithoutSuccessor(all: readonly AgreementSummary[], ended: readonly AgreementSummary[]) {
  const renewed = new Set(all.filter((a) => IN_FORCE.includes(a.status)).map((a) => a.partnerId));
  const last = new Map<number, AgreementSummary>();
  for (const a of ended) {
    const current = last.get(a.partnerId);
    if (!renewed.has(a.partnerId) && (!current || (a.effectiveEndsOn ?? '') > (current.effectiveEndsOn ?? ''))) {
      last.set(a.partnerId, a);
    }
  }
  return ended.filter((a) => last.get(a.partnerId) === a);
}
