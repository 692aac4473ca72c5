import type { LegendPayload } from 'recharts';
import { decimal } from '@contract/text';
import { formatIndex } from '@contract/surveys';

/** Labels get whatever the chart holds, nulls included: they print nothing for a missing value. */
export const percentLabel = (value: unknown) => (typeof value === 'number' ? `${decimal(value)}\u00a0%` : '');
export const countLabel = (value: unknown) => (typeof value === 'number' ? String(value) : '');
/** Over a bar: nothing for a zero, so empty months stay clean. */
export const nonZeroLabel = (value: unknown) => (typeof value === 'number' && value !== 0 ? String(value) : '');
export const indexLabel = (value: unknown) => (typeof value === 'number' ? formatIndex(value) : '');

/** A very long name on a chart's axis, cut: the axis wraps the rest over lines. */
export function shortName(name: string, length = 60): string {
  return name.length > length ? `${name.slice(0, length - 1).trimEnd()}…` : name;
}

/** Bars and lines drawn at once: a chart is complete on screen, in a screenshot and on paper. */
export const STILL = { isAnimationActive: false } as const;

/** The legend in the order of the series (recharts sorts it by name otherwise). */
export function legendOf(series: readonly { name: string }[]) {
  const order = series.map((s) => s.name);
  return { itemSorter: (item: LegendPayload) => order.indexOf(String(item.value)) };
}
