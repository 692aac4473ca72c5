import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { addDays } from '../../src-main/contract/dates';
import { call } from '../kit';
import { eventFields } from '../unit/events/fixtures';
import { useBrowser, openApp } from './support';

const browser = useBrowser();

const LONG_TITLE = 'Встреча с инспектором ГИБДД «Безопасная дорога зимой» для учащихся 5–7 классов и родителей';

/** Whether every line of the element's text is shown: nothing hidden below its box or beside it. */
const wholeText = (element: Locator) =>
  element.evaluate((title) => {
    const box = title.getBoundingClientRect();
    // The text's own lines: where they end must lie inside every box around them up to the event's block.
    const range = document.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const block = title.closest('.sod-event') as HTMLElement;
    const outer = block.getBoundingClientRect();
    return (
      title.scrollHeight <= title.clientHeight + 1 &&
      title.scrollWidth <= title.clientWidth + 1 &&
      text.bottom <= Math.min(box.bottom, outer.bottom) + 1 &&
      text.right <= Math.min(box.right, outer.right) + 1
    );
  });

describe('event titles in the calendar', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 720],
  ] as const) {
    it(`shows a long title whole in a two-hour block of the week, and in full on hover in the month, at ${width}×${height}`, async () => {
      const day = addDays(localIsoDate(new Date()), 1);
      const app = await openApp(browser(), { viewport: { width, height } });
      const { page } = app;
      await call(app.harness.core, 'events:create', {
        ...eventFields(),
        title: LONG_TITLE,
        start: `${day}T10:00`,
        end: `${day}T12:00`,
      });
      await page.getByRole('link', { name: 'Календарь', exact: true }).click();
      const monthEvent = page.locator(`[role="cell"][data-date="${day}"]`).locator('.sod-event');
      await monthEvent.waitFor();
      // The month's day cell is narrow: the title there is cut, and its tooltip gives it whole.
      expect(await monthEvent.locator('.sod-event-title').getAttribute('title')).toBe(LONG_TITLE);

      await page.getByRole('tab', { name: 'Неделя' }).click();
      const block = page.locator('.sod-event', { hasText: 'Встреча с инспектором' });
      await block.waitFor();
      const title = block.locator('.sod-event-title');
      const shots = join(tmpdir(), 'sodruzhestvo-screenshots');
      mkdirSync(shots, { recursive: true });
      await block.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `calendar-week-title-${width}x${height}.png`) });
      // The mark of an event outside the plan comes first, then the title, every word of it shown.
      expect(flatText(await title.innerText())).toBe(`вне плана${LONG_TITLE}`);
      expect(await wholeText(title)).toBe(true);
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    }, 60_000);
  }
});

const flatText = (text: string) => text.replace(/\s+/g, ' ').trim();
