import { compareClassNames, levelOfClass } from '../contract/classes';
import type { ClubCoverage, CoverageRatio } from '../contract/clubs';
import { LEVELS } from '../contract/plans';
import { compareRussian } from '../contract/russian-order';

/**
 * Coverage by additional education at partners («охват дополнительным образованием»), the stage-4 indicator:
 * distinct pupils attending partners' clubs / enrolment × 100 %.
 *
 * The office keeps only how many pupils of each class attend each club, not who they are, and a pupil may attend
 * two clubs. So the pupils of a class counted as attending are the sum over the clubs, capped by the class's
 * enrolment: 15 of 5А in «Хореография» and 14 of 5А in «Гитара», with 25 in 5А, count as 25, not 29. A level's and
 * the school's m are the sums of their classes' capped counts, N the sums of their enrolment. A partner's m is
 * counted the same way over its own clubs only, out of the whole school's N.
 *
 * Pure: no store, no clock. `coverageInputs(db, year)` in the repository gives the inputs for a year.
 */

/** A class of the year and its enrolment. */
export interface CoverageClass {
  name: string;
  pupils: number;
}

/** A club of the year: whose it is, and how many pupils of each class attend it. */
export interface CoverageClub {
  partnerId: number;
  partnerName: string;
  attendance: readonly { className: string; pupils: number }[];
}

/** What coverage is counted from: the year's classes and its clubs. */
export interface CoverageInputs {
  classes: readonly CoverageClass[];
  clubs: readonly CoverageClub[];
}

/** m / N × 100; null when N is 0, so that «no one to count» never reads as 0 % (or NaN). */
export function percentOf(attended: number, enrolment: number): number | null {
  return enrolment > 0 ? (attended * 100) / enrolment : null;
}

/** m of N with its percent. */
function ratioOf(attended: number, enrolment: number): CoverageRatio {
  return { attended, enrolment, percent: percentOf(attended, enrolment) };
}

/**
 * Pupils of each class attending any of the clubs: the sum over the clubs, capped by the class's enrolment. A
 * class not in the year's list has no known enrolment and counts as 0 (the app never stores such a count).
 */
function attendedByClass(
  classes: readonly CoverageClass[],
  clubs: readonly CoverageClub[],
): Map<string, { attended: number; clubsCount: number }> {
  const sums = new Map<string, { sum: number; clubsCount: number }>();
  for (const club of clubs) {
    for (const row of club.attendance) {
      const current = sums.get(row.className) ?? { sum: 0, clubsCount: 0 };
      sums.set(row.className, { sum: current.sum + row.pupils, clubsCount: current.clubsCount + 1 });
    }
  }
  const result = new Map<string, { attended: number; clubsCount: number }>();
  for (const c of classes) {
    const counted = sums.get(c.name) ?? { sum: 0, clubsCount: 0 };
    result.set(c.name, {
      attended: Math.min(counted.sum, c.pupils),
      clubsCount: counted.clubsCount,
    });
  }
  return result;
}

const total = (values: Iterable<number>): number => {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
};

/** The year's coverage: per class, per level (НОО, ООО, СОО), overall and per partner. */
export function clubCoverage({ classes, clubs }: CoverageInputs): ClubCoverage {
  const sorted = [...classes].sort((a, b) => compareClassNames(a.name, b.name));
  const byClass = attendedByClass(sorted, clubs);
  const classRows = sorted.map((c) => {
    const counted = byClass.get(c.name) ?? { attended: 0, clubsCount: 0 };
    return {
      className: c.name,
      level: levelOfClass(c.name),
      clubsCount: counted.clubsCount,
      ...ratioOf(counted.attended, c.pupils),
    };
  });
  const levels = LEVELS.map((level) => {
    const own = classRows.filter((row) => row.level === level);
    return { level, ...ratioOf(total(own.map((r) => r.attended)), total(own.map((r) => r.enrolment))) };
  });
  const enrolment = total(classRows.map((r) => r.enrolment));
  const overall = ratioOf(total(classRows.map((r) => r.attended)), enrolment);

  const partners = [...Map.groupBy(clubs, (club) => club.partnerId)]
    .map(([partnerId, own]) => ({
      partnerId,
      partnerName: own[0]?.partnerName ?? '',
      clubsCount: own.length,
      ...ratioOf(total([...attendedByClass(sorted, own).values()].map((v) => v.attended)), enrolment),
    }))
    .sort((a, b) => compareRussian(a.partnerName, b.partnerName) || a.partnerId - b.partnerId);

  return { classes: classRows, levels, overall, partners };
}
