import { describe, expect, it } from 'vitest';
import { call } from '../kit/channels';
import { fillDate, fillTime, hoursOf, useBrowser, openApp, SYSTEM_LANGUAGE, timeShown } from './support';

const browser = useBrowser();

describe('Date and time fields on a computer set to English', () => {
  it.each(['America/New_York', 'Asia/Vladivostok'])(
    'read and take dates as ДД.ММ.ГГГГ and times on the 24-hour clock, from a Monday-first picker, and keep the day typed (%s)',
    async (timezoneId) => {
      expect(SYSTEM_LANGUAGE).toBe('en-US');
      const app = await openApp(browser(), { viewport: { width: 1366, height: 768 }, timezoneId });
      const { page } = app;
      expect(await page.evaluate(() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone])).toEqual(
        ['en-US', timezoneId],
      );
      await page.getByRole('link', { name: 'Календарь', exact: true }).click();
      await page.getByRole('button', { name: 'Новое мероприятие' }).click();
      const dialog = page.getByRole('dialog', { name: 'Новое мероприятие' });
      await dialog.getByLabel('Название').fill('Встреча с инспектором ГИБДД');
      const start = dialog.getByLabel('Начало');
      const end = dialog.getByLabel('Окончание');
      expect(await start.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(await timeShown(dialog, 'Время начала')).toBe('10:00');

      // Typed short, shown in full; the end moves with the start, keeping the hour's length.
      await fillDate(start, '1.9.25');
      expect(await start.inputValue()).toBe('01.09.2025');
      expect(await end.inputValue()).toBe('01.09.2025');
      await fillTime(dialog, 'Время начала', '15:00');
      expect(await timeShown(dialog, 'Время начала')).toBe('15:00');
      expect(await timeShown(dialog, 'Время окончания')).toBe('16:00');

      // A day the calendar has not: refused in Russian, and the field keeps the date it had.
      await fillDate(end, '31.02.2026');
      await dialog.getByText('Такой даты нет: 31.02.2026').waitFor();
      expect(await end.inputValue()).toBe('01.09.2025');

      // The picker: Russian, Monday first, over the dialog and whole on the screen.
      await end.click();
      const picker = page.locator('[data-dates-dropdown]');
      await picker.waitFor();
      expect(await picker.getByText('Сентябрь 2025').count()).toBe(1);
      const weekdays = await picker.locator('thead th').allInnerTexts();
      expect(weekdays.map((d) => d.toLowerCase())).toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
      const box = await picker.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 768 && box.x + box.width <= 1366).toBe(true);
      const topmost = await picker.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const corners = [
          [r.left + 4, r.top + 4],
          [r.right - 4, r.bottom - 4],
        ] as const;
        return corners.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
      });
      expect(topmost).toBe(true);
      await picker.getByRole('button', { name: '19 сентября 2025' }).click();
      expect(await end.inputValue()).toBe('19.09.2025');
      expect(await dialog.innerText()).not.toMatch(/\b(AM|PM)\b|\d{1,2}\/\d{1,2}\/\d{4}/);

      // A time cleared and not typed again: the event is not added, and the time field says why.
      await hoursOf(dialog, 'Время окончания').click();
      await hoursOf(dialog, 'Время окончания').press('Backspace');
      await dialog.getByRole('button', { name: 'Добавить' }).click();
      await dialog.getByText('Укажите время').waitFor();
      await fillTime(dialog, 'Время окончания', '16:00');
      await dialog.getByRole('button', { name: 'Добавить' }).click();
      await dialog.waitFor({ state: 'detached' });
      const stored = await call(app.harness.core, 'events:range', { from: '2025-09-01', to: '2025-09-30' });
      expect(stored.map((o) => [o.title, o.start, o.end])).toEqual([
        ['Встреча с инспектором ГИБДД', '2025-09-01T15:00', '2025-09-19T16:00'],
      ]);
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    },
    120_000,
  );
});
