import { Pill, createTheme } from '@mantine/core';
import './focus-ring.css';

export const theme = createTheme({
  fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif',
  headings: { fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'md',
  // The ring shows where the keyboard is (focus-ring.css draws it), not after every click.
  focusRing: 'auto',
  // A computer set to show no animations (Windows: «Показывать анимацию» off) gets dialogs, menus and the
  // navigation's groups without them.
  respectReducedMotion: true,
  components: {
    // A chosen value as long as a programme's task or a partner's full name wraps inside its field instead of being
    // cut off (or, in a field that may grow, widening the screen past the window).
    Pill: Pill.extend({
      styles: {
        root: { flex: '0 1 auto', height: 'auto', minHeight: 'var(--pill-height)', whiteSpace: 'normal' },
        label: { height: 'auto', lineHeight: 1.3, paddingBlock: 2, overflowWrap: 'break-word' },
        // A fixed width: its icon's percentage size would otherwise make a short pill as wide as its field.
        remove: { width: '2em', flexShrink: 0 },
      },
    }),
  },
});
