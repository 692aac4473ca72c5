import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefCallback } from 'react';
import { useLocation } from 'react-router';

/** What a list showed: its search and filters, how far the screen and the list's own box were scrolled. */
interface KeptView {
  values: object;
  windowY: number;
  boxY: number;
}

/**
 * The views of the lists the office went from into one of their cards, by the list's path («/partners»). A view is
 * kept only while the office stays under its list's path (the card, its form) and written only by what the office
 * does (a filter changed, a scroll), never by opening the list.
 */
const kept = new Map<string, KeptView>();

/**
 * Told by the shell on every change of screen: forgets the lists the office has left, so that a list opened from
 * anywhere else starts afresh; answers whether the screen now shown is a list coming back to its kept view (which
 * then scrolls itself to where it was, rather than to its top).
 */
export function comesBackToList(pathname: string): boolean {
  for (const path of kept.keys()) {
    if (pathname !== path && !pathname.startsWith(`${path}/`)) kept.delete(path);
  }
  return kept.has(pathname);
}

export interface ListView<Values extends object> {
  values: Values;
  /** Changes some of the search and filters. */
  set(patch: Partial<Values>): void;
  /**
   * For the element that holds the list's rows: once it is shown, the screen (and the element itself, where it
   * scrolls inside) goes back to where it was scrolled.
   */
  listRef: RefCallback<HTMLElement>;
}

/**
 * A list's search and filters and its scroll, kept while the office is in one of its cards: back from a partner's
 * card, Партнёры shows the same search, the same filters and the same rows as before. Opened from anywhere else, the
 * list starts afresh, at its top.
 */
export function useListView<Values extends object>(initial: Values): ListView<Values> {
  const { pathname } = useLocation();
  const [cameBack] = useState(() => kept.get(pathname));
  const [values, setValues] = useState(() => (cameBack?.values as Values | undefined) ?? initial);
  const view = useRef<KeptView>(cameBack ?? { values: initial, windowY: 0, boxY: 0 });
  // Until the rows of a view that comes back are shown and scrolled to, scrolling says nothing about the list.
  const live = useRef({ shown: false, restored: !cameBack });

  const keep = useCallback(
    (change: Partial<KeptView>) => {
      if (!live.current.shown) return;
      view.current = { ...view.current, ...change };
      kept.set(pathname, view.current);
    },
    [pathname],
  );

  useLayoutEffect(() => {
    const state = live.current;
    state.shown = true;
    return () => {
      state.shown = false;
    };
  }, []);

  useEffect(() => {
    const onScroll = () => {
      if (live.current.restored) keep({ windowY: window.scrollY });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [keep]);

  const listRef = useCallback<RefCallback<HTMLElement>>(
    (element) => {
      if (!element) return;
      let frame = 0;
      const onScroll = () => keep({ boxY: element.scrollTop });
      const listen = () => element.addEventListener('scroll', onScroll, { passive: true });
      if (live.current.restored) listen();
      else {
        live.current.restored = true;
        const { windowY, boxY } = view.current;
        window.scrollTo(0, windowY);
        // A virtual list puts its box back at its start as it mounts: the box is scrolled a frame later.
        frame = requestAnimationFrame(() => {
          element.scrollTop = boxY;
          listen();
        });
      }
      return () => {
        cancelAnimationFrame(frame);
        element.removeEventListener('scroll', onScroll);
      };
    },
    [keep],
  );

  const set = useCallback(
    (patch: Partial<Values>) => {
      live.current.restored = true;
      const next = { ...(view.current.values as Values), ...patch };
      keep({ values: next });
      setValues(next);
    },
    [keep],
  );

  return { values, set, listRef };
}
