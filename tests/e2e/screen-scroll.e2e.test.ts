import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { insertPartner } from '../../src-main/partners/repository';
import { type AppSession, LAPTOP_SCREEN, useBrowser, openApp } from './support';

const browser = useBrowser();

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const table = (page: Page) => page.getByTestId('partners-table');
const tableScroll = (page: Page) => table(page).evaluate((box) => box.scrollTop);
const count = (page: Page) => page.getByTestId('partners-count').innerText();

/** Sixty museums in «Культура» and sixty clubs in «Спорт», all named «Кварц-…», beside the programme's partners. */
function addPartners(app: AppSession) {
  const db = app.harness.core.db;
  const categoryId = (name: string) =>
    (db.prepare('SELECT id FROM partner_categories WHERE name = ?').get(name) as { id: number }).id;
  const stamp = new Date().toISOString();
  db.transaction(() => {
    for (let i = 1; i <= 60; i++) {
      const n = String(i).padStart(2, '0');
      for (const [name, category] of [
        [`Кварц-музей № ${n}`, 'Культура'],
        [`Кварц-клуб № ${n}`, 'Спорт'],
      ] as const) {
        insertPartner(
          db,
          { ...blankPartnerFields(categoryId(category)), fullName: name },
          {
            createdAt: stamp,
            updatedAt: stamp,
          },
        );
      }
    }
  })();
}

describe('where a screen opens', () => {
  it('opens every screen at its top, whatever the screen before was scrolled to', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    await page.getByRole('heading', { name: 'Цель программы' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await scrollY(page)).toBeGreaterThan(300);
    await page.getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('heading', { name: 'Настройки', exact: true }).waitFor();
    expect(await scrollY(page)).toBe(0);

    // Настройки scrolled to their end, then Главная and Настройки again: each at its top.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await scrollY(page)).toBeGreaterThan(300);
    await page.getByRole('link', { name: 'Главная' }).click();
    await page.getByRole('heading', { name: 'Главная', exact: true }).waitFor();
    expect(await scrollY(page)).toBe(0);
    await page.getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('heading', { name: 'Настройки', exact: true }).waitFor();
    expect(await scrollY(page)).toBe(0);
    await app.close();
  });

  it('keeps the partners’ search, filters and scroll on the way back from a card, and starts afresh from elsewhere', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    addPartners(app);
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.locator('[data-partner-row]').first().waitFor();
    await page.getByLabel('Поиск').fill('кварц');
    await page.getByRole('combobox', { name: 'Направление' }).click();
    await page.getByRole('option', { name: 'Культура' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page)).toBe('Найдено: 60 партнёров');

    // Down the list, and down the screen.
    await table(page).evaluate((box) => box.scrollTo(0, 1500));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(200);
    const listAt = await tableScroll(page);
    const screenAt = await scrollY(page);
    expect(listAt).toBeGreaterThan(1000);
    const row = page.locator('[data-partner-row]', { hasText: 'Кварц-музей № 35' });
    await row.click();
    await page.getByRole('heading', { name: 'Кварц-музей № 35' }).waitFor();
    expect(await scrollY(page)).toBe(0);

    // «← Партнёры»: the same search, filter, rows and scroll.
    await page.getByRole('link', { name: '← Партнёры' }).click();
    await row.waitFor();
    expect(await page.getByLabel('Поиск').inputValue()).toBe('кварц');
    expect(await page.getByRole('combobox', { name: 'Направление' }).locator('..').innerText()).toContain('Культура');
    expect(await count(page)).toBe('Найдено: 60 партнёров');
    await expect.poll(() => tableScroll(page)).toBe(listAt);
    expect(await scrollY(page)).toBe(screenAt);

    // Opened from another screen, the list starts afresh, at its top.
    await page.getByRole('link', { name: 'Договоры' }).click();
    await page.getByRole('heading', { name: 'Договоры' }).waitFor();
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.locator('[data-partner-row]').first().waitFor();
    expect(await page.getByLabel('Поиск').inputValue()).toBe('');
    await expect.poll(() => count(page)).toBe('Найдено: 131 партнёр');
    expect(await tableScroll(page)).toBe(0);
    expect(await scrollY(page)).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
