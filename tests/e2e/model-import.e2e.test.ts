import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { wordModel } from '../fixtures/model-files';
import { compoundFile } from '../fixtures/office-files';
import { useBrowser, openApp, type AppSession } from './support';

const browser = useBrowser();

/** Where a test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];
const SCREEN = { width: 1366, height: 768 };
const CDB = 'МБУК «Центральная детская библиотека» г. Зверево';

function formsOf(app: AppSession, fullName: string): string[] {
  return (
    app.harness.core.db
      .prepare(
        'SELECT f.text FROM partner_forms f JOIN partners p ON p.id = f.partner_id WHERE p.full_name = ? ORDER BY f.position',
      )
      .all(fullName) as { text: string }[]
  ).map((r) => r.text);
}

async function openModelImport(page: Page) {
  await page.getByRole('link', { name: 'Партнёры' }).click();
  await page.locator('[data-partner-row]').first().waitFor();
  await page.getByRole('button', { name: 'Импорт модели' }).click();
  const dialog = page.getByRole('dialog', { name: 'Импорт модели взаимодействия' });
  await dialog.waitFor();
  return dialog;
}

async function shot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, name) });
}

describe('Импорт модели взаимодействия', () => {
  it('imports a Word model after a preview row by row, and the partner’s forms change; undo takes it back', async () => {
    const app = await openApp(browser(), { viewport: SCREEN });
    const { page } = app;
    const before = formsOf(app, CDB);
    const dialog = await openModelImport(page);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Модель.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await wordModel()),
    });
    await dialog.getByTestId('model-import-preview').waitFor();

    const row = (line: number) => dialog.locator(`tr[data-line="${line}"]`);
    expect(await row(3).locator('td').first().textContent()).toBe('3–4');
    expect(await row(3).textContent()).toContain('МБУК «ЦДБ»');
    expect(await row(3).getByRole('combobox').inputValue()).toBe(CDB);
    expect(await row(3).textContent()).toContain('Встречи с писателями');
    expect(await row(8).textContent()).toContain('Будет добавлен');
    expect(await row(9).textContent()).toContain('Подходит нескольким — выберите');
    expect(await row(10).textContent()).toContain('Строка 10: Нет ни форм взаимодействия, ни социального эффекта');
    expect(await dialog.getByRole('button', { name: 'Загрузить' }).isDisabled()).toBe(true);
    expect(formsOf(app, CDB)).toEqual(before);
    await shot(page, 'model-import-preview.png');

    await row(9).getByRole('combobox').click();
    await page.getByRole('option', { name: 'РДК г. Красный Сулин' }).click();
    await dialog.getByRole('combobox', { name: /^Направление для новых партнёров/ }).click();
    await page.getByRole('option', { name: 'Безопасность' }).click();
    await shot(page, 'model-import-chosen.png');
    await dialog.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Модель взаимодействия загружена').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(formsOf(app, CDB)).toEqual([
      ...before,
      'Библиотечные уроки',
      'Книжные выставки',
      'Экскурсии',
      'Встречи с писателями',
    ]);
    await page.locator('[data-partner-row]', { hasText: 'Пожарная часть № 5' }).waitFor();
    await shot(page, 'model-import-done.png');

    await page.getByRole('button', { name: 'Отменить' }).click();
    await page.getByText('Импорт модели отменён.').waitFor();
    expect(formsOf(app, CDB)).toEqual(before);
    await page.locator('[data-partner-row]', { hasText: 'Пожарная часть № 5' }).waitFor({ state: 'detached' });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('refuses a Word 97–2003 .doc with what to do, where the file was picked', async () => {
    const app = await openApp(browser(), { viewport: SCREEN });
    const { page } = app;
    const dialog = await openModelImport(page);
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'Модель.doc', mimeType: 'application/msword', buffer: Buffer.from(compoundFile()) });
    await dialog.getByText(/^Это документ Word старого формата \(Word 97–2003\)/).waitFor();
    expect(await dialog.textContent()).toContain('сохраните как «Документ Word (*.docx)»');
    expect(await dialog.getByRole('button', { name: 'Загрузить' }).isDisabled()).toBe(true);
    await shot(page, 'model-import-doc-refused.png');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
