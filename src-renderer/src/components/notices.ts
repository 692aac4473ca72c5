import { notifications, type NotificationData } from '@mantine/notifications';
import { ApiError } from '../api/client';

/** The notice that says how the last action came out, while it is shown. */
let outcomeShown: string | null = null;

/**
 * Says how an action came out: saved, done, or refused. The outcome said before goes as this one comes, so a stale
 * «Не сохранено» never stays beside the «Сохранено» that followed it.
 */
export function noticeOutcome(notice: NotificationData): void {
  if (outcomeShown) notifications.hide(outcomeShown);
  const id = notifications.show({
    ...notice,
    onClose: (shown) => {
      if (outcomeShown === shown.id) outcomeShown = null;
      notice.onClose?.(shown);
    },
  });
  outcomeShown = id;
}

/** Field messages of a refused call, keyed as the form names its fields (without the `fields.` wrapper). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = error instanceof ApiError ? error.fields : {};
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^fields\./, ''), message]));
}

/** Says in Russian why something was not saved (or not done), and gives the field messages to show. */
export function noticeRefusal(error: unknown, title = 'Не сохранено', fallback = 'Не удалось сохранить.') {
  noticeOutcome({ color: 'red', title, message: error instanceof ApiError ? error.message : fallback });
  return fieldErrorsOf(error);
}

/** Says where a file was saved; a cancelled save dialog (no path) says nothing. */
export function noticeSavedFile(path: string | null) {
  if (path) noticeOutcome({ color: 'teal', title: 'Готово', message: `Файл сохранён: ${path}` });
}
