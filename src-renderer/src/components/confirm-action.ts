import { modals } from '@mantine/modals';
import { noticeOutcome, noticeRefusal } from './notices';

export interface ConfirmActionOptions {
  title: string;
  text: string;
  /** The confirm button's label. */
  confirm: string;
  /** The cancel button's label; «Отмена» unless told. */
  cancel?: string;
  /** Paints the confirm button red. */
  danger?: boolean;
  /** Does the thing once the user agrees. */
  run: () => Promise<unknown>;
  /** Said when it is done. */
  done: string;
  failTitle: string;
  failText: string;
}

/** An action done at once: what it does, what is said once done, and what is said when the store refuses. */
export type ActionOptions = Pick<ConfirmActionOptions, 'run' | 'done' | 'failTitle' | 'failText'>;

/** Runs the action; `after` refreshes what the screen shows, then a notice says it is done (or why not). */
export async function runAction(options: ActionOptions, after: () => unknown): Promise<void> {
  try {
    await options.run();
    await after();
    noticeOutcome({ color: 'teal', message: options.done });
  } catch (error) {
    noticeRefusal(error, options.failTitle, options.failText);
  }
}

/** Asks, then runs the action as `runAction` does. */
export function confirmAction(options: ConfirmActionOptions, after: () => unknown) {
  modals.openConfirmModal({
    title: options.title,
    children: options.text,
    labels: { confirm: options.confirm, cancel: options.cancel ?? 'Отмена' },
    ...(options.danger ? { confirmProps: { color: 'red' } } : {}),
    onConfirm: () => runAction(options, after),
  });
}

/** Asks, then deletes: a red «Удалить», and «Не удалено» with `failText` when the store refuses. */
export function confirmDelete(
  options: Omit<ConfirmActionOptions, 'confirm' | 'danger' | 'failTitle'>,
  after: () => unknown,
) {
  confirmAction({ ...options, confirm: 'Удалить', danger: true, failTitle: 'Не удалено' }, after);
}
