import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { useBrowser, openApp, type AppSession } from './support';

const browser = useBrowser();

/** Where a test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByTestId('archive-card').waitFor();
}

async function partnerNames(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Партнёры' }).click();
  await page.locator('[data-partner-row]').first().waitFor();
  return page.locator('[data-partner-row]').allTextContents();
}

/** Loads the newest file of `<dataDir>/imports`, which is what the harness's open dialog picks. */
async function loadArchive(app: AppSession) {
  const { page } = app;
  await page.getByRole('button', { name: 'Загрузить архив…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Загрузить архив?' });
  await dialog.getByText('будут заменены данными из архива').waitFor();
  await dialog.getByText('сохранит текущие данные в резервную копию').waitFor();
  if (SCREENSHOTS) {
    await page.waitForTimeout(500); // the modal fades in
    await page.screenshot({ path: join(SCREENSHOTS, 'archive-confirm.png') });
  }
  await dialog.getByRole('button', { name: 'Выбрать архив и заменить данные' }).click();
}

describe('Архив всех данных в Настройках', () => {
  it('saves the archive, and after the data were changed loads it back: the old data are there again', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const before = await partnerNames(page);
    expect(before.some((row) => row.includes('ДК «Маяк» г. Зверево'))).toBe(true);

    await openSettings(page);
    await page.getByRole('button', { name: 'Сохранить архив всех данных' }).click();
    const outcome = page.getByTestId('archive-outcome');
    await outcome.getByText('Архив сохранён').waitFor();
    if (SCREENSHOTS)
      await page.getByTestId('archive-card').screenshot({ path: join(SCREENSHOTS, 'archive-saved.png') });
    const [saved] = readdirSync(join(app.dataDir, 'exports'));
    expect(saved).toMatch(/^Содружество — архив — \d{4}-\d{2}-\d{2}\.sodr$/);
    expect(await outcome.textContent()).toContain(join(app.dataDir, 'exports', saved ?? ''));
    mkdirSync(join(app.dataDir, 'imports'));
    copyFileSync(join(app.dataDir, 'exports', saved ?? ''), join(app.dataDir, 'imports', saved ?? ''));

    // The data change after the archive was saved: a partner is added.
    const category = app.harness.core.db.prepare('SELECT id FROM partner_categories LIMIT 1').pluck().get() as number;
    const added = await app.harness.core.dispatch('partners:create', {
      ...blankPartnerFields(category),
      fullName: 'Партнёр, добавленный после архива',
    });
    expect(added.ok).toBe(true);
    // Changed behind the screen's back: the page is loaded again, as the app would after a restart.
    await page.reload();
    expect((await partnerNames(page)).some((row) => row.includes('Партнёр, добавленный после архива'))).toBe(true);

    await openSettings(page);
    await loadArchive(app);
    await outcome.getByText('Данные загружены из архива').waitFor();
    expect(await outcome.textContent()).toMatch(
      /Прежние данные сохранены в резервной копии «before-import_.+\.sqlite3»/,
    );
    if (SCREENSHOTS)
      await page.getByTestId('archive-card').screenshot({ path: join(SCREENSHOTS, 'archive-loaded.png') });

    const after = await partnerNames(page);
    expect(after).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('refuses a file that is not an archive, in Russian, and the data stay as they were', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const before = await partnerNames(page);
    mkdirSync(join(app.dataDir, 'imports'));
    writeFileSync(join(app.dataDir, 'imports', 'Список партнёров.sodr'), 'Это текст, а не архив');

    await openSettings(page);
    await loadArchive(app);
    const outcome = page.getByTestId('archive-outcome');
    await outcome.getByText('Архив не загружен').waitFor();
    expect(await outcome.textContent()).toContain('Это не архив «Содружества»');
    expect(await outcome.textContent()).toContain('Данные программы не изменены.');
    if (SCREENSHOTS) {
      await page.getByTestId('archive-card').screenshot({ path: join(SCREENSHOTS, 'archive-refused.png') });
    }
    expect(await partnerNames(page)).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
