import { QUARTER_NUMERALS, type Acquisition } from '@contract/acquisitions';

export const ITEM_FORMS = ['позиция', 'позиции', 'позиций'] as const;

/** Items of a year planned for one quarter, or for no quarter in particular («в течение года»). */
export interface QuarterGroup {
  key: string;
  label: string;
  items: Acquisition[];
}

export interface YearGroup {
  year: number;
  items: Acquisition[];
  /** The year's quarters; none when no item of the year names a quarter. */
  quarters: QuarterGroup[] | null;
}

export function quarterLabel(quarter: number | null): string {
  return quarter === null ? 'В течение года' : `${QUARTER_NUMERALS[quarter - 1] ?? quarter} квартал`;
}

/** The items (in the plan's order) by year, and within a year by quarter when any item names one. */
export function groupsByYear(items: readonly Acquisition[]): YearGroup[] {
  const years = [...new Set(items.map((item) => item.plannedYear))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = items.filter((item) => item.plannedYear === year);
    const quarters = [...new Set(ofYear.map((item) => item.plannedQuarter))];
    return {
      year,
      items: ofYear,
      quarters: quarters.every((q) => q === null)
        ? null
        : quarters.map((quarter) => ({
            key: `${year}-${quarter ?? 0}`,
            label: quarterLabel(quarter),
            items: ofYear.filter((item) => item.plannedQuarter === quarter),
          })),
    };
  });
}
