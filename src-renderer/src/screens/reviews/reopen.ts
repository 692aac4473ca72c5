import { invoke } from '../../api/client';
import { confirmAction } from '../../components/confirm-action';

/** Asks, then makes an approved review a draft again: its figures are recounted from today's data. */
export function confirmReopen(year: string, afterReopen: () => unknown) {
  confirmAction(
    {
      title: 'Открыть справку для изменений?',
      text:
        `Аналитическая справка за ${year} учебный год снова станет черновиком: цифры пересчитаются по текущим данным, ` +
        'цели, решения и тексты можно будет изменить. Потом справку можно утвердить заново.',
      confirm: 'Открыть для изменений',
      run: () => invoke('reviews:reopen', { year }),
      done: `Справка за ${year} учебный год открыта для изменений.`,
      failTitle: 'Не открыто',
      failText: 'Не удалось открыть справку для изменений.',
    },
    afterReopen,
  );
}
