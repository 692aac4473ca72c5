/**
 * The plain-text format of templates and of an agreement's own text: one paragraph per line. A line «2. Права и
 * обязанности сторон» is a section heading, a line «2.1. Школа обязуется:» a numbered clause, any other line a
 * paragraph; empty lines are ignored.
 */

export type AgreementTextLine =
  | { kind: 'section'; number: number; text: string }
  | { kind: 'clause'; text: string }
  | { kind: 'paragraph'; text: string };

// A heading starts with a capital letter, is short and does not end in a punctuation mark as a clause would:
// «1. Предмет договора», not «1. предоставлять помещение;».
const SECTION = /^(\d{1,2})\.\s+(\p{Lu}[^\n]{0,118})$/u;
const CLAUSE = /^\d{1,2}\.\d{1,2}\./;

export function parseAgreementText(text: string): AgreementTextLine[] {
  const lines: AgreementTextLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const section = SECTION.exec(line);
    if (section && !/[.,;:]$/.test(line)) {
      lines.push({ kind: 'section', number: Number(section[1]), text: line });
    } else if (CLAUSE.test(line)) {
      lines.push({ kind: 'clause', text: line });
    } else {
      lines.push({ kind: 'paragraph', text: line });
    }
  }
  return lines;
}
