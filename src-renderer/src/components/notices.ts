import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/** Field messages of a refused call, keyed as the form names its fields (without the `fields.` wrapper). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = error instanceof ApiError ? error.fields : {};
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^fields\./, ''), message]));
}

/** Says in Russian why something was not saved (or not done), and gives the field messages to show. */
export function noticeRefusal(error: unknown, title = 'Не сохранено', fallback = 'Не удалось сохранить.') {
  notifications.show({ color: 'red', title, message: error instanceof ApiError ? error.message : fallback });
  return fieldErrorsOf(error);
}

/** Says where a file was saved; a cancelled save dialog (no path) says nothing. */
export function noticeSavedFile(path: string | null) {
  if (path) notifications.show({ color: 'teal', title: 'Готово', message: `Файл сохранён: ${path}` });
}
