/** When an event can be marked held: the store's rule, which the calendar's «Проведено» follows before asking. */

/** Why an event ahead cannot be marked held yet: the store's refusal and the disabled button's reason alike. */
export const NOT_YET_HELD = 'Мероприятие ещё не наступило: отметить его проведённым можно в день проведения или позже.';

/** The event (or occurrence) starts on a day after `today` (both local ISO dates or date-times). */
export function isAhead(start: string, today: string): boolean {
  return start.slice(0, 10) > today.slice(0, 10);
}
