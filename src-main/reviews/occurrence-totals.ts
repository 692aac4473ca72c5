import type Database from 'better-sqlite3';
import { seriesStartsOnDays } from '../events/occurrences';
import { sumOccurrences } from './calendar-repository';
import { WINNING_RESULTS, type OccurrenceTotals } from './indicators';

/**
 * The sums of the occurrences that start from the first day to the last, as `occurrenceTotals` gives them from the
 * year's facts, but summed up by SQL (`sumOccurrences`): only the series are expanded here, which SQL cannot do.
 */
export function readOccurrenceTotals(db: Database.Database, from: string, to: string): OccurrenceTotals {
  const series = seriesStartsOnDays(db, from, to);
  const sums = sumOccurrences(db, { from, to, series, winning: WINNING_RESULTS });
  return {
    ...sums,
    occurrences: sums.occurrences + series.reduce((sum, s) => sum + s.occurrences, 0),
    classes: new Set(sums.classes),
    partners: new Set(sums.partners),
  };
}
