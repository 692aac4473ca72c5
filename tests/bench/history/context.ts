import type Database from 'better-sqlite3';
import type { SchoolProfile } from '../../../src-main/contract/settings';
import type { Random } from './random';
import type { YearDays } from './school-year';
import { defaultSchoolProfile } from '../../../src-main/settings/service';

/** What `npm run bench` makes at scale 1: a school's 25 years, as the issue sizes them. */
export const FULL_HISTORY = {
  years: 25,
  partners: 400,
  agreements: 2_000,
  planItems: 40_000,
  events: 120_000,
  loans: 10_000,
  staffDevelopment: 3_000,
  surveys: 200,
} as const;

export interface HistoryOptions {
  seed: number;
  /** 1 gives FULL_HISTORY; 0.1 a tenth of every count (quick runs, tests). */
  scale: number;
  /** Academic years of history, ending with the one that holds `today` (25 by default). */
  years?: number;
  /** The last day of the history: later events are still planned. */
  today: string;
  /** All partners of the registry, when not `FULL_HISTORY.partners × scale` (the UI benchmark's 5,000). */
  partners?: number;
}

/** How many rows of each kind a history gets. */
export interface HistoryCounts {
  years: number;
  partners: number;
  agreements: number;
  planItems: number;
  events: number;
  loans: number;
  staffDevelopment: number;
  surveys: number;
}

export function historyCounts(options: HistoryOptions): HistoryCounts {
  const years = options.years ?? FULL_HISTORY.years;
  // What happens every year scales with the years too; the registry does not.
  const spread = (n: number) => Math.max(years, Math.round(n * options.scale * (years / FULL_HISTORY.years)));
  return {
    years,
    partners: options.partners ?? Math.max(20, Math.round(FULL_HISTORY.partners * options.scale)),
    agreements: spread(FULL_HISTORY.agreements),
    planItems: spread(FULL_HISTORY.planItems),
    events: spread(FULL_HISTORY.events),
    loans: spread(FULL_HISTORY.loans),
    staffDevelopment: spread(FULL_HISTORY.staffDevelopment),
    surveys: spread(FULL_HISTORY.surveys),
  };
}

/** A partner as the rest of the history needs it. */
export interface PartnerInfo {
  id: number;
  category: string;
  /** The first and last academic year (indexes into `years`) in which the school works with it. */
  from: number;
  to: number;
  /** The programme's own partners: most events are held with them. */
  core: boolean;
  forms: string[];
  contact: string;
}

export interface SchoolClass {
  name: string;
  pupils: number;
}

/** Everything the writers share while they fill one store. */
export interface HistoryContext {
  db: Database.Database;
  random: Random;
  today: string;
  counts: HistoryCounts;
  /** The academic years, oldest first. */
  years: string[];
  days: Map<string, YearDays>;
  school: SchoolProfile;
  categories: Map<string, number>;
  partners: PartnerInfo[];
  classes: Map<string, SchoolClass[]>;
  taskIds: number[];
  directionIds: number[];
  /** Short names of the teachers, to sign as responsible. */
  teachers: string[];
}

/** An ISO stamp on a day at a local time: «2026-10-05T14:20:00.000Z». */
export function stampOn(date: string, minutes = 9 * 60): string {
  const h = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000Z`;
}

/** Partners the school works with in the year of index `year`, the programme's own first. */
export function partnersOf(context: HistoryContext, year: number, category?: string): PartnerInfo[] {
  return context.partners.filter(
    (p) => p.from <= year && p.to >= year && (category === undefined || p.category === category),
  );
}

/** A partner of the year: the programme's own partners five times as often as the others. */
export function pickPartner(context: HistoryContext, year: number, pool = partnersOf(context, year)): PartnerInfo {
  return context.random.weighted(pool.map((p) => [p, p.core ? 5 : 1] as const));
}

/** The school the bench's settings describe; agreements are drafted with it. */
export const BENCH_SCHOOL: SchoolProfile = {
  ...defaultSchoolProfile(''),
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа',
  shortName: 'МБОУ Первомайская СОШ',
  legalAddress: '346331, Ростовская обл., Красносулинский р-н, х. Первомайский, ул. Школьная, д. 1',
  postalAddress: '',
  directorName: 'Ковалёва Татьяна Николаевна',
  directorPosition: 'Директор',
  inn: '6148010019',
  kpp: '614801001',
  ogrn: '1026102159137',
  phone: '+7 (86367) 5-12-34',
  email: 'school@example.ru',
  website: '',
};
