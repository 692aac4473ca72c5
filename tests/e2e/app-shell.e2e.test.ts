import { describe, expect, it } from 'vitest';
import { academicYearOf, localIsoDate } from '../../src-main/contract/academic-year';
import { programModel } from '../../src-main/program/program-model';
import { useBrowser, openApp, openFromNav } from './support';

const browser = useBrowser();

describe('the app shell in the browser', () => {
  it('boots to Главная with the seeded partners counted by stage', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await expect.poll(() => page.getByTestId('partners-total').textContent()).toBe('Всего: 11 партнёров');
    expect(await page.getByTestId('stage-1').innerText()).toMatch(/Мотивация\s+11\s+партнёров/);
    expect(await page.getByTestId('stage-2').innerText()).toMatch(/Разработка стратегии\s+0\s+партнёров/);
    expect(await page.getByRole('heading', { name: 'Главная' }).isVisible()).toBe(true);
    expect(await page.getByTestId('school-short-name').textContent()).toBe('МБОУ Первомайская СОШ');
    await expect.poll(() => page.getByText(programModel.goal).isVisible()).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows the current academic year, chosen by today’s date, in the header', async () => {
    const app = await openApp(browser());
    const year = academicYearOf(localIsoDate(new Date()));
    await expect.poll(() => app.page.locator('input[aria-label="Учебный год"]').inputValue()).toBe(`${year} уч. год`);
    await expect.poll(() => app.page.getByText(`${year} учебный год`).count()).toBe(1);
    await app.close();
  });

  it('lists every partner of the program model on Партнёры and opens one with its forms and effects', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByRole('link', { name: 'Партнёры' }).click();
    const rows = page.locator('[data-partner-row]');
    await expect.poll(() => rows.count()).toBe(programModel.partners.length);
    const names = await rows.locator('td:first-child').allInnerTexts();
    expect(names.sort()).toEqual(programModel.partners.map((p) => p.name).sort());

    await rows.filter({ hasText: 'ГИБДД' }).click();
    await page.getByRole('heading', { name: 'ГИБДД', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Формы и эффекты' }).click();
    const gibdd = programModel.partners.find((p) => p.name === 'ГИБДД');
    const forms = gibdd?.forms ?? [];
    for (const [i, form] of forms.entries()) {
      expect(await page.getByLabel(`Форма ${i + 1}`, { exact: true }).inputValue()).toBe(form);
    }
    expect(await page.getByLabel('Эффект 1', { exact: true }).inputValue()).toBe(gibdd?.effects[0]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('reaches every section from the navigation, each in Russian', async () => {
    const app = await openApp(browser());
    const { page } = app;
    // The stage-3 records sit under «Реализация», which opens to show them.
    for (const [link, heading] of [
      ['Договоры', 'Договоры'],
      ['План', 'План совместной деятельности'],
      ['Календарь', 'Календарь'],
      ['Ресурсы партнёров', 'Ресурсы партнёров'],
      ['Кружки', 'Кружки у партнёров'],
      ['Повышение квалификации', 'Повышение квалификации'],
      ['Анкетирование', 'Анкетирование родителей'],
      ['План приобретения', 'План приобретения'],
      ['Анализ', 'Анализ эффективности'],
      ['Настройки', 'Настройки'],
      ['Главная', 'Главная'],
    ] as const) {
      await openFromNav(page, link);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(heading);
    }
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
  it('opens the navigation’s group and a dialog without animation on a computer set to show none', async () => {
    // The session's browser is set to reduced motion (support.ts), as Windows is with its animations off.
    const app = await openApp(browser());
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByText('Реализация', { exact: true }).click();
    const link = nav.getByRole('link', { name: 'Кружки', exact: true });
    await link.waitFor();
    // Animated, the group grows over 200 ms with a height transition on its box.
    expect(
      await link.evaluate((element) => {
        const group = element.closest('.mantine-NavLink-collapse');
        return group ? getComputedStyle(group).transitionProperty.includes('height') : false;
      }),
    ).toBe(false);
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    const options = page.getByRole('listbox');
    await options.waitFor();
    expect(await options.evaluate((element) => element.getAnimations({ subtree: true }).length)).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
