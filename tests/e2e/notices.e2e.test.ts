import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP_SCREEN, launchBrowser, openApp } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

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
  it('sit over no action of the screen and under an open dialog, and let a click through to what lies beneath', async () => {
    const app = await openApp(browser, { viewport: LAPTOP_SCREEN });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Разделы' }).getByText('Реализация', { exact: true }).click();
    await page.getByRole('link', { name: 'Повышение квалификации' }).click();
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

    // Over the list, a click on a notice's text reaches the row beneath it.
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.locator('[data-partner-row]').first().waitFor();
    await page.getByRole('button', { name: 'Экспорт в Excel' }).click();
    const file = notices(page).filter({ hasText: 'Файл сохранён' });
    await file.waitFor();
    const text = await settledBox(file.getByText(/^Файл сохранён/));
    const point = { x: text.x + 10, y: text.y + text.height / 2 };
    const beneath = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[data-partner-row]')?.querySelector('p')?.textContent ?? null,
      point,
    );
    expect(beneath).not.toBeNull();
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/#\/partners\/\d+$/);
    await page.getByRole('heading', { name: beneath ?? '' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('say only the newest outcome of a save: «Сохранено» takes the place of the «Не сохранено» before it', async () => {
    const app = await openApp(browser, { viewport: LAPTOP_SCREEN });
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
