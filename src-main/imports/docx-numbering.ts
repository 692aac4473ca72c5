/**
 * The numbers Word shows in front of automatically numbered paragraphs («2.», «2.1.», «а)», «–»), computed from the
 * package's numbering.xml as Word counts them: one counter per list (abstract numbering) and level, a deeper level
 * restarting when a higher one moves on, a list instance with a start override restarting at its first paragraph.
 * Each paragraph is asked for its label in document order.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  /** «Legal» numbering: every level's number written in decimal. */
  legal: boolean;
}

interface NumInstance {
  abstractId: string;
  /** Levels the instance itself defines, or starts anew. */
  levels: Map<number, Level>;
  starts: Map<number, number>;
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(W, name)).filter((e) => e.parentNode === parent);
const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];
const val = (parent: Element, name: string): string | null => child(parent, name)?.getAttributeNS(W, 'val') ?? null;

function readLevel(lvl: Element): Level {
  const legal = child(lvl, 'isLgl');
  return {
    start: Number(val(lvl, 'start') ?? '1') || 0,
    format: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    legal: legal !== undefined && legal.getAttributeNS(W, 'val') !== '0' && legal.getAttributeNS(W, 'val') !== 'false',
  };
}

function readLevels(parent: Element): Map<number, Level> {
  return new Map(children(parent, 'lvl').map((lvl) => [Number(lvl.getAttributeNS(W, 'ilvl') ?? '0'), readLevel(lvl)]));
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a, b, … z, aa, bb, …; the Russian ones the same way without ё, й, ъ, ы, ь. */
function letter(n: number, alphabet: string): string {
  const i = (n - 1) % alphabet.length;
  return (alphabet[i] ?? '').repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

/** A number as a level's format writes it. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'lowerLetter':
      return letter(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'russianLower':
      return letter(n, RUSSIAN);
    case 'russianUpper':
      return letter(n, RUSSIAN).toLocaleUpperCase('ru-RU');
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The labels of one document's numbered paragraphs, asked for in document order. */
export class NumberingLabels {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumInstance>();
  /** The running counters of each list, by level. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  /** Paragraph styles that number their paragraphs (a heading style linked to a list). */
  private readonly styles = new Map<string, { numId: string; level: number }>();

  constructor(numberingXml: string | null, stylesXml: string | null = null) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  private readNumbering(xml: string): void {
    const doc = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
    if (!doc) return;
    for (const abstract of children(doc, 'abstractNum')) {
      this.abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', readLevels(abstract));
    }
    for (const num of children(doc, 'num')) {
      const levels = new Map<number, Level>();
      const starts = new Map<number, number>();
      for (const override of children(num, 'lvlOverride')) {
        const level = Number(override.getAttributeNS(W, 'ilvl') ?? '0');
        const start = val(override, 'startOverride');
        if (start !== null) starts.set(level, Number(start) || 0);
        const lvl = child(override, 'lvl');
        if (lvl) levels.set(level, readLevel(lvl));
      }
      this.instances.set(num.getAttributeNS(W, 'numId') ?? '', {
        abstractId: val(num, 'abstractNumId') ?? '',
        levels,
        starts,
      });
    }
  }

  private readStyles(xml: string): void {
    const doc = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
    if (!doc) return;
    for (const style of children(doc, 'style')) {
      const numPr = child(child(style, 'pPr') ?? style, 'numPr');
      const numId = numPr ? val(numPr, 'numId') : null;
      if (!numPr || !numId || numId === '0') continue;
      const entry = { numId, level: Number(val(numPr, 'ilvl') ?? '0') };
      const id = style.getAttributeNS(W, 'styleId');
      const name = child(style, 'name')?.getAttributeNS(W, 'val');
      if (id) this.styles.set(id, entry);
      if (name) this.styles.set(name, entry);
    }
  }

  /** The numbering a paragraph style gives its paragraphs (by style id or name), or null. */
  styleNumbering(style: string | null): { numId: string; level: number } | null {
    return style === null ? null : (this.styles.get(style) ?? null);
  }

  private level(instance: NumInstance, level: number): Level | undefined {
    return instance.levels.get(level) ?? this.abstracts.get(instance.abstractId)?.get(level);
  }

  /**
   * The label of the next paragraph of the list `numId` at `level`: «2.1.», «а)», «–» for a bullet; null for no
   * numbering (numId 0, or one the package does not define). Counts the paragraph.
   */
  next(numId: string, level: number): string | null {
    const instance = this.instances.get(numId);
    if (!instance) return null;
    const current = this.level(instance, level);
    if (!current) return null;
    const key = instance.abstractId;
    const counters: (number | undefined)[] = this.counters.get(key) ?? [];
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // A list instance that starts anew: its levels count from their start override.
      for (const [lvl, start] of instance.starts) {
        counters[lvl] = start - 1;
      }
    }
    const previous = counters[level];
    counters[level] = previous === undefined ? current.start : previous + 1;
    // A deeper level counts anew under the next paragraph of this one.
    counters.length = level + 1;
    this.counters.set(key, counters);
    if (current.format === 'bullet') return '–';
    const label = current.text.replace(/%(\d)/g, (_, n: string) => {
      const lvl = Number(n) - 1;
      const at = this.level(instance, lvl);
      const count = counters[lvl] ?? at?.start ?? 1;
      const format = current.legal ? 'decimal' : lvl === level ? current.format : (at?.format ?? 'decimal');
      return formatNumber(count, format);
    });
    return label.trim();
  }
}
