import { z } from 'zod';
import { requiredText } from './text';

/** The largest file a user may import (a partners' list, a plan, a model of interaction, an agreement form). */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Base64 of IMPORT_MAX_FILE_BYTES: four characters for every three bytes. */
export const IMPORT_MAX_BASE64_LENGTH = Math.ceil(IMPORT_MAX_FILE_BYTES / 3) * 4;
/** The message of a file over IMPORT_MAX_FILE_BYTES. */
export const FILE_TOO_LARGE = 'Файл больше 10 МБ: разделите его на части.';

/** A file the user picked, as it crosses the bridge: its name and its bytes in base64. */
export const officeFileInput = {
  fileName: requiredText(255, 'Выберите файл'),
  content: z
    .string({ error: 'Ожидается содержимое файла' })
    .max(IMPORT_MAX_BASE64_LENGTH, { error: 'Файл больше 10 МБ: разделите его на части' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Содержимое файла передано не полностью' }),
};
