import { FILE_TOO_LARGE, IMPORT_MAX_FILE_BYTES } from '@contract/office-files';

/** A Russian reason to refuse a picked file before it is sent to be read, or null. */
export function fileProblem(file: File): string | null {
  if (file.size > IMPORT_MAX_FILE_BYTES) return FILE_TOO_LARGE;
  if (file.size === 0) return 'Файл пуст: в нём нет ни одной строки.';
  return null;
}

/** What an import says when the store refused the file: the refusal itself, in Russian. */
export function importErrorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Не удалось прочитать файл.';
}
