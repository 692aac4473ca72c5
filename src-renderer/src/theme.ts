import { createTheme } from '@mantine/core';
import './focus-ring.css';

export const theme = createTheme({
  fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif',
  headings: { fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'md',
  // The ring shows where the keyboard is (focus-ring.css draws it), not after every click.
  focusRing: 'auto',
});
