import type { ImportRead } from '@contract/partner-import';

const ENCODINGS: Record<NonNullable<ImportRead['encoding']>, string> = {
  'utf-8': 'UTF-8',
  'windows-1251': 'Windows-1251',
};
const DELIMITERS: Record<NonNullable<ImportRead['delimiter']>, string> = {
  ';': 'точка с запятой «;»',
  ',': 'запятая «,»',
};

/** What was found in the file, as one line: «CSV · кодировка Windows-1251 · разделитель — точка с запятой «;»». */
export function describeFile(read: ImportRead): string {
  if (read.format === 'xlsx') return 'Книга Excel (XLSX), первый лист';
  const parts = ['CSV'];
  if (read.encoding) parts.push(`кодировка ${ENCODINGS[read.encoding]}`);
  if (read.delimiter) parts.push(`разделитель — ${DELIMITERS[read.delimiter]}`);
  return parts.join(' · ');
}
