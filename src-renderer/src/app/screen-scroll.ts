import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { comesBackToList } from '../components/list-view';

/**
 * Every screen opens at its top, whatever the screen before was scrolled to; only a list the office comes back to
 * from one of its cards opens where it was (`useListView`).
 */
export function useScreenOpensAtTop(): void {
  const { pathname } = useLocation();
  useLayoutEffect(() => {
    window.history.scrollRestoration = 'manual';
  }, []);
  useLayoutEffect(() => {
    if (!comesBackToList(pathname)) window.scrollTo(0, 0);
  }, [pathname]);
}
