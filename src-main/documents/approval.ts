import type { ApprovalEntry } from './model';
import { BLANK_DATE } from './russian-text';
import { SIGNATURE_BLANK } from './model';

const NBSP = '\u00A0';

/**
 * A line that may wrap without leaving a word alone: its last two words are joined, and so is an abbreviation of
 * capitals to the name it belongs to («МБОУ Первомайская СОШ» wraps as a whole after «Директор»).
 */
export function withoutLoneWord(line: string): string {
  const words = line.trim().split(/\s+/);
  if (words.length < 2) return line.trim();
  const tail = words.splice(-2).join(NBSP);
  return [...words, tail].join(' ').replace(/(^|\s)(\p{Lu}{2,5}) (?=\S)/gu, `$1$2${NBSP}`);
}

/** The lines of an approval entry as both renderers print them, top to bottom; the caption first, in capitals. */
export function approvalLines(entry: ApprovalEntry): string[] {
  const lines = [entry.caption.toLocaleUpperCase('ru-RU'), ...entry.lines.map(withoutLoneWord)];
  if (entry.signer !== undefined) lines.push(`${SIGNATURE_BLANK} ${entry.signer}`);
  const date = entry.dateLine ?? (entry.signer !== undefined ? BLANK_DATE : undefined);
  if (date !== undefined) lines.push(date);
  if (entry.order !== undefined && entry.order.trim() !== '') lines.push(withoutLoneWord(entry.order));
  return lines;
}
