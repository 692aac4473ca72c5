/**
 * The text of an agreement as it prints: its template, or the office's own text, with every `{{…}}` filled from the
 * card, the school and the partner at the moment of printing. Where the office's own text states something the card
 * no longer says (the term, a party, the number), the passage is found, shown beside the card's, and can be brought
 * back in line in one step.
 */
import { AppError } from '../errors';
import {
  BLANK,
  BLANK_DATE,
  findPlaceholder,
  joinWords,
  PLACEHOLDER,
  WHERE_TO_FILL,
  type PlaceholderDefinition,
  type PlaceholderValues,
} from './templates/placeholders';
import { parseAgreementText } from './templates/text-format';

/**
 * What a signer cannot do without: the parties, the subject and the term. Printing is refused while one of these is
 * empty; any other empty value prints as a line to write on, and an optional section is left out.
 */
const REQUIRED = new Set([
  'школа.полное_наименование',
  'партнёр.полное_наименование',
  'договор.предмет',
  'договор.срок_действия',
  'договор.дата_окончания',
  'договор.срок_лет',
]);

/** Sections an agreement may well go without: left out of the print, with their introduction, when empty. */
const OPTIONAL = new Set(['договор.приложения']);

/** Where the text comes from: the template, rendered from the card; the office's own text; nothing at all. */
export type AgreementTextSource = 'template' | 'own' | 'none';

export interface TextSources {
  /** The agreement's own text, edited by hand; empty when the text follows its template. */
  own: string;
  /** The body of the agreement's template, or null when it has none (or it was deleted). */
  template: string | null;
  values: PlaceholderValues;
}

export interface Contradiction {
  /** What the passage states that the card no longer does, in the office's words: «срок действия договора». */
  fields: string[];
  /** The passage as the agreement's own text has it. */
  inText: string;
  /** The passage as the card would print it. */
  onCard: string;
}

export interface RenderedText {
  source: AgreementTextSource;
  /** The text with every value filled in (or a line to write on), optional empty sections left out. */
  text: string;
  /** The required values still empty, named with where to fill them: «предмет договора (в карточке договора)». */
  missing: string[];
  contradictions: Contradiction[];
}

export function textSource({ own, template }: Pick<TextSources, 'own' | 'template'>): AgreementTextSource {
  if (own.trim() !== '') return 'own';
  return template !== null && template.trim() !== '' ? 'template' : 'none';
}

const lines = (text: string) => text.split(/\r?\n/);

interface FilledLine {
  text: string;
  /** An optional section's only placeholder, left empty: the line and its introduction are left out. */
  omit: boolean;
}

function fillLine(line: string, values: PlaceholderValues, missing: PlaceholderDefinition[]): FilledLine {
  const keys: string[] = [];
  let emptyOptional = false;
  const text = line.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    const definition = findPlaceholder(name);
    // An unknown name in the office's own text is printed as typed: it is their text.
    if (!definition) return match;
    keys.push(definition.key);
    const value = values[definition.key] ?? '';
    if (value.trim() !== '') {
      // «по 31 августа 2029 г.» before the text's own full stop ends the sentence once.
      return value.endsWith('.') && line[offset + match.length] === '.' ? value.slice(0, -1) : value;
    }
    if (OPTIONAL.has(definition.key)) {
      emptyOptional = true;
      return '';
    }
    if (REQUIRED.has(definition.key) && !missing.includes(definition)) missing.push(definition);
    return definition.key.startsWith('договор.дата') ? BLANK_DATE : BLANK;
  });
  return { text, omit: emptyOptional && text.trim() === '' };
}

const isSection = (line: string) => parseAgreementText(line)[0]?.kind === 'section';

/**
 * Leaves out an optional section left empty: its placeholder's line, the line introducing it («…являются:») and a
 * heading left with nothing under it.
 */
function leaveOut(filled: FilledLine[]): string[] {
  const keep = filled.map((line) => !line.omit);
  const previousKept = (i: number) => {
    for (let j = i - 1; j >= 0; j -= 1) if (keep[j] && filled[j]?.text.trim() !== '') return j;
    return -1;
  };
  const nextKept = (i: number) => {
    for (let j = i + 1; j < filled.length; j += 1) if (keep[j] && filled[j]?.text.trim() !== '') return j;
    return -1;
  };
  filled.forEach((line, i) => {
    if (!line.omit) return;
    const intro = previousKept(i);
    if (intro >= 0 && /:\s*$/.test(filled[intro]?.text ?? '')) keep[intro] = false;
    const heading = previousKept(i);
    const after = nextKept(i);
    if (heading >= 0 && isSection(filled[heading]?.text ?? '') && (after < 0 || isSection(filled[after]?.text ?? ''))) {
      keep[heading] = false;
    }
  });
  return filled.filter((_, i) => keep[i]).map((line) => line.text);
}

function missingNames(missing: readonly PlaceholderDefinition[]): string[] {
  return missing.map((m) => `${m.missing} (${WHERE_TO_FILL[m.group]})`);
}

/** Fills a text line by line; returns the text and the required values found empty. */
function fillText(body: string, values: PlaceholderValues): { text: string; missing: PlaceholderDefinition[] } {
  const missing: PlaceholderDefinition[] = [];
  const filled = lines(body).map((line) => fillLine(line, values, missing));
  return { text: leaveOut(filled).join('\n'), missing };
}

// ---------------------------------------------------------------------------------------------------------------
// Contradictions between the office's own text and the card

/** Text compared as read: no-break spaces and runs of spaces as one space, no full stop at the end. */
function normal(text: string): string {
  return text.replaceAll('\u00A0', ' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TemplatePassage {
  /** The template's line, its placeholders kept: what the one-step fix puts back. */
  line: string;
  keys: string[];
  /** The line's words around its placeholders: how the same passage is found in the office's text. */
  skeleton: RegExp;
}

/**
 * The template's lines that state a value of the card amid words of their own («3.1. Настоящий договор действует
 * {{договор.срок_действия}}.»). A line that is nothing but a placeholder (a list of obligations) has no words to be
 * found by, and is left alone.
 */
function passagesOf(template: string): TemplatePassage[] {
  const passages: TemplatePassage[] = [];
  for (const line of lines(template)) {
    const keys = [...line.matchAll(PLACEHOLDER)]
      .map((m) => findPlaceholder(m[1] ?? '')?.key)
      .filter((key): key is string => key !== undefined);
    if (keys.length === 0) continue;
    const words = line
      .trim()
      .split(PLACEHOLDER)
      .filter((_, i) => i % 2 === 0);
    if (words.join('').replace(/[\s.]/g, '').length < 3) continue;
    const pattern = words.map((part) => escapeRegExp(part).replace(/\s+/g, '\\s+')).join('([\\s\\S]*?)');
    passages.push({ line, keys, skeleton: new RegExp(`^\\s*${pattern}\\s*$`, 'u') });
  }
  return passages;
}

interface FoundContradiction extends Contradiction {
  /** The index of the passage's line in the office's text. */
  index: number;
  /** The template's line that replaces it. */
  replacement: string;
}

function contradictionsIn(own: string, template: string, values: PlaceholderValues): FoundContradiction[] {
  const ownLines = lines(own);
  const used = new Set<number>();
  const found: FoundContradiction[] = [];
  for (const passage of passagesOf(template)) {
    const index = ownLines.findIndex((line, i) => !used.has(i) && passage.skeleton.test(line.trim()));
    if (index < 0) continue;
    used.add(index);
    const inText = fillLine(ownLines[index] ?? '', values, []).text.trim();
    const onCard = fillLine(passage.line, values, []).text.trim();
    // A list that runs over several lines is not compared line by line.
    if (onCard.includes('\n') || normal(inText) === normal(onCard)) continue;
    const stated = normal(inText);
    const fields = passage.keys
      .filter((key) => {
        const value = normal(values[key] ?? '');
        return value !== '' && !stated.includes(value);
      })
      .map((key) => findPlaceholder(key)?.missing ?? key)
      .filter((name, i, all) => all.indexOf(name) === i);
    if (fields.length === 0) continue;
    found.push({ fields, inText, onCard, index, replacement: passage.line.trim() });
  }
  return found;
}

/**
 * The agreement's text as it prints today, with what is missing and where the office's own text contradicts the
 * card. Refuses nothing: `printableText` does.
 */
export function renderAgreementText(sources: TextSources): RenderedText {
  const source = textSource(sources);
  const body = source === 'own' ? sources.own : source === 'template' ? (sources.template ?? '') : '';
  const { text, missing } = fillText(body, sources.values);
  const parties = ['школа.полное_наименование', 'партнёр.полное_наименование']
    .map((key) => findPlaceholder(key))
    .filter(
      (d): d is PlaceholderDefinition => !!d && (sources.values[d.key] ?? '').trim() === '' && !missing.includes(d),
    );
  const contradictions =
    source === 'own' && sources.template !== null
      ? contradictionsIn(sources.own, sources.template, sources.values).map(({ fields, inText, onCard }) => ({
          fields,
          inText,
          onCard,
        }))
      : [];
  return { source, text, missing: missingNames([...parties, ...missing]), contradictions };
}

/** The text to print, or a refusal naming what a signer cannot do without. */
export function printableText(sources: TextSources, number: string): string {
  const rendered = renderAgreementText(sources);
  if (rendered.source === 'none') {
    throw new AppError(
      'invalid_input',
      `В договоре № ${number} нет текста: выберите шаблон или напишите текст на странице изменения договора.`,
    );
  }
  if (rendered.missing.length > 0) {
    throw new AppError(
      'invalid_input',
      `Договор № ${number} нельзя подписать без этих сведений. Перед печатью заполните: ` +
        `${joinWords(rendered.missing)}.`,
    );
  }
  return rendered.text;
}

/**
 * The office's own text with every passage that contradicts the card replaced by the template's line, its
 * placeholders kept: the passage then follows the card from now on. Every other line, the office's own clauses
 * among them, stays as it was.
 */
export function alignedText(sources: TextSources): string {
  if (textSource(sources) !== 'own' || sources.template === null) return sources.own;
  const own = lines(sources.own);
  for (const { index, replacement } of contradictionsIn(sources.own, sources.template, sources.values)) {
    own[index] = replacement;
  }
  return own.join('\n');
}
