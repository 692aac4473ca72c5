import '@fontsource/pt-sans/cyrillic-400.css';
import '@fontsource/pt-sans/cyrillic-700.css';
import '@fontsource/pt-sans/latin-400.css';
import '@fontsource/pt-sans/latin-700.css';
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/ru';
import { getDefaultZIndex, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AcademicYearProvider } from './app/academic-year';
import { router } from './app/routes';
import noticeClasses from './components/notices.module.css';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // A local store: no retries against a network that is not there, no refetch on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AcademicYearProvider>
        <MantineProvider theme={theme}>
          {/* Dates in Russian whatever the computer's language: the week starts on Monday. */}
          <DatesProvider settings={{ locale: 'ru', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
            <ModalsProvider labels={{ confirm: 'Да', cancel: 'Отмена' }}>
              {/*
                Bottom right, where no screen keeps its buttons (they head the screen, or end a form at its left),
                and under the dialogs, as a desktop window's notices lie under its modal dialogs: never over a
                dialog's buttons. Three at most, so the stack never climbs to a screen's header.
              */}
              <Notifications
                position="bottom-right"
                zIndex={getDefaultZIndex('modal') - 1}
                limit={3}
                classNames={{ root: noticeClasses.notices }}
              />
              <RouterProvider router={router} />
            </ModalsProvider>
          </DatesProvider>
        </MantineProvider>
      </AcademicYearProvider>
    </QueryClientProvider>
  </StrictMode>,
);
