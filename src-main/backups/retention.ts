import type { BackupReason } from '../contract/backups';
import { newestFirst, takenAt, type BackupName } from './names';

/** How many copies are kept: the newest of each of the last N days, ISO weeks and months that have copies. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Copies taken before a risky step (or by the user) are kept at least this many days whatever the rules say. */
  protectedDays: number;
}

export const RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12, protectedDays: 30 };

const PROTECTED: ReadonlySet<BackupReason> = new Set([
  'before-migration',
  'before-restore',
  'before-import',
  'damaged',
  'manual',
]);

/** Which rule keeps each kept copy (a copy may be kept by several), and what may go. */
export interface RetentionPlan {
  daily: string[];
  weekly: string[];
  monthly: string[];
  protected: string[];
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of the copy's own calendar date, whatever the time zone. */
function dayNumber(copy: BackupName): number {
  const { year, month, day } = copy.stamp;
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

const dayKey = (copy: BackupName) => String(dayNumber(copy));
// 1970-01-01 was a Thursday: shifting by 3 makes each bucket run Monday to Sunday, as an ISO week does.
const isoWeekKey = (copy: BackupName) => String(Math.floor((dayNumber(copy) + 3) / 7));
const monthKey = (copy: BackupName) => `${copy.stamp.year}-${copy.stamp.month}`;

/** The newest copy of each of the `limit` most recent periods that have a copy at all. */
function newestPerPeriod(sorted: readonly BackupName[], key: (copy: BackupName) => string, limit: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const copy of sorted) {
    const period = key(copy);
    if (seen.has(period)) continue;
    if (seen.size === limit) break;
    seen.add(period);
    kept.push(copy.name);
  }
  return kept;
}

/**
 * Which copies to keep and which to delete (a pure function: it reads no files). Periods are counted among those
 * that have copies, so a school closed for the summer still keeps its last weeks before the break.
 */
export function planRetention(
  copies: readonly BackupName[],
  now: Date,
  policy: RetentionPolicy = RETENTION,
): RetentionPlan {
  const sorted = [...copies].sort(newestFirst);
  // A damaged store's file set aside is no copy of the data: it is only kept for a while, never in a period's place.
  const sound = sorted.filter((copy) => copy.reason !== 'damaged');
  const daily = newestPerPeriod(sound, dayKey, policy.daily);
  const weekly = newestPerPeriod(sound, isoWeekKey, policy.weekly);
  const monthly = newestPerPeriod(sound, monthKey, policy.monthly);
  const protectedNames = sorted
    .filter(
      (copy) => PROTECTED.has(copy.reason) && now.getTime() - takenAt(copy).getTime() < policy.protectedDays * DAY_MS,
    )
    .map((copy) => copy.name);
  const kept = new Set([...daily, ...weekly, ...monthly, ...protectedNames]);
  return {
    daily,
    weekly,
    monthly,
    protected: protectedNames,
    remove: sorted.filter((copy) => !kept.has(copy.name)).map((copy) => copy.name),
  };
}
