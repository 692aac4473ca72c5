import { createTheme } from '@mantine/core';

export const theme = createTheme({
  fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif',
  headings: { fontFamily: '"PT Sans", "Segoe UI", system-ui, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'md',
});
