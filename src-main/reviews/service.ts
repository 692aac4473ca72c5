import type Database from 'better-sqlite3';
import type { AgreementsService } from '../agreements/service';
import {
  academicYearBounds,
  academicYearLabel,
  academicYearOf,
  academicYearStart,
  localIsoDate,
} from '../contract/academic-year';
import {
  DECISION_LABELS,
  yearFiguresSchema,
  type Decision,
  type IndicatorKey,
  type Member,
  type PartnerDecision,
  type Review,
  type Target,
  type YearFigures,
} from '../contract/reviews';
import { IN_FORCE } from '../contract/agreements';
import { formatDate } from '../contract/dates';
import { writesSoFar } from '../db/statements';
import { AppError } from '../errors';
import { plannedAfter } from '../events/occurrences';
import type { EventsService } from '../events/service';
import type { PartnersService } from '../partners/service';
import { figureChanges } from './changes';
import { watchCalendarChanges, type ChangedDays } from './calendar-changes';
import { computeYearFigures, occurrenceTotals, yearIndicators, type OccurrenceTotals } from './indicators';
import { membersOf } from './members';
import {
  findReview,
  listDecisions,
  listTargets,
  replaceTargets,
  saveDecision,
  saveTexts,
  setApproval,
  yearsWithData,
  firstEventStart,
} from './repository';
import { readOccurrenceTotals } from './occurrence-totals';
import type { OccurrenceFact, YearFacts } from './year-read-model';
import { readOccurrenceFacts, readPartnerFacts, readYearRecords } from './year-repository';
import { quoted } from '../contract/quote';

export interface ReviewsDeps {
  db: Database.Database;
  now: () => Date;
  agreements: AgreementsService;
  partners: PartnersService;
  events: EventsService;
}

const APPROVED =
  'Аналитическая справка за этот учебный год утверждена: чтобы изменить её, сначала откройте её для изменений.';
const NO_DECISION = 'Решение по партнёру ещё не принято: выберите решение и сохраните его.';

type InForce = ReturnType<AgreementsService['inForceReader']>;

/** The review's kept facts and figures of each year (`ReviewsService.kept`). */
interface Kept {
  totals: Map<string, OccurrenceTotals>;
  /** The occurrences of the year whose facts were last read: thousands of rows, so one year only. */
  occurrences: Map<string, OccurrenceFact[]>;
  indicators: Map<string, YearFigures['indicators']>;
}

const EMPTY_DECISION: PartnerDecision = { rating: null, decision: null, prospects: '', appliedOn: null };

export class ReviewsService {
  /** Takes the days the writes to the calendar touched since it last ran (one reader per connection). */
  private readonly calendarChanges: () => ChangedDays[];

  constructor(private readonly deps: ReviewsDeps) {
    this.calendarChanges = watchCalendarChanges(deps.db);
  }

  private get db() {
    return this.deps.db;
  }

  today(): string {
    return localIsoDate(this.deps.now());
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  /**
   * Each year's occurrences summed up, kept until a write touches one of the year's days: the calendar is most of
   * the data and of the time a year's review takes, and a change to one year leaves the others' as they were.
   */
  private readonly totalsByYear = new Map<string, OccurrenceTotals>();

  /**
   * The occurrences of the year last asked for, with what the held ones achieved, kept like the year's totals until
   * a write touches one of its days: a year's review, its lists and its report read them again and again.
   */
  private readonly occurrencesByYear = new Map<string, OccurrenceFact[]>();

  /**
   * The indicators of each year computed since the data last changed. They are kept while the store and today
   * stay as they were (each year's families and teachers are rows of the store too): `total_changes()` counts every row this connection (the app's only
   * one) has written, so any write — and a restore, which opens a new connection and service — starts afresh.
   */
  private readonly indicatorsByYear = new Map<string, YearFigures['indicators']>();
  private indicatorsVersion = '';

  /**
   * What is kept, brought up to date first: the totals and the occurrences of the years whose days the calendar's
   * writes touched since last asked are dropped, and the indicators too when the data or the day changed.
   */
  private kept(): Kept {
    const changed = this.calendarChanges();
    if (changed.length > 0) {
      const touched = (year: string) => {
        const { from, to } = academicYearBounds(year);
        return changed.some((days) => days.first <= to && days.last >= from);
      };
      for (const kept of [this.totalsByYear, this.occurrencesByYear]) {
        for (const year of [...kept.keys()].filter(touched)) kept.delete(year);
      }
    }
    // Read after taking the calendar's changes, which writes to this connection's temporary table.
    const changes = writesSoFar(this.db);
    const version = [changes, this.today()].join('|');
    if (version !== this.indicatorsVersion) {
      this.indicatorsByYear.clear();
      this.indicatorsVersion = version;
    }
    return {
      totals: this.totalsByYear,
      occurrences: this.occurrencesByYear,
      indicators: this.indicatorsByYear,
    };
  }

  private indicatorsOf(year: string, inForce: InForce, kept: Kept): YearFigures['indicators'] {
    let indicators = kept.indicators.get(year);
    if (!indicators) {
      let totals = kept.totals.get(year);
      if (!totals) {
        const { from, to } = academicYearBounds(year);
        totals = readOccurrenceTotals(this.db, from, to);
        kept.totals.set(year, totals);
      }
      indicators = yearIndicators(readYearRecords(this.db, year, this.context(year, inForce)), totals, this.today());
      kept.indicators.set(year, indicators);
    }
    return indicators;
  }

  private context(year: string, inForce: InForce) {
    const { from, to } = academicYearBounds(year);
    return { agreementPartners: inForce(from, to) };
  }

  /**
   * Every fact of the year: its records, read each time (they are few), its occurrences as kept, and its partners
   * with the standings the partners service keeps until the next write.
   * `inForce` answers which partners had an agreement in force in a span; several years share one reading.
   */
  facts(year: string, inForce = this.deps.agreements.inForceReader()): YearFacts {
    const kept = this.kept();
    const records = readYearRecords(this.db, year, this.context(year, inForce));
    let occurrences = kept.occurrences.get(year);
    if (!occurrences) {
      occurrences = readOccurrenceFacts(this.db, records.from, records.to);
      kept.occurrences.clear();
      kept.occurrences.set(year, occurrences);
    }
    const partners = readPartnerFacts(this.db, this.deps.partners.standings(year));
    return { ...records, occurrences, partners };
  }

  /** The year's figures as the data give them now. */
  figures(year: string, inForce = this.deps.agreements.inForceReader()): YearFigures {
    const facts = this.facts(year, inForce);
    const totals = occurrenceTotals(facts.occurrences);
    const figures = computeYearFigures(facts, this.today(), totals);
    const kept = this.kept();
    kept.totals.set(year, totals);
    kept.indicators.set(year, figures.indicators);
    return figures;
  }

  get(year: string): Review {
    const row = findReview(this.db, year);
    const inForce = this.deps.agreements.inForceReader();
    const current = this.figures(year, inForce);
    const approved = row?.snapshot ? yearFiguresSchema.parse(JSON.parse(row.snapshot)) : null;
    const figures = approved ?? current;
    const decisions = listDecisions(this.db, year);
    const lastYear = academicYearLabel(academicYearStart(year) - 1);
    return {
      year,
      figures,
      previous: this.indicatorsOf(lastYear, inForce, this.kept()),
      targets: listTargets(this.db, year),
      decisions: figures.byPartner.map((p) => ({ ...p, decision: decisions.get(p.partnerId) ?? EMPTY_DECISION })),
      conclusions: row?.conclusions ?? '',
      nextTasks: row?.nextTasks ?? '',
      approval:
        row?.approvedOn && approved
          ? {
              approvedOn: row.approvedOn,
              approvedBy: row.approvedBy,
              number: row.approvalNumber,
              changes: figureChanges(approved, current),
            }
          : null,
    };
  }

  members(
    year: string,
    query: { indicator: IndicatorKey; partnerId?: number; level?: 'НОО' | 'ООО' | 'СОО' },
  ): Member[] {
    return membersOf(this.facts(year), query, this.today());
  }

  private requireOpen(year: string): void {
    if (findReview(this.db, year)?.approvedOn) throw new AppError('conflict', APPROVED);
  }

  saveTargets(year: string, targets: readonly Target[]): Target[] {
    this.requireOpen(year);
    this.db.transaction(() => replaceTargets(this.db, year, targets))();
    return listTargets(this.db, year);
  }

  saveTexts(year: string, texts: { conclusions: string; nextTasks: string }) {
    this.requireOpen(year);
    this.db.transaction(() => saveTexts(this.db, year, texts, this.stamp()))();
    return texts;
  }

  private requirePartner(partnerId: number) {
    return this.deps.partners.detail(partnerId);
  }

  saveDecision(year: string, partnerId: number, fields: Omit<PartnerDecision, 'appliedOn'>): PartnerDecision {
    this.requireOpen(year);
    this.requirePartner(partnerId);
    const current = listDecisions(this.db, year).get(partnerId);
    if (current?.appliedOn && current.decision !== fields.decision) {
      throw new AppError(
        'conflict',
        `Решение ${quoted(DECISION_LABELS[current.decision ?? 'continue'])} уже выполнено ${current.appliedOn}: его нельзя заменить другим.`,
      );
    }
    const decision = { ...fields, appliedOn: current?.appliedOn ?? null };
    this.db.transaction(() => saveDecision(this.db, year, partnerId, decision, this.stamp()))();
    return decision;
  }

  private decisionOf(year: string, partnerId: number): { decision: Decision; record: PartnerDecision } {
    const record = listDecisions(this.db, year).get(partnerId);
    if (!record?.decision) throw new AppError('conflict', NO_DECISION);
    return { decision: record.decision, record };
  }

  /** Planned occurrences with the partner after `date`, split into those of this partner alone and shared ones. */
  private plannedAfter(partnerId: number, date: string) {
    const future = plannedAfter(this.db, date).filter((o) => o.partnerIds.includes(partnerId));
    return {
      own: future.filter((o) => o.partnerIds.length === 1),
      shared: future.filter((o) => o.partnerIds.length > 1),
    };
  }

  private agreementsInForce(partnerId: number) {
    return this.deps.agreements.list({ partnerId }).filter((a) => IN_FORCE.includes(a.status));
  }

  /**
   * What stops the decision from being carried out on `date`, in the office's words: an agreement to terminate that
   * was signed after that day cannot be terminated on it.
   */
  private refuseBlocked(decision: Decision, partnerId: number, date: string): void {
    if (decision !== 'end') return;
    const late = this.agreementsInForce(partnerId).filter((a) => a.signedOn !== null && a.signedOn > date);
    if (late.length > 0) {
      const signed = late.map((a) => `№ ${a.number} подписан ${formatDate(a.signedOn ?? '')}`).join(', ');
      throw new AppError(
        'conflict',
        `Решение нельзя выполнить ${formatDate(date)}: договор ${signed} — позже этого дня, и расторгнуть его этой датой нельзя. ` +
          'Выполните решение в день подписания договора или позже.',
      );
    }
  }

  /** What carrying out the decision will do, said step by step for the office to confirm. */
  decisionEffects(year: string, partnerId: number): { decision: Decision; steps: string[] } {
    const partner = this.requirePartner(partnerId);
    const { decision } = this.decisionOf(year, partnerId);
    const name = partner.shortName || partner.fullName;
    const nextYear = academicYearLabel(academicYearStart(year) + 1);
    if (decision !== 'end') {
      const next = this.deps.partners.standing(partnerId, nextYear).stage;
      return {
        decision,
        steps: [
          next.derived > 2
            ? `Партнёр ${quoted(name)} уже на ${next.derived} этапе ${nextYear} учебного года: решение останется в основании 2 этапа.`
            : `Партнёр ${quoted(name)} переходит на 2 этап («Разработка стратегии») ${nextYear} учебного года: основанием станет это решение.`,
          ...(next.byHand
            ? [
                `Этап ${nextYear} учебного года установлен вручную (${next.byHand.stage} этап: ${next.byHand.reason}) и останется, пока его не снимут в карточке партнёра.`,
              ]
            : []),
          'Договоры, план и мероприятия не меняются.',
        ],
      };
    }
    const today = this.today();
    this.refuseBlocked(decision, partnerId, today);
    const inForce = this.agreementsInForce(partnerId);
    const planned = this.plannedAfter(partnerId, today);
    return {
      decision,
      steps: [
        inForce.length > 0
          ? `Будут расторгнуты действующие договоры: ${inForce.map((a) => `№ ${a.number}`).join(', ')}.`
          : 'Действующих договоров нет.',
        planned.own.length > 0
          ? `Будут отменены запланированные мероприятия с партнёром: ${planned.own.length}.`
          : 'Запланированных мероприятий только с этим партнёром нет.',
        ...(planned.shared.length > 0
          ? [`Мероприятия с другими партнёрами (${planned.shared.length}) останутся в календаре.`]
          : []),
        `Партнёр ${quoted(name)} будет отмечен как бывший.`,
      ],
    };
  }

  /**
   * Carries out the partner's decision; for «прекратить» the office confirmed `decisionEffects` first. A decision to
   * go on changes no record: carried out, it is the evidence of the partner's stage 2 of the next academic year
   * (partners/stage-rules.ts), which the records of that year then carry on.
   */
  applyDecision(year: string, partnerId: number, date: string): PartnerDecision {
    const partner = this.requirePartner(partnerId);
    const { decision, record } = this.decisionOf(year, partnerId);
    if (record.appliedOn) throw new AppError('conflict', `Решение уже выполнено ${formatDate(record.appliedOn)}.`);
    this.refuseBlocked(decision, partnerId, date);
    const comment = `Итоги ${year} учебного года: ${DECISION_LABELS[decision]}`;
    const applied = { ...record, appliedOn: date };
    this.db.transaction(() => {
      if (decision === 'end') {
        for (const agreement of this.agreementsInForce(partnerId)) {
          this.deps.agreements.terminate(agreement.id, date, comment);
        }
        for (const o of this.plannedAfter(partnerId, date).own) {
          this.deps.events.setStatus(o.eventId, 'cancelled', comment, o.occurrenceStart ?? undefined);
        }
        if (partner.status !== 'former') this.deps.partners.archive(partnerId, comment, date);
      }
      saveDecision(this.db, year, partnerId, applied, this.stamp());
    })();
    return applied;
  }

  approve(year: string, approvedBy: string, date: string, number = ''): Review {
    this.requireOpen(year);
    const snapshot = JSON.stringify(this.figures(year));
    this.db.transaction(() =>
      setApproval(this.db, year, { approvedOn: date, approvedBy, number, snapshot }, this.stamp()),
    )();
    return this.get(year);
  }

  reopen(year: string): Review {
    if (!findReview(this.db, year)?.approvedOn)
      throw new AppError('conflict', 'Справка не утверждена: открывать нечего.');
    this.db.transaction(() => setApproval(this.db, year, null, this.stamp()))();
    return this.get(year);
  }

  /** The indicators of every academic year from the first with data up to the current one (or to `upTo`). */
  dynamics(upTo?: string): { year: string; indicators: YearFigures['indicators'] }[] {
    const current = upTo ?? academicYearOf(this.today());
    const firstEvent = firstEventStart(this.db);
    const years = new Set([...yearsWithData(this.db), current]);
    if (firstEvent) years.add(academicYearOf(firstEvent.slice(0, 10)));
    const first = Math.min(...[...years].map(academicYearStart));
    const last = upTo ? academicYearStart(upTo) : Math.max(...[...years].map(academicYearStart));
    const inForce = this.deps.agreements.inForceReader();
    const kept = this.kept();
    return Array.from({ length: last - first + 1 }, (_, i) => academicYearLabel(first + i)).map((year) => ({
      year,
      indicators: this.indicatorsOf(year, inForce, kept),
    }));
  }
}
