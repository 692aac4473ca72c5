import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { windows1251 } from '../fixtures/partner-files';
import { useBrowser, openApp, type AppSession } from './support';

const browser = useBrowser();

/** Where a test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];

/** Three partners as Excel saves them on a Russian Windows: Windows-1251, «;»; the second has a bad ИНН. */
const FILE = {
  name: 'Партнёры.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    windows1251(
      [
        'Полное наименование;Направление;ИНН;Статус;Контактное лицо',
        'Музей «Шахтёрская слава»;Культура;7736207543;Действующий;Ёлкина Анна',
        'Клуб «Юный техник»;Техническое творчество;7707083894;;',
        'Станция юных натуралистов;Экология;;Потенциальный;',
      ].join('\r\n'),
    ),
  ),
};

function partnersCount(app: AppSession): number {
  return (app.harness.core.db.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n;
}

async function openPartners(page: Page) {
  await page.getByRole('link', { name: 'Партнёры' }).click();
  await page.locator('[data-partner-row]').first().waitFor();
}

/** Opens «Импорт», gives it the file and goes through the columns to the preview. */
async function importUpToPreview(page: Page) {
  await page.getByRole('button', { name: 'Импорт', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Импорт партнёров из файла' });
  await dialog.waitFor();
  await dialog.locator('input[type="file"]').setInputFiles(FILE);
  await expect
    .poll(() => dialog.getByTestId('import-file-summary').textContent())
    .toBe('CSV · кодировка Windows-1251 · разделитель — точка с запятой «;» · 3 строки с данными · 5 столбцов');
  await dialog.getByRole('button', { name: 'Далее' }).click();
  expect(await dialog.getByRole('combobox', { name: /^Полное наименование/ }).inputValue()).toBe('Полное наименование');
  expect(await dialog.getByRole('combobox', { name: 'ИНН' }).inputValue()).toBe('ИНН');
  await dialog.getByRole('button', { name: 'Далее' }).click();
  await dialog.getByTestId('import-preview-table').waitFor();
  return dialog;
}

describe('Импорт партнёров', () => {
  it('loads the valid rows of a Windows-1251 CSV after a preview that shows the bad row’s error at its line', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openPartners(page);
    const before = partnersCount(app);

    const dialog = await importUpToPreview(page);
    expect(await dialog.getByTestId('import-counts').textContent()).toBe(
      'Будет добавлено: 2, с ошибками: 1, совпадений: 0',
    );
    const badRow = dialog.locator('tr[data-line="3"]');
    expect(await badRow.locator('td').first().textContent()).toBe('3');
    expect(await badRow.textContent()).toContain('Клуб «Юный техник»');
    expect(await badRow.textContent()).toContain('ИНН: неверное контрольное число');
    expect(await dialog.locator('tr[data-line="2"]').textContent()).toContain('Без ошибок');
    expect(partnersCount(app)).toBe(before);

    await dialog.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Добавлено: 2, обновлено: 0, пропущено: 0, с ошибками: 1.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-partner-row]', { hasText: 'Музей «Шахтёрская слава»' }).waitFor();
    await page.locator('[data-partner-row]', { hasText: 'Станция юных натуралистов' }).waitFor();
    expect(await page.locator('[data-partner-row]', { hasText: 'Клуб «Юный техник»' }).count()).toBe(0);
    expect(partnersCount(app)).toBe(before + 2);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('asks before Esc or «Отмена» drops the chosen file, and writes nothing when the import is cancelled', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openPartners(page);
    const before = partnersCount(app);
    const rowsBefore = await page.locator('[data-partner-row]').count();

    const dialog = await importUpToPreview(page);
    const question = page.getByRole('dialog', { name: 'Несохранённые изменения' });
    // Esc asks first; «Вернуться» keeps the wizard at its preview, the file still chosen.
    await page.keyboard.press('Escape');
    await question.waitFor();
    await question.getByRole('button', { name: 'Вернуться' }).click();
    await question.waitFor({ state: 'hidden' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByTestId('import-preview-table').waitFor();
    // «Отмена» asks the same, and «Закрыть без сохранения» closes it.
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await question.getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(partnersCount(app)).toBe(before);
    expect(await page.locator('[data-partner-row]').count()).toBe(rowsBefore);
    expect(await page.locator('[data-partner-row]', { hasText: 'Музей «Шахтёрская слава»' }).count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows the progress of reading a large file while the main process reads it in a worker', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openPartners(page);
    await page.getByRole('button', { name: 'Импорт', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Импорт партнёров из файла' });
    await dialog.waitFor();
    // Whether the bar was ever shown, however briefly: noted by the page itself as it appears.
    await page.evaluate(() => {
      const seen = window as unknown as { progressSeen?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="job-progress"]')) seen.progressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const rows = Array.from({ length: 5000 }, (_, i) => `Партнёр № ${i + 1};Культура;;Действующий`);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Большой список.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Полное наименование;Направление;ИНН;Статус', ...rows].join('\r\n'), 'utf8'),
    });
    if (SCREENSHOTS) {
      await dialog
        .getByTestId('job-progress')
        .waitFor({ timeout: 5000 })
        .then(() => page.screenshot({ path: join(SCREENSHOTS, 'import-progress.png') }))
        .catch(() => undefined);
    }
    await expect.poll(() => dialog.getByTestId('import-file-summary').textContent()).toContain('5000 строк с данными');
    expect(await page.evaluate(() => (window as unknown as { progressSeen?: boolean }).progressSeen)).toBe(true);
    expect(await dialog.getByTestId('job-progress').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
