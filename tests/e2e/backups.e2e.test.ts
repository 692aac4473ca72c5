import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { dataPaths } from '../../src-main/data-dir';
import { startHarness, type Harness } from '../harness/server';
import { makeTempDir } from '../kit/temp-dir';
import { damageStoreFile } from '../unit/backups/damage';
import { useBrowser, openApp } from './support';

const SHOTS = process.env.SCREENSHOT_DIR;

const browser = useBrowser();

async function shoot(page: Page, name: string, target = page.locator('body')) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function addPartner(harness: Harness, fullName: string) {
  const categories = await harness.core.dispatch('partners:categories', {});
  const id = categories.ok ? (categories.value as { id: number }[])[0]?.id : undefined;
  const created = await harness.core.dispatch('partners:create', { ...blankPartnerFields(id ?? 0), fullName });
  expect(created.ok).toBe(true);
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Настройки' }).click();
  const card = page.getByTestId('backups-card');
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** Opens Партнёры and waits until the list settles with the partner shown (or not). */
async function expectPartnerShown(page: Page, fullName: string, shown: boolean) {
  await page.getByRole('link', { name: 'Партнёры' }).click();
  await page.locator('[data-partner-row]').first().waitFor();
  await expect.poll(() => page.locator('[data-partner-row]', { hasText: fullName }).count()).toBe(shown ? 1 : 0);
}

/** A data directory whose store holds «Городская библиотека» and a copy of it, then damaged on disk by `damage`. */
async function damagedDataDir(damage: (database: string) => void): Promise<string> {
  const dataDir = makeTempDir('e2e');
  const prepare = await startHarness({ dataDir });
  await addPartner(prepare, 'Городская библиотека');
  expect((await prepare.core.dispatch('backups:create', {})).ok).toBe(true);
  await prepare.close();
  damage(dataPaths(dataDir).database);
  return dataDir;
}

describe('Резервные копии', () => {
  it('saves a copy to the chosen folder, restores it without a later partner, and undoes the restore', async () => {
    const app = await openApp(browser());
    const { page, harness, dataDir } = app;
    const card = await openBackups(page);

    await card.getByRole('button', { name: 'Создать резервную копию' }).click();
    const saved = card.getByTestId('backup-saved');
    await saved.waitFor();
    const [copyFile] = readdirSync(join(dataDir, 'copies'));
    expect(copyFile).toMatch(/^Содружество — МБОУ Первомайская СОШ — \d{4}-\d\d-\d\d\.sqlite3$/);
    expect(await saved.textContent()).toContain(join(dataDir, 'copies', copyFile ?? ''));
    const row = card.locator('[data-backup^="manual_"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Создана вручную/);
    await shoot(page, 'backups-card', card);

    await addPartner(harness, 'Краеведческий музей');
    await expectPartnerShown(page, 'Краеведческий музей', true);

    await openBackups(page);
    await row.getByRole('button', { name: /^Восстановить/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Восстановить данные из копии' });
    await dialog.getByText(/Текущие данные не пропадут/).waitFor();
    await dialog.getByRole('button', { name: 'Восстановить' }).click();
    await page.getByText('Данные восстановлены', { exact: true }).first().waitFor();
    await card.getByTestId('last-restore').waitFor();
    await shoot(page, 'backups-after-restore', card);
    await expectPartnerShown(page, 'Краеведческий музей', false);

    await openBackups(page);
    await card.getByRole('button', { name: 'Отменить восстановление' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Отменить восстановление' }).click();
    await page.getByText('Данные возвращены к состоянию до восстановления.').waitFor();
    await expect.poll(() => card.getByTestId('last-restore').count()).toBe(0);
    await expectPartnerShown(page, 'Краеведческий музей', true);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows a red banner on every screen when the store is damaged, and leads to a restore that lifts it', async () => {
    const dataDir = await damagedDataDir(damageStoreFile);

    const app = await openApp(browser(), { dataDir });
    const { page } = app;
    const banner = page.getByTestId('read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/только для просмотра.*Файл данных повреждён/);
    await shoot(page, 'read-only-banner');
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await banner.waitFor();

    await banner.getByRole('button', { name: 'Восстановить из копии' }).click();
    const card = page.getByTestId('backups-card');
    await card.waitFor();
    expect(await card.getByRole('button', { name: 'Создать резервную копию' }).isDisabled()).toBe(true);
    await card
      .locator('[data-backup^="manual_"]')
      .getByRole('button', { name: /^Восстановить/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Восстановить данные из копии' });
    await dialog.getByText(/Повреждённый файл данных не удаляется/).waitFor();
    await dialog.getByRole('button', { name: 'Восстановить' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await card.locator('[data-backup^="damaged_"]').waitFor();
    await shoot(page, 'backups-after-damaged-restore', card);
    await expectPartnerShown(page, 'Городская библиотека', true);
    expect(existsSync(dataPaths(dataDir).database)).toBe(true);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    [
      'a damaged header',
      (file: string) => writeFileSync(file, Buffer.concat([Buffer.alloc(100, 0x5a), readFileSync(file).subarray(100)])),
      /Файл данных повреждён/,
    ],
    [
      'an empty file',
      (file: string) => truncateSync(file, 0),
      /Файл данных пуст \(0 байт\).*копии, от \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
    ],
  ] as const)(
    'opens a store with %s read-only, with the banner and the copy to restore',
    async (name, damage, reason) => {
      const dataDir = await damagedDataDir(damage);

      const app = await openApp(browser(), { dataDir });
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 768 });
      const banner = page.getByTestId('read-only-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(reason);
      await shoot(page, `read-only-banner-${name.replace(/ /g, '-')}`);

      await banner.getByRole('button', { name: 'Восстановить из копии' }).click();
      const card = page.getByTestId('backups-card');
      await card
        .locator('[data-backup^="manual_"]')
        .getByRole('button', { name: /^Восстановить/ })
        .click();
      await page
        .getByRole('dialog', { name: 'Восстановить данные из копии' })
        .getByRole('button', { name: 'Восстановить' })
        .click();
      await expect.poll(() => banner.count()).toBe(0);
      await card.locator('[data-backup^="damaged_"]').waitFor();
      await expectPartnerShown(page, 'Городская библиотека', true);
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  );
});
