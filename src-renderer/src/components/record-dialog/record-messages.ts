import type { NotificationData } from '@mantine/notifications';
import { CHECK_INPUT } from '@contract/envelope';
import { countOf } from '@contract/plural';
import { ApiError } from '../../api/client';

/**
 * What a form says once saved: its text, under «Сохранено» unless another title (or none, null) is given; or a whole
 * notification (its own id, closing time, a link in its message).
 */
export type SavedNotice = string | (Omit<NotificationData, 'title'> & { title: string | null });

/** The notification once saved; null where the form says nothing (what comes next shows the record itself). */
export function savedNotification(notice: SavedNotice | undefined) {
  if (notice === undefined) return null;
  return { color: 'teal', title: 'Сохранено', ...(typeof notice === 'string' ? { message: notice } : notice) };
}

/** Why a save was refused: the store's reason, or what the form says when the store gave none. */
export function refusalText(error: unknown, fallback = 'Не удалось сохранить.'): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** What a save refused for its fields says: how many need attention («Проверьте 3 поля»). */
export function fieldsToCheckText(count: number): string {
  return `Проверьте ${countOf(count, ['поле', 'поля', 'полей'])}: ${count === 1 ? 'оно отмечено' : 'они отмечены'} красным.`;
}

/**
 * Why the store refused a save: the fields to check where it only said «Проверьте введённые данные.»; its own reason
 * otherwise, followed by the fields to check when it marked some.
 */
export function refusalMessage(error: unknown, fields: number, fallback?: string): string {
  const reason = refusalText(error, fallback);
  if (fields === 0) return reason;
  return reason === CHECK_INPUT ? fieldsToCheckText(fields) : `${reason} ${fieldsToCheckText(fields)}`;
}
