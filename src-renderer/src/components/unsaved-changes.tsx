import { modals } from '@mantine/modals';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { holdLayer } from './dialog-layers';

/** Navigation state that passes the guard: the screen itself leaves after saving. */
export const AFTER_SAVE = { afterSave: true } as const;

type Register = (key: string, dirty: boolean) => void;
const UnsavedContext = createContext<Register | null>(null);

/**
 * One guard for the whole app (a router allows one blocker): while any form on the screen has unsaved
 * changes, leaving the screen asks first, and closing the window is held back by the browser's own prompt.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirtyKeys, setDirtyKeys] = useState<ReadonlySet<string>>(new Set());
  const register = useCallback<Register>((key, dirty) => {
    setDirtyKeys((keys) => {
      if (keys.has(key) === dirty) return keys;
      const next = new Set(keys);
      if (dirty) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const anyDirty = dirtyKeys.size > 0;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      anyDirty &&
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
    if (!anyDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  return <UnsavedContext.Provider value={useMemo(() => register, [register])}>{children}</UnsavedContext.Provider>;
}

/** Marks this form's changes as unsaved while `dirty`. */
export function useUnsavedChangesGuard(dirty: boolean) {
  const register = useContext(UnsavedContext);
  const key = useId();
  if (!register) throw new Error('useUnsavedChangesGuard outside UnsavedChangesProvider');
  useEffect(() => {
    register(key, dirty);
    return () => register(key, false);
  }, [register, key, dirty]);
}

/**
 * Closes a dialog straight away when nothing in it changed; otherwise asks first, saying what would be lost
 * («Изменения в записи не сохранены. Закрыть окно и потерять их?»). `labels` replace the buttons' wording
 * where the place says it differently.
 */
export function closeOrConfirm(
  dirty: boolean,
  onClose: () => void,
  unsaved: string,
  labels: { confirm?: string; cancel?: string } = {},
): void {
  if (!dirty) {
    onClose();
    return;
  }
  // The question is the layer on top while it is shown: Esc answers it («Вернуться») and leaves the form open.
  const release = holdLayer();
  modals.openConfirmModal({
    title: 'Несохранённые изменения',
    children: unsaved,
    onClose: release,
    labels: { confirm: labels.confirm ?? 'Закрыть без сохранения', cancel: labels.cancel ?? 'Вернуться' },
    confirmProps: { color: 'red' },
    onConfirm: onClose,
  });
}
