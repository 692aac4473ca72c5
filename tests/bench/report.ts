import { writeFileSync } from 'node:fs';

/** One line of the benchmark's table, and one element of its JSON. */
export interface Figure {
  figure: string;
  unit: 'ms' | '×' | 'MB' | 'rows';
  /** The most the figure may be. */
  target: number;
  measured: number;
  within: boolean;
}

/** A figure with what the printed table shows beside it (medians, the raw query, counts). */
export interface ReportedFigure extends Figure {
  note: string;
}

export function figure(
  name: string,
  unit: Figure['unit'],
  target: number,
  measured: number,
  note = '',
): ReportedFigure {
  return { figure: name, unit, target, measured: round(measured), within: measured <= target, note };
}

const round = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

function shown(value: number, unit: Figure['unit']): string {
  const text = value >= 100 || unit === 'rows' ? String(Math.round(value)) : value.toFixed(unit === '×' ? 2 : 1);
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** The table as the terminal shows it: figure, target, measured, within target, and a note. */
export function formatTable(figures: readonly ReportedFigure[]): string {
  const rows = [
    ['figure', 'target', 'measured', 'within', 'note'],
    ...figures.map((f) => [
      f.figure,
      `≤ ${shown(f.target, f.unit)}`,
      shown(f.measured, f.unit),
      f.within ? 'yes' : 'NO',
      f.note,
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 1 || column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

/** `--json FILE`: the figures as an array of `{ figure, unit, target, measured, within }`. */
export function writeJson(file: string, figures: readonly ReportedFigure[]): void {
  const plain: Figure[] = figures.map(({ figure: name, unit, target, measured, within }) => ({
    figure: name,
    unit,
    target,
    measured,
    within,
  }));
  writeFileSync(file, `${JSON.stringify(plain, null, 2)}\n`);
}
