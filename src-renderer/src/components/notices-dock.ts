import { useEffect, useState } from 'react';
import noticeClasses from './notices.module.css';

/** The notices' own margin from the window's edges (Mantine's `spacing.md`). */
const MARGIN = 16;

/**
 * The height of the strip the notices take at the bottom of the window while any is shown (0 while none is). The
 * screen gives them that strip, as a desktop program's message bar does, instead of lying under them: the last rows'
 * buttons stay above it, within reach.
 */
export function useNoticesDock(): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    let observer: ResizeObserver | null = null;
    let timer = 0;
    const attach = () => {
      const root = document.querySelector<HTMLElement>(`.${noticeClasses['notices']}[data-position="bottom-right"]`);
      // The notices' container is put in the page by a portal, once the app has started.
      if (!root) {
        timer = window.setTimeout(attach, 100);
        return;
      }
      observer = new ResizeObserver(() => {
        const shown = root.getBoundingClientRect().height;
        setHeight(shown > 0 ? Math.ceil(shown) + 2 * MARGIN : 0);
      });
      observer.observe(root);
    };
    attach();
    return () => {
      window.clearTimeout(timer);
      observer?.disconnect();
    };
  }, []);
  // What the keyboard brings into view (a focused button, a field) stops above the strip, not under it.
  useEffect(() => {
    document.documentElement.style.scrollPaddingBottom = height ? `${height}px` : '';
  }, [height]);
  return height;
}
