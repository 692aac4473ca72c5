import type { ApprovalEntry } from './model';
import type { SchoolProfile } from '../contract/settings';
import { BLANK_DATE, signerText } from './russian-text';
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

/**
 * «УТВЕРЖДАЮ» by the director of Настройки: the position on one line, the school on the next, the signature line
 * with «М.П. Иванова», and the date to write by hand.
 */
export function directorApproval(
  school: Pick<SchoolProfile, 'directorName' | 'directorPosition' | 'shortName'>,
): ApprovalEntry {
  return {
    caption: 'УТВЕРЖДАЮ',
    lines: [school.directorPosition.trim() || 'Директор', school.shortName].filter((line) => line.trim() !== ''),
    signer: signerText(school.directorName),
  };
}
