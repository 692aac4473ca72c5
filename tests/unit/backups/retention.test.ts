import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../src-main/contract/backups';
import { fileStamp } from '../../../src-main/db/backup';
import { parseBackupName, type BackupName } from '../../../src-main/backups/names';
import { planRetention } from '../../../src-main/backups/retention';

function copy(reason: BackupReason, at: Date, sequence = 1): BackupName {
  const label = reason === 'before-migration' ? 'before-migration-v3' : reason;
  const name = `${label}_${fileStamp(at)}${sequence > 1 ? `-${sequence}` : ''}.sqlite3`;
  const parsed = parseBackupName(name);
  if (!parsed) throw new Error(`not a backup name: ${name}`);
  return parsed;
}

const day = (year: number, month: number, date: number, hour = 10) => new Date(year, month - 1, date, hour, 0, 0);
const dateOf = (name: string) => name.slice(name.indexOf('_') + 1, name.indexOf('_') + 11);

/** One automatic copy a day at 10:00, for the 365 days up to 26 November 2026. */
function aYearOfDailyCopies(): BackupName[] {
  return Array.from({ length: 365 }, (_, i) => copy('auto', day(2026, 11, 26 - i)));
}

describe('the retention of backups', () => {
  it('keeps exactly 7 daily, 4 weekly and 12 monthly copies of a year of daily copies', () => {
    const plan = planRetention(aYearOfDailyCopies(), day(2026, 11, 26, 12));

    expect(plan.daily.map(dateOf)).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
    ]);
    // 26 November 2026 is a Thursday: the newest copy of each ISO week (Monday to Sunday) counts.
    expect(plan.weekly.map(dateOf)).toEqual(['2026-11-26', '2026-11-22', '2026-11-15', '2026-11-08']);
    expect(plan.monthly.map(dateOf)).toEqual([
      '2026-11-26',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
    ]);
    expect(plan.protected).toEqual([]);
    const kept = new Set([...plan.daily, ...plan.weekly, ...plan.monthly]);
    expect(kept.size).toBe(7 + 2 + 11);
    expect(plan.remove).toHaveLength(365 - kept.size);
    expect(plan.remove.some((name) => kept.has(name))).toBe(false);
  });

  it('ends with the same copies when the folder is pruned every day of the year', () => {
    let folder: BackupName[] = [];
    for (const next of aYearOfDailyCopies().reverse()) {
      folder.push(next);
      const { remove } = planRetention(folder, day(next.stamp.year, next.stamp.month, next.stamp.day, 11));
      folder = folder.filter((c) => !remove.includes(c.name));
    }
    const once = planRetention(aYearOfDailyCopies(), day(2026, 11, 26, 12));
    expect(folder.map((c) => c.name).sort()).toEqual(
      [...new Set([...once.daily, ...once.weekly, ...once.monthly])].sort(),
    );
  });

  it('keeps only the newest copy of a day among the daily ones', () => {
    const morning = copy('auto', day(2026, 11, 26, 8));
    const noon = copy('manual', day(2026, 11, 26, 12));
    const plan = planRetention([morning, noon, copy('auto', day(2026, 11, 25))], day(2026, 11, 26, 13));
    expect(plan.daily).toEqual([noon.name, copy('auto', day(2026, 11, 25)).name]);
  });

  it('never lets a damaged file set aside take the place of a day’s copy', () => {
    const sound = copy('auto', day(2026, 11, 26, 8));
    const damaged = copy('damaged', day(2026, 11, 26, 9));
    const plan = planRetention([sound, damaged], day(2026, 11, 26, 10));
    expect(plan.daily).toEqual([sound.name]);
    expect(plan.protected).toEqual([damaged.name]);
    expect(planRetention([sound, damaged], day(2027, 1, 5)).remove).toEqual([damaged.name]);
  });

  it('keeps a copy taken before a migration, a restore or an import for at least 30 days, then lets it go', () => {
    const copies = [
      ...aYearOfDailyCopies(),
      copy('before-restore', day(2026, 11, 1, 9)),
      copy('before-import', day(2026, 10, 28, 9)),
      copy('before-migration', day(2026, 10, 20, 9)),
    ];
    const plan = planRetention(copies, day(2026, 11, 26, 12));
    expect(plan.protected.map(dateOf)).toEqual(['2026-11-01', '2026-10-28']);
    expect(plan.remove).toContain(copy('before-migration', day(2026, 10, 20, 9)).name);
    expect(plan.remove).not.toContain(copy('before-restore', day(2026, 11, 1, 9)).name);
  });

  it('counts the periods that have copies, so a long break does not lose the copies before it', () => {
    // The office was closed from June to the end of August: the copies of May are still the newest of their days.
    const spring = Array.from({ length: 20 }, (_, i) => copy('auto', day(2026, 5, 31 - i)));
    const plan = planRetention(spring, day(2026, 9, 1, 8));
    expect(plan.daily.map(dateOf)).toEqual(spring.slice(0, 7).map((c) => dateOf(c.name)));
    expect(plan.remove).toHaveLength(20 - new Set([...plan.daily, ...plan.weekly, ...plan.monthly]).size);
  });

  test.prop([
    fc.array(
      fc.record({
        reason: fc.constantFrom<BackupReason>('auto', 'manual', 'before-migration', 'before-restore', 'before-import'),
        minutesAgo: fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
      }),
      { minLength: 1, maxLength: 120 },
    ),
  ])('never removes the newest copy nor a protected one under 30 days old, and keeps at most 23 others', (specs) => {
    const now = day(2026, 11, 26, 12);
    const copies = specs.map((spec, i) => copy(spec.reason, new Date(now.getTime() - spec.minutesAgo * 60_000), i + 2));
    const plan = planRetention(copies, now);
    const newest = Math.min(...specs.map((s) => s.minutesAgo));
    const newestNames = copies.filter((_, i) => specs[i]?.minutesAgo === newest).map((c) => c.name);
    expect(newestNames.some((name) => !plan.remove.includes(name))).toBe(true);
    for (const [i, c] of copies.entries()) {
      const spec = specs[i];
      if (spec && spec.reason !== 'auto' && spec.minutesAgo < 30 * 24 * 60) expect(plan.remove).not.toContain(c.name);
    }
    expect(new Set([...plan.daily, ...plan.weekly, ...plan.monthly]).size).toBeLessThanOrEqual(23);
    expect(plan.remove.length + new Set([...plan.daily, ...plan.weekly, ...plan.monthly, ...plan.protected]).size).toBe(
      copies.length,
    );
  });
});
