import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The dialogs open one over another, the latest on top. Mantine's modals each listen to Esc on the whole window, so
 * without this a press meant for a question over a form (or for a form over an event's card) would close every one
 * of them at once; only the one on top may take it.
 */
let layers: readonly symbol[] = [];
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** Puts a layer on top (a new one unless given); returns its release, for when its dialog goes away. */
export function holdLayer(layer: symbol = Symbol('dialog')): () => void {
  layers = [...layers, layer];
  changed();
  return () => {
    layers = layers.filter((held) => held !== layer);
    changed();
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** While `opened`, this dialog is a layer: true while it is the one on top, which alone Esc closes. */
export function useTopLayer(opened: boolean): boolean {
  const layer = useRef<symbol | null>(null);
  useEffect(() => {
    if (!opened) return;
    const mine = Symbol('dialog');
    layer.current = mine;
    const release = holdLayer(mine);
    return () => {
      layer.current = null;
      release();
    };
  }, [opened]);
  return useSyncExternalStore(subscribe, () => layer.current === null || layers[layers.length - 1] === layer.current);
}
