import { modals } from '@mantine/modals';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/** Navigation state that passes the guard: the screen itself leaves after saving. */
export const AFTER_SAVE = { afterSave: true } as const;

/** While `dirty`, leaving the screen asks first; closing the window is held back by the browser's own prompt. */
export function useUnsavedChangesGuard(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      currentLocation.pathname !== nextLocation.pathname &&
      (nextLocation.state as typeof AFTER_SAVE | null)?.afterSave !== true,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modals.openConfirmModal({
      title: 'Несохранённые изменения',
      children: 'Изменения не сохранены. Уйти со страницы и потерять их?',
      labels: { confirm: 'Уйти без сохранения', cancel: 'Остаться' },
      confirmProps: { color: 'red' },
      onConfirm: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
