import type { AchievementLevel, AchievementResult, EventStatus } from '../contract/events';

/*
 * The review's read model of an academic year: every fact its indicators, lists and report are computed from,
 * read from the store at once by `year-repository.ts`. Each figure of a year comes from these facts of that
 * year, never from today's.
 */

/** One occurrence of the year's calendar, with what it achieved if it was held. */
export interface OccurrenceFact {
  key: string;
  eventId: number;
  /** The series the occurrence belongs to; null for a single event. */
  seriesId: number | null;
  /**
   * Whether it comes from a plan item (`events.plan_item_id`, a series' own for its occurrences): planned, or held
   * outside the plan.
   */
  planned: boolean;
  title: string;
  date: string;
  status: EventStatus;
  partnerIds: number[];
  /** Classes that took part: those of the outcome with pupils, or, without such rows, those the event names. */
  classes: string[];
  /** Pupils, parents and teachers recorded in the outcome (0 without one). */
  pupils: number;
  parents: number;
  teachers: number;
  achievements: {
    level: AchievementLevel;
    result: AchievementResult;
    className: string;
    contest: string;
    pupil: string;
  }[];
}

/** A plan item of the year for which no event was ever put on the calendar: planned, never held. */
export interface UnscheduledItemFact {
  id: number;
  title: string;
  month: string | null;
  partnerIds: number[];
  classes: string[];
}

export interface PartnerFact {
  id: number;
  name: string;
  status: string;
  stage: number;
}

export interface LoanFact {
  id: number;
  partnerId: number;
  receivedOn: string;
  dueOn: string;
  returnedOn: string | null;
  items: number;
  title: string;
}

/** A teacher's development record of the year. */
export interface StaffDevelopmentFact {
  staffId: number;
  staffName: string;
  partnerId: number | null;
  title: string;
  dateFrom: string;
}

/** A choice answer's score and how many gave it, across the year's surveys. */
export interface AnswerFact {
  surveyTitle: string;
  score: number;
  count: number;
}

export interface ClubFact {
  partnerId: number;
  partnerName: string;
  clubName: string;
  attendance: { className: string; pupils: number }[];
}

/**
 * The year's records apart from its calendar: what its indicators are counted from besides the occurrences. Cheap
 * to read for every year, unlike the calendar, which the review keeps summed up per year (`OccurrenceTotals`).
 */
export interface YearRecords {
  year: string;
  from: string;
  to: string;
  unscheduled: UnscheduledItemFact[];
  /** The year's classes and their enrolment; empty when the office has not listed them. */
  classes: { name: string; pupils: number }[];
  /** The year's number of families (`school_years`); null when not given for the year. */
  families: number | null;
  /** Partners with an agreement in force on at least one day of the year. */
  agreementPartners: Set<number>;
  clubs: ClubFact[];
  /** The year's number of teachers, all of them, whether or not each is in the staff list; null when not given. */
  teachers: number | null;
  development: StaffDevelopmentFact[];
  loans: LoanFact[];
  answers: AnswerFact[];
  surveys: number;
  /** Questionnaires returned in the year's surveys, and the most families a survey of the year was counted out of. */
  respondents: number;
  surveyFamilies: number;
}

/** Everything the review of one academic year is computed from, read from the store once. */
export interface YearFacts extends YearRecords {
  occurrences: OccurrenceFact[];
  partners: Map<number, PartnerFact>;
}
