import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordPlan } from '../unit/plans/import/plan-files';
import { layoutProblems } from './layout-check';
import { LAPTOP_SCREEN, useBrowser, openApp } from './support';

const browser = useBrowser();

/** Where a test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('Импорт плана', () => {
  it('reads a Word plan, shows each row as its item with problems at their lines, loads it and undoes it', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    const shot = async (name: string) => {
      if (!SCREENSHOTS) return;
      await page.waitForTimeout(400); // the dialog's and the notice's transitions end
      await page.screenshot({ path: join(SCREENSHOTS, name) });
    };
    await page.getByRole('link', { name: 'План' }).click();
    await page.getByTestId('plan-empty').waitFor();

    await page.getByRole('button', { name: 'Импорт плана' }).click();
    const dialog = page.getByRole('dialog', { name: 'Импорт плана из файла Word или Excel' });
    await dialog.waitFor();
    await shot('plan-import-1-file.png');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'План 2025-2026.docx',
      mimeType: DOCX,
      buffer: Buffer.from(await wordPlan()),
    });
    await dialog.getByTestId('plan-import-rows').waitFor();

    expect(await dialog.getByTestId('plan-import-counts').textContent()).toBe(
      'Будет загружено: 6 мероприятий; с ошибками, не загружаются: 2',
    );
    expect(await dialog.getByRole('combobox', { name: 'Учебный год плана' }).inputValue()).toBe('2025/2026');
    expect(await dialog.getByTestId('plan-import-columns').textContent()).toBe(
      'Столбцы: Мероприятие ← «Мероприятие» · Сроки ← «Сроки проведения» · Участники ← «Участники» · ' +
        'Партнёр ← «Социальный партнёр» · Ответственные ← «Ответственные»',
    );
    const row = (line: number) => dialog.locator(`tr[data-line="${line}"]`);
    expect(await row(2).textContent()).toContain('месяц для строк ниже: Сентябрь 2025');
    expect(await row(3).textContent()).toContain('03.09.2025 · Урок мужества «Память жива»');
    expect(await row(4).textContent()).toContain('01.09–07.09.2025 · Неделя безопасности дорожного движения');
    expect(await row(4).textContent()).toContain('ГИБДД');
    expect(await row(5).textContent()).toContain('Сентябрь 2025 · Викторина «Знатоки ПДД»');
    expect(await row(9).textContent()).toContain(
      'Дата 12.10.2024 не входит в 2025/2026 учебный год (с 01.09.2025 по 31.08.2026)',
    );
    expect(await row(12).textContent()).toContain('Нет названия мероприятия');
    expect(await layoutProblems(page, 'dialogs')).toEqual([]);
    await shot('plan-import-2-preview.png');
    await row(9).scrollIntoViewIfNeeded();
    await shot('plan-import-2b-problems.png');

    // «ЦДБ» is the library by its abbreviation; the office leaves «МЧС» out of the item, its name kept in the notes.
    expect(await dialog.locator('[data-partner="ЦДБ"]').textContent()).toContain('найден');
    expect(await row(3).textContent()).toContain('МБУК «Центральная детская библиотека» г. Зверево');
    await dialog.getByRole('combobox', { name: 'Партнёр МЧС' }).click();
    await page.getByRole('option', { name: 'Без партнёра (название — в примечание)' }).click();
    expect(await row(8).textContent()).toContain('в примечание: МЧС');

    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await layoutProblems(page, 'dialogs')).toEqual([]);
    await shot('plan-import-3-preview-1280.png');
    await page.setViewportSize(LAPTOP_SCREEN);

    await dialog.getByRole('button', { name: 'Загрузить 6 мероприятий' }).click();
    const notice = page.locator('.mantine-Notification-root', { hasText: 'План загружен' });
    await notice.waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await notice.textContent()).toContain(
      'В план на 2025/2026 учебный год добавлено 6 мероприятий, в календаре — 4, пропущено строк с ошибками — 2.',
    );
    // The screen shows the year the plan was loaded into, with its items.
    await page.getByText('Урок мужества «Память жива»').first().waitFor();
    await page.getByText('Экскурсия в пожарную часть').first().waitFor();
    expect(await page.getByText('Встреча с ветеранами').count()).toBe(0);
    await shot('plan-import-4-loaded.png');

    await notice.getByRole('button', { name: 'Отменить' }).click();
    await page.locator('.mantine-Notification-root', { hasText: 'Импорт отменён' }).waitFor();
    await page.getByTestId('plan-empty').waitFor();
    expect(await page.getByText('Урок мужества «Память жива»').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
