import ExcelJS from 'exceljs';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listsScenario, YEAR } from '../unit/documents/lists-fixture';
import { useBrowser, openApp, savedFile } from './support';

const browser = useBrowser();

/** Clicks a button (or menu item) within `scope` that saves a file, and answers the path the app says it saved to. */
async function saveWith(page: Page, scope: Locator, name: string, role: 'button' | 'menuitem' = 'button') {
  const path = await savedFile(page, () => scope.getByRole(role, { name, exact: true }).click());
  expect(existsSync(path) && statSync(path).size > 1000, path).toBe(true);
  return path;
}

/** A workbook's first sheet's rows, as text, title and header included. */
async function sheetText(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: string[] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).join(' | ')));
  return rows.join('\n');
}

async function open(page: Page, route: string, heading: string): Promise<Locator> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await page.getByRole('heading', { name: heading, level: 2, exact: true }).waitFor();
  return page.locator('main');
}

describe('every list printable from its screen', () => {
  it('saves the new documents and workbooks from their buttons, at 1366×768, from the records as they are', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await listsScenario(app.harness.core);
    await page.reload();
    await page.locator('.mantine-Notification-root').first().waitFor();
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    await page.getByRole('option', { name: `${YEAR} уч. год` }).click();
    const files: string[] = [];

    // Партнёры: «Модель взаимодействия» in Excel, beside its print buttons.
    let main = await open(page, 'partners', 'Партнёры');
    await main.getByRole('button', { name: 'Модель взаимодействия' }).click();
    await page.getByRole('dialog', { name: 'Модель взаимодействия' }).getByRole('button', { name: 'Показать' }).click();
    const preview = page.getByRole('dialog', { name: 'Предпросмотр документа' });
    await preview.getByTestId('document-preview').waitFor();
    const model = await saveWith(page, preview, 'Excel');
    expect(await sheetText(model)).toContain(`на ${YEAR} учебный год`);
    await page.keyboard.press('Escape');
    files.push(model);

    // Повышение квалификации: the year's document in PDF and Word.
    main = await open(page, 'staff', 'Повышение квалификации');
    files.push(await saveWith(page, main, 'Сохранить PDF'), await saveWith(page, main, 'Экспорт в Word'));

    // Ресурсы партнёров: the register in PDF, Word and Excel.
    main = await open(page, 'loans', 'Ресурсы партнёров');
    files.push(await saveWith(page, main, 'Сохранить PDF'), await saveWith(page, main, 'Экспорт в Word'));
    const loans = await saveWith(page, main, 'Excel');
    expect(await sheetText(loans)).toContain('Баян — 1 шт.');
    files.push(loans);

    // Кружки: the clubs and coverage in PDF and Excel.
    main = await open(page, 'clubs', 'Кружки у партнёров');
    files.push(await saveWith(page, main, 'Сохранить PDF'));
    const clubs = await saveWith(page, main, 'Excel');
    expect(await sheetText(clubs)).toContain('Хореография');
    files.push(clubs);

    // Календарь: the year's events with their outcomes in Excel.
    main = await open(page, 'calendar', 'Календарь');
    await main.getByRole('button', { name: 'Excel' }).click();
    const events = await saveWith(page, page.getByRole('menu'), `${YEAR} учебный год`, 'menuitem');
    expect(await sheetText(events)).toContain('Библиотечный урок');
    files.push(events);

    // Анкетирование: a run's results in PDF and Word.
    main = await open(page, 'surveys', 'Анкетирование родителей');
    await main.getByText('Удовлетворённость родителей').first().click();
    await main.getByRole('button', { name: 'Результаты для печати' }).click();
    const results = page.getByRole('dialog', { name: 'Предпросмотр документа' });
    await results.getByTestId('document-preview').waitFor();
    files.push(await saveWith(page, results, 'Сохранить PDF'), await saveWith(page, results, 'Экспорт в Word'));

    expect(files.map((f) => basename(f))).toEqual([
      `Модель взаимодействия ${YEAR.replace('/', '-')}.xlsx`,
      expect.stringMatching(/^Повышение квалификации педагогов за 2025-2026 учебный год\.pdf$/),
      expect.stringMatching(/^Повышение квалификации педагогов за 2025-2026 учебный год\.docx$/),
      expect.stringMatching(/^Реестр ресурсов партнёров.*\.pdf$/),
      expect.stringMatching(/^Реестр ресурсов партнёров.*\.docx$/),
      expect.stringMatching(/^Реестр ресурсов партнёров.*\.xlsx$/),
      expect.stringMatching(/^Дополнительное образование.*\.pdf$/),
      expect.stringMatching(/^Дополнительное образование.*\.xlsx$/),
      expect.stringMatching(/^Мероприятия.*\.xlsx$/),
      expect.stringMatching(/^Результаты анкетирования родителей.*\.pdf$/),
      expect.stringMatching(/^Результаты анкетирования родителей.*\.docx$/),
    ]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 240_000);
});
