import { decimal } from '../contract/text';
import { DOCUMENT_FONT_FAMILY } from './fonts';
import { escapeHtml } from './escape-html';
import type { ChartSpec } from './model';

/**
 * A chart as one self-contained SVG: title, legend, value axis with gridlines, bars or lines with their values, and
 * the categories under them. Drawn to print in black and white: series differ by fill pattern, shade, dash and
 * marker, never by hue alone. A unit of the drawing is a quarter of a millimetre at the width a page prints it.
 */

/** The drawing is 640 units wide: 160 mm, the text width of a portrait A4 page. */
export const CHART_WIDTH = 640;
export const CHART_WIDTH_MM = 160;

const FONT = `'${DOCUMENT_FONT_FAMILY}', 'Times New Roman', serif`;
const TITLE_SIZE = 16;
const LABEL_SIZE = 13;
const VALUE_SIZE = 12;
/** The average advance of a PT Serif letter, as a share of the font size: enough to wrap and fit text. */
const LETTER = 0.56;
const PLOT_HEIGHT = 190;
const MARGIN = { left: 58, right: 14 };
const NO_DATA = 'н/д';

interface SeriesStyle {
  /** The fill of a bar: a shade, or a pattern defined in <defs>. */
  fill: (prefix: string) => string;
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

// Dark solid, white hatched, light solid, white cross-hatched: four series tell apart on any printer.
const STYLES: readonly SeriesStyle[] = [
  { fill: () => '#4d4d4d', dash: '', marker: 'circle' },
  { fill: (p) => `url(#${p}-hatch)`, dash: '7 4', marker: 'square' },
  { fill: () => '#c4c4c4', dash: '2 3', marker: 'triangle' },
  { fill: (p) => `url(#${p}-cross)`, dash: '9 3 2 3', marker: 'diamond' },
];

const styleOf = (i: number): SeriesStyle => STYLES[i % STYLES.length] ?? (STYLES[0] as SeriesStyle);

function defs(prefix: string): string {
  return (
    `<defs>` +
    `<pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.6"/></pattern>` +
    `<pattern id="${prefix}-cross" width="7" height="7" patternUnits="userSpaceOnUse">` +
    `<rect width="7" height="7" fill="#fff"/><path d="M0 0L7 7M7 0L0 7" stroke="#000" stroke-width="0.9"/></pattern>` +
    `</defs>`
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

function text(
  x: number,
  y: number,
  content: string,
  options: { size: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; italic?: boolean } = {
    size: LABEL_SIZE,
  },
): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    `text-anchor="${options.anchor ?? 'middle'}"`,
    ...(options.bold ? ['font-weight="700"'] : []),
    ...(options.italic ? ['font-style="italic"'] : []),
  ];
  return `<text ${attributes.join(' ')}>${escapeHtml(content)}</text>`;
}

const widthOf = (content: string, size: number) => content.length * size * LETTER;

/**
 * Words into at most `maxLines` lines of at most `maxChars` letters; what does not fit ends the last line with «…».
 */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(2, maxChars);
  const lines: string[] = [];
  let current = '';
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= limit) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = lines.slice(maxLines - 1).join(' ');
  return kept.map((line) => (line.length > limit ? `${line.slice(0, limit - 1).trimEnd()}…` : line));
}

/** A round top for the value axis and the step of its gridlines. */
export function valueScale(spec: ChartSpec): { max: number; step: number } {
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const largest = Math.max(0, ...values);
  const whole = spec.digits === undefined && values.every(Number.isInteger);
  const wanted = spec.max ?? (spec.unit === '%' ? 100 : 0);
  const top = Math.max(largest, wanted) || 1;
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(whole ? 1 : 0, ([1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10) * power);
  return { max: Math.ceil(top / step - 1e-9) * step, step };
}

function digitsOf(value: number, spec: ChartSpec): number {
  if (spec.digits !== undefined) return spec.digits;
  return Number.isInteger(value) ? 0 : 1;
}

/** «44,4 %», «3», «0,77»; «н/д» for no data. */
export function valueLabel(value: number | null, spec: ChartSpec): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  const number = decimal(value, digitsOf(value, spec));
  return spec.unit ? `${number} ${spec.unit}` : number;
}

function tickLabel(value: number, step: number, spec: ChartSpec): string {
  const digits = Number.isInteger(step) ? 0 : (String(step).split('.')[1]?.length ?? 1);
  const number = decimal(value, digits);
  return spec.unit ? `${number} ${spec.unit}` : number;
}

interface Layout {
  titleLines: string[];
  legendRows: { name: string; index: number; x: number }[][];
  labelLines: string[][];
  plotTop: number;
  plotBottom: number;
  height: number;
}

function layout(spec: ChartSpec): Layout {
  const titleLines = wrapLabel(spec.title, Math.floor((CHART_WIDTH - 20) / (TITLE_SIZE * LETTER)), 2);
  // The legend: swatch, gap, name, space; rows as wide as the chart allows, each centred.
  const rows: { name: string; index: number; width: number }[][] = [[]];
  const usable = CHART_WIDTH - 20;
  spec.series.forEach((series, index) => {
    const name = wrapLabel(series.name, 60, 1)[0] ?? '';
    const width = 22 + 6 + widthOf(name, LABEL_SIZE) + 18;
    const row = rows[rows.length - 1] ?? [];
    if (row.length > 0 && row.reduce((sum, item) => sum + item.width, 0) + width > usable) rows.push([]);
    rows[rows.length - 1]?.push({ name, index, width });
  });
  const legendRows = rows
    .filter((row) => row.length > 0)
    .map((row) => {
      let x = (CHART_WIDTH - row.reduce((sum, item) => sum + item.width, 0) + 18) / 2;
      return row.map((item) => {
        const placed = { name: item.name, index: item.index, x };
        x += item.width;
        return placed;
      });
    });
  const slot = (CHART_WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, spec.categories.length);
  const maxChars = Math.floor((slot - 4) / (LABEL_SIZE * LETTER));
  const maxLines = spec.categories.length <= 6 ? 3 : 2;
  const labelLines = spec.categories.map((c) => wrapLabel(c, maxChars, maxLines));
  const plotTop = 8 + titleLines.length * 20 + 8 + legendRows.length * 18 + 22;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const tallest = Math.max(1, ...labelLines.map((l) => l.length));
  return { titleLines, legendRows, labelLines, plotTop, plotBottom, height: plotBottom + 10 + tallest * 15 + 6 };
}

function swatch(spec: ChartSpec, index: number, x: number, y: number, prefix: string): string {
  const style = styleOf(index);
  if (spec.kind === 'line') {
    return `<line x1="${round(x)}" y1="${y}" x2="${round(x + 22)}" y2="${y}" stroke="#000" stroke-width="1.6"${
      style.dash ? ` stroke-dasharray="${style.dash}"` : ''
    }/>${marker(style.marker, x + 11, y)}`;
  }
  return `<rect x="${round(x)}" y="${y - 6}" width="22" height="12" fill="${style.fill(prefix)}" stroke="#000" stroke-width="0.8"/>`;
}

function marker(kind: SeriesStyle['marker'], x: number, y: number): string {
  const [cx, cy] = [round(x), round(y)];
  switch (kind) {
    case 'circle':
      return `<circle cx="${cx}" cy="${cy}" r="3.6" fill="#000"/>`;
    case 'square':
      return `<rect x="${round(x - 3.4)}" y="${round(y - 3.4)}" width="6.8" height="6.8" fill="#fff" stroke="#000" stroke-width="1.2"/>`;
    case 'triangle':
      return `<path d="M${cx} ${round(y - 4.4)}L${round(x + 4.2)} ${round(y + 3)}L${round(x - 4.2)} ${round(y + 3)}Z" fill="#000"/>`;
    case 'diamond':
      return `<path d="M${cx} ${round(y - 4.6)}L${round(x + 4.6)} ${cy}L${cx} ${round(y + 4.6)}L${round(x - 4.6)} ${cy}Z" fill="#fff" stroke="#000" stroke-width="1.2"/>`;
  }
}

/** The font size at which `content` fits `width`, no larger than the value labels' own. */
function fittedSize(content: string, width: number): number {
  return Math.max(7, Math.min(VALUE_SIZE, Math.floor(width / (content.length * LETTER))));
}

function bars(spec: ChartSpec, plot: Plot, prefix: string): string {
  const slot = plot.width / spec.categories.length;
  const count = Math.max(1, spec.series.length);
  const group = Math.min(slot * 0.72, count * 70);
  const bar = group / count;
  const parts: string[] = [];
  spec.categories.forEach((_, c) => {
    const left = plot.left + c * slot + (slot - group) / 2;
    // Counts of a category that are all 0 (a month without events) stay unlabelled rather than a row of zeros.
    const allZero = !spec.unit && spec.series.every((series) => series.values[c] === 0);
    spec.series.forEach((series, s) => {
      const value = series.values[c] ?? null;
      const x = left + s * bar;
      const label = valueLabel(value, spec);
      const size = fittedSize(label, bar + Math.min(slot - group, 8));
      if (value === null || !Number.isFinite(value)) {
        parts.push(text(x + bar / 2, plot.bottom - 4, label, { size, italic: true }));
        return;
      }
      const top = plot.y(value);
      if (plot.bottom - top > 0.5) {
        parts.push(
          `<rect x="${round(x + 0.6)}" y="${round(top)}" width="${round(bar - 1.2)}" height="${round(plot.bottom - top)}" ` +
            `fill="${styleOf(s).fill(prefix)}" stroke="#000" stroke-width="0.8"/>`,
        );
      }
      if (!allZero) parts.push(text(x + bar / 2, top - 4, label, { size }));
    });
  });
  return parts.join('');
}

function lines(spec: ChartSpec, plot: Plot): string {
  const slot = plot.width / spec.categories.length;
  const xOf = (c: number) => plot.left + c * slot + slot / 2;
  const parts: string[] = [];
  spec.series.forEach((series, s) => {
    const style = styleOf(s);
    const points = spec.categories.map((_, c) => {
      const value = series.values[c] ?? null;
      return value === null || !Number.isFinite(value) ? null : { x: xOf(c), y: plot.y(value) };
    });
    // A line joins neighbouring values only: a year without data breaks it.
    let path = '';
    points.forEach((point, c) => {
      const [before, after] = [points[c - 1], points[c + 1]];
      if (!point || (!before && !after)) return;
      path += `${before ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`;
    });
    if (path) {
      parts.push(
        `<path d="${path}" fill="none" stroke="#000" stroke-width="1.6"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      );
    }
    points.forEach((point, c) => {
      const label = valueLabel(series.values[c] ?? null, spec);
      const size = fittedSize(label, slot - 4);
      // Labels of the second and later series sit below their points, so two lines' labels do not collide.
      const below = s % 2 === 1;
      if (!point) {
        // Stacked from the top of the plot, each with its series' marker when there are several.
        const y = plot.top + 12 + s * 16;
        if (spec.series.length === 1) parts.push(text(xOf(c), y, label, { size, italic: true }));
        else {
          parts.push(marker(style.marker, xOf(c) - 12, y - 4));
          parts.push(text(xOf(c) - 4, y, label, { size, italic: true, anchor: 'start' }));
        }
        return;
      }
      parts.push(marker(style.marker, point.x, point.y));
      parts.push(text(point.x, below ? point.y + 16 : point.y - 8, label, { size }));
    });
  });
  return parts.join('');
}

interface Plot {
  left: number;
  width: number;
  top: number;
  bottom: number;
  y: (value: number) => number;
}

/** The chart's size in units of the drawing (a quarter of a millimetre when printed 160 mm wide). */
export function chartSize(spec: ChartSpec): { width: number; height: number } {
  return { width: CHART_WIDTH, height: Math.ceil(layout(spec).height) };
}

/**
 * The SVG of a chart. `idPrefix` names its fill patterns: charts inline in one page need different prefixes.
 */
export function chartSvg(spec: ChartSpec, idPrefix = 'chart'): string {
  const prefix = idPrefix.replace(/[^A-Za-z0-9_-]/g, '') || 'chart';
  const { titleLines, legendRows, labelLines, plotTop, plotBottom, height } = layout(spec);
  const { max, step } = valueScale(spec);
  const plot: Plot = {
    left: MARGIN.left,
    width: CHART_WIDTH - MARGIN.left - MARGIN.right,
    top: plotTop,
    bottom: plotBottom,
    y: (value) => plotBottom - (Math.max(0, Math.min(value, max)) / max) * (plotBottom - plotTop),
  };
  const parts: string[] = [defs(prefix), `<rect width="${CHART_WIDTH}" height="${Math.ceil(height)}" fill="#fff"/>`];
  titleLines.forEach((line, i) =>
    parts.push(text(CHART_WIDTH / 2, 8 + TITLE_SIZE + i * 20, line, { size: TITLE_SIZE, bold: true })),
  );
  const legendTop = 8 + titleLines.length * 20 + 14;
  legendRows.forEach((row, r) =>
    row.forEach((item) => {
      const y = legendTop + r * 18;
      parts.push(swatch(spec, item.index, item.x, y, prefix));
      parts.push(text(item.x + 28, y + 4.5, item.name, { size: LABEL_SIZE, anchor: 'start' }));
    }),
  );

  const hasData =
    spec.categories.length > 0 && spec.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v)));
  // Gridlines and their values; the value axis and the base line in black.
  for (let tick = 0; tick <= max + 1e-9; tick += step) {
    const y = round(plot.y(tick));
    if (tick > 0) {
      parts.push(
        `<line x1="${plot.left}" y1="${y}" x2="${plot.left + plot.width}" y2="${y}" stroke="#b3b3b3" stroke-width="0.7"/>`,
      );
    }
    parts.push(text(plot.left - 6, y + 4, tickLabel(tick, step, spec), { size: VALUE_SIZE, anchor: 'end' }));
  }
  parts.push(
    `<line x1="${plot.left}" y1="${plot.top - 6}" x2="${plot.left}" y2="${plot.bottom}" stroke="#000" stroke-width="1"/>`,
  );
  parts.push(
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.left + plot.width}" y2="${plot.bottom}" stroke="#000" stroke-width="1"/>`,
  );

  if (hasData) {
    parts.push(spec.kind === 'line' ? lines(spec, plot) : bars(spec, plot, prefix));
  } else {
    parts.push(text(plot.left + plot.width / 2, (plot.top + plot.bottom) / 2, 'нет данных', { size: LABEL_SIZE }));
  }
  const slot = plot.width / Math.max(1, spec.categories.length);
  labelLines.forEach((lines, c) =>
    lines.forEach((line, i) =>
      parts.push(text(plot.left + c * slot + slot / 2, plot.bottom + 18 + i * 15, line, { size: LABEL_SIZE })),
    ),
  );

  const h = Math.ceil(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${h}" viewBox="0 0 ${CHART_WIDTH} ${h}" ` +
    `font-family="${escapeHtml(FONT)}" role="img" aria-label="${escapeHtml(spec.title)}">` +
    `<title>${escapeHtml(spec.title)}</title>${parts.join('')}</svg>`
  );
}
