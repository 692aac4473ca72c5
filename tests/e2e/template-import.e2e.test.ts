import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { AppCore } from '../../src-main/app-core';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { agreementFormDocx, FORM_PARTNER, FORM_SCHOOL } from '../fixtures/agreement-form';
import { compoundFile } from '../fixtures/office-files';
import { call } from '../kit/channels';
import { layoutProblems } from './layout-check';
import { useBrowser, openApp } from './support';

const browser = useBrowser();

/** Where a test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];

async function prepare(core: AppCore): Promise<void> {
  const settings = await call(core, 'settings:get', {});
  await call(core, 'settings:saveSchool', { ...settings.school, ...FORM_SCHOOL });
  const category = (await call(core, 'partners:categories', {}))[0];
  const { phone, ...fields } = FORM_PARTNER;
  await call(core, 'partners:create', {
    ...blankPartnerFields(category?.id ?? 0),
    ...fields,
    contacts: [{ name: 'Секретарь', role: '', phone, email: '' }],
  });
}

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Договоры' }).click();
  await page.getByRole('button', { name: 'Шаблоны' }).click();
  await page.getByRole('button', { name: 'Новый шаблон из файла' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый шаблон из файла' });
  await dialog.waitFor();
  return dialog;
}

const templatesCount = (core: AppCore) =>
  (core.db.prepare('SELECT count(*) AS n FROM agreement_templates').get() as { n: number }).n;

describe('Новый шаблон из файла', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    it(`turns the school’s form into a template after a preview of its replacements (${viewport.width}×${viewport.height})`, async () => {
      const app = await openApp(browser(), { viewport });
      const { page } = app;
      await prepare(app.harness.core);
      const before = templatesCount(app.harness.core);
      const dialog = await openImport(page);
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'Договор с ГДК.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await agreementFormDocx()),
      });
      await dialog.getByTestId('import-template-text').waitFor();
      expect(await dialog.getByTestId('import-partner').textContent()).toContain('(узнан по тексту)');
      const text = (await dialog.getByTestId('import-template-text').textContent()) ?? '';
      expect(text).toContain('{{школа.полное_наименование}}, именуемое в дальнейшем «Школа», в лице {{школа.в_лице}}');
      expect(text).toContain('2.1. Школа обязуется:');
      expect(text).not.toContain('ДОГОВОР № 15/2025');

      // One replacement rejected: its words come back into the text shown.
      await dialog.getByRole('checkbox', { name: 'Заменить «3 (три) года»' }).uncheck();
      await expect
        .poll(() => dialog.getByTestId('import-template-text').textContent())
        .toContain('сроком на 3 (три) года');
      expect(templatesCount(app.harness.core)).toBe(before);
      expect(await layoutProblems(page, 'dialogs')).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `template-import-${viewport.width}.png`) });

      await dialog.getByRole('textbox', { name: 'Название шаблона' }).fill('Договор школы с партнёром');
      await dialog.getByRole('button', { name: 'Создать шаблон' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Договор школы с партнёром', { exact: true }).waitFor();
      expect(templatesCount(app.harness.core)).toBe(before + 1);
      // The new template opens in the editor, its text the one the preview showed.
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Текст шаблона' }).inputValue())
        .toContain('{{школа.в_лице}}');
      expect(await layoutProblems(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `template-created-${viewport.width}.png`) });
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    });
  }

  it('refuses a Word 97 .doc where the file was picked, saying to save it as .docx, and writes nothing', async () => {
    const app = await openApp(browser(), { viewport: { width: 1366, height: 768 } });
    const { page } = app;
    const before = templatesCount(app.harness.core);
    const dialog = await openImport(page);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Договор.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from(compoundFile()),
    });
    await dialog.getByText(/Это документ Word старого формата/).waitFor();
    expect(await dialog.getByText(/«Документ Word \(\*\.docx\)»/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Создать шаблон' }).isDisabled()).toBe(true);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'template-import-doc.png') });
    expect(templatesCount(app.harness.core)).toBe(before);
    await app.close();
  });
});
