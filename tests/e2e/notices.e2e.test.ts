import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { addDays } from '../../src-main/contract/dates';
import { call, partnerId } from '../kit';
import { agreementFields } from '../unit/agreements/documents/fixtures';
import { eventFields } from '../unit/events/fixtures';
import { type AppSession, LAPTOP_SCREEN, useBrowser, openApp, openFromNav } from './support';

const browser = useBrowser();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not shown');
  return box;
}

/** The box once the notice has slid in: the same twice in a row. */
async function settledBox(locator: Locator): Promise<Box> {
  let last = await boxOf(locator);
  for (;;) {
    await locator.page().waitForTimeout(100);
    const now = await boxOf(locator);
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const notices = (page: Page) => page.locator('.mantine-Notification-root');

/** Whether the pointer at the middle of each button would reach that button, not something laid over it. */
async function buttonsTakeTheirClicks(buttons: Locator): Promise<boolean[]> {
  return buttons.evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top !== null && element.contains(top);
    }),
  );
}

describe('notices', () => {
  it('sit over no action of the screen and under an open dialog; the screen ends above them', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    await openFromNav(page, 'Повышение квалификации');
    await page.getByRole('button', { name: 'Перейти к списку педагогов' }).click();
    await page.getByRole('button', { name: 'Добавить педагога' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый педагог' });
    await dialog.getByLabel(/^Фамилия, имя, отчество/).fill('Орлова Галина Викторовна');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = notices(page).filter({ hasText: 'Сохранено' });
    await saved.waitFor();

    // The screen's own buttons (the header's, the tab's) are all clear of the notice.
    const notice = await settledBox(saved);
    const main = page.locator('main');
    const buttons = main.getByRole('button');
    for (const button of await buttons.all()) {
      if (await button.isVisible()) expect(overlap(notice, await boxOf(button)), await button.innerText()).toBe(false);
    }
    expect(await buttonsTakeTheirClicks(main.getByRole('button').filter({ visible: true }))).not.toContain(false);

    // A dialog opened while the notice is shown lies over it: every button of the dialog takes its click.
    await page.getByRole('button', { name: 'Добавить педагога' }).click();
    const again = page.getByRole('dialog', { name: 'Новый педагог' });
    await again.getByRole('button', { name: 'Сохранить', exact: true }).waitFor();
    await expect.poll(() => saved.count()).toBe(1);
    const dialogButtons = again.getByRole('button');
    expect(await dialogButtons.count()).toBeGreaterThanOrEqual(3);
    expect(await buttonsTakeTheirClicks(dialogButtons)).not.toContain(false);
    for (const button of await dialogButtons.all()) expect(overlap(notice, await boxOf(button))).toBe(false);
    await again.getByRole('button', { name: 'Отмена' }).click();
    await again.waitFor({ state: 'detached' });

    // Over a long list, the screen ends above the notice: scrolled to its end, its last row lies wholly above it.
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.locator('[data-partner-row]').first().waitFor();
    await page.getByRole('button', { name: 'Экспорт в Excel' }).click();
    const file = notices(page).filter({ hasText: 'Файл сохранён' });
    await file.waitFor();
    const fileBox = await settledBox(file.getByText(/^Файл сохранён/));
    await page.mouse.wheel(0, 100_000);
    await page.waitForTimeout(300);
    // Nothing of the list beneath the notice's text: a click there reaches no row.
    const beneath = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-partner-row]') ?? null,
      { x: fileBox.x + 10, y: fileBox.y + fileBox.height / 2 },
    );
    expect(beneath).toBeNull();
    expect(await coveredActions(page, await settledBox(file))).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  for (const screen of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    it(`leave every button and link of a full Главная uncovered, top to bottom, at ${screen.width}×${screen.height}`, async () => {
      const app = await openApp(browser(), { viewport: screen });
      const { page } = app;
      await fullWeek(app);
      await page.reload();
      // The start-up notice: agreements that need attention, shown for ten seconds.
      const startup = notices(page).filter({ hasText: 'Договоры требуют внимания' });
      await startup.waitFor();
      await page
        .getByTestId('overdue-events')
        .getByRole('button', { name: /^Проведено: / })
        .first()
        .waitFor();
      const notice = await settledBox(startup);
      const shots = join(tmpdir(), 'sodruzhestvo-screenshots');
      mkdirSync(shots, { recursive: true });
      // The whole screen, a part at a time, as the office scrolls through it.
      const end = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      for (let scroll = 0; scroll <= end + 199; scroll += 200) {
        await page.evaluate((y) => window.scrollTo(0, y), Math.min(scroll, end));
        await page.waitForTimeout(50);
        expect(await coveredActions(page, notice), `scrolled by ${Math.min(scroll, end)} px`).toEqual([]);
      }
      // The last row's «Проведено» brought into view stops above the notice, and takes its click.
      const held = page.getByTestId('overdue-events').getByRole('button', { name: /^Проведено: / });
      await held.last().evaluate((button) => button.scrollIntoView({ block: 'end' }));
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(shots, `notice-home-${screen.width}x${screen.height}.png`) });
      const last = await boxOf(held.last());
      expect(last.y + last.height).toBeLessThanOrEqual(notice.y);
      expect(await buttonsTakeTheirClicks(held.last())).toEqual([true]);
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    }, 60_000);
  }
});

/**
 * Главная with a full week: an agreement ending in a fortnight (the start-up notice), events on every day of this week
 * and past events still to be marked, each row with its buttons.
 */
async function fullWeek(app: AppSession): Promise<void> {
  const { core } = app.harness;
  const today = localIsoDate(new Date());
  const partner = partnerId(core, 'ГИБДД');
  await call(
    core,
    'agreements:create',
    agreementFields({
      partnerId: partner,
      signedOn: addDays(today, -300),
      startsOn: addDays(today, -300),
      endsOn: addDays(today, 14),
    }),
  );
  for (let day = 0; day < 7; day += 1) {
    const date = addDays(today, day - 3);
    for (const hour of ['10', '14']) {
      await call(core, 'events:create', {
        ...eventFields(),
        title: `Беседа о безопасности на дорогах, ${hour}:00`,
        start: `${date}T${hour}:00`,
        end: `${date}T${Number(hour) + 1}:00`,
        partnerIds: [partner],
      });
    }
  }
  for (let week = 1; week <= 6; week += 1) {
    const date = addDays(today, -7 * week);
    await call(core, 'events:create', {
      ...eventFields(),
      title: `Встреча с инспектором ГИБДД, неделя ${week}`,
      start: `${date}T12:00`,
      end: `${date}T13:00`,
      partnerIds: [partner],
    });
  }
}

/** The enabled buttons and links of the screen, as far as they can be reached, that a notice's box covers. */
function coveredActions(page: Page, notice: Box): Promise<string[]> {
  return page.locator('main').evaluate((main, box) => {
    const actions = [...main.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="link"]')];
    return actions
      .filter((action) => !action.matches(':disabled, [aria-disabled="true"]'))
      .filter((action) => {
        const r = action.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        // Reached where the pointer would be: not hidden behind the header, a strip or the window's edge.
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (!top || !action.contains(top)) return false;
        return r.x < box.x + box.width && box.x < r.right && r.y < box.y + box.height && box.y < r.bottom;
      })
      .map((action) => action.innerText || action.getAttribute('aria-label') || action.tagName);
  }, notice);
}

describe('notices, one per outcome', () => {
  it('say only the newest outcome of a save: «Сохранено» takes the place of the «Не сохранено» before it', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    await page.getByRole('link', { name: 'Настройки' }).click();
    const inn = page.getByLabel('ИНН', { exact: true });
    await inn.fill('7707083890');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await notices(page).filter({ hasText: 'Не сохранено' }).waitFor();
    expect(await notices(page).count()).toBe(1);

    await inn.fill('7707083893');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await notices(page).filter({ hasText: 'Сведения о школе сохранены.' }).waitFor();
    await expect.poll(() => notices(page).allInnerTexts()).toEqual([expect.stringContaining('Сохранено')]);
    expect(await notices(page).filter({ hasText: 'Не сохранено' }).count()).toBe(0);

    // The same save once more: still one notice, the newest.
    await page.getByLabel('ФИО директора').fill('Иванова Мария Петровна');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await expect.poll(() => notices(page).count()).toBe(1);
    await app.close();
  });
});
