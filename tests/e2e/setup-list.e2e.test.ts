import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearStart, localIsoDate } from '../../src-main/contract/academic-year';
import { blankPlanItemFields } from '../../src-main/contract/plans';
import { call, partnerId } from '../kit/channels';
import { LAPTOP_SCREEN, useBrowser, openApp } from './support';

const browser = useBrowser();

const STEPS = [
  ['school', 'Профиль школы', '#/settings', 'Настройки'],
  ['classes', 'Классы и численность', '#/clubs', 'Кружки'],
  ['teachers', 'Педагоги', '#/staff', 'Повышение квалификации'],
  ['agreements', 'Договор с партнёром', '#/agreements', 'Договоры'],
  ['plan', 'Совместная деятельность на год', '#/plan', 'План совместной деятельности'],
] as const;

const list = (page: Page) => page.getByTestId('setup-list');

/** The steps as the list shows them: each step's name and whether it is ticked. */
/** The steps as Главная shows them (read again until they settle: the list is read anew after a save). */
async function shownSteps(page: Page): Promise<[string, boolean][]> {
  return list(page)
    .locator('[data-step]')
    .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-step') ?? '', row.dataset.done === 'true']));
}

async function openHome(page: Page) {
  await page.getByRole('link', { name: 'Главная' }).click();
  await page.getByRole('heading', { name: 'Цель программы' }).waitFor();
}

describe('Главная: с чего начать', () => {
  it('lists the first steps unticked on a fresh store, each a link to its place, ticks them as they are done, hides for good and comes back from Настройки', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    const core = app.harness.core;
    const year = academicYearOf(localIsoDate(new Date()));

    await list(page).waitFor();
    await expect.poll(() => shownSteps(page)).toEqual(STEPS.map(([step]) => [step, false]));
    for (const [, label, hash, heading] of STEPS) {
      await list(page).getByRole('link', { name: label }).click();
      await page.waitForURL((url) => url.hash === hash);
      await page.getByRole('heading', { name: heading, exact: false }).first().waitFor();
      await openHome(page);
    }

    // The school profile, through Настройки: ticked once the director, the address and the ИНН are given.
    await page.getByRole('link', { name: 'Настройки' }).click();
    await page.getByLabel('ФИО директора').fill('Иванова Мария Петровна');
    await page.getByLabel('Юридический адрес').fill('346350, Ростовская обл., г. Красный Сулин, ул. Школьная, 1');
    await page.getByLabel('ИНН', { exact: true }).fill('7707083893');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await page.getByText('Сведения о школе сохранены.').waitFor();
    await openHome(page);
    await expect.poll(() => shownSteps(page)).toEqual(STEPS.map(([step]) => [step, step === 'school']));

    // The rest, stored behind the page's back: the list reads the records as they are when shown.
    await call(core, 'classes:save', { year, classes: [{ name: '5А', pupils: 25 }] });
    await call(core, 'staff:create', { fullName: 'Орлова Галина Викторовна', position: '', subjects: '' });
    const [template] = await call(core, 'templates:list', {});
    await call(core, 'agreements:createFromTemplate', {
      partnerId: partnerId(core, 'ГИБДД'),
      templateId: template?.id ?? 0,
    });
    await page.reload();
    await list(page).waitFor();
    await expect.poll(() => shownSteps(page)).toEqual(STEPS.map(([step]) => [step, step !== 'plan']));
    await call(core, 'plans:create', { year, copyFrom: null });
    await call(core, 'planItems:create', {
      year,
      fields: { ...blankPlanItemFields(`${academicYearStart(year)}-10`), title: 'Неделя безопасности' },
    });
    await page.reload();
    await list(page).getByText('Всё готово').waitFor();
    await expect.poll(() => shownSteps(page)).toEqual(STEPS.map(([step]) => [step, true]));

    // Hidden, and «Отменить» in the notice brings it back.
    await list(page).getByRole('button', { name: 'Скрыть список' }).click();
    await list(page).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Отменить' }).click();
    await list(page).waitFor();

    // Hidden again: it stays hidden after the app is opened again.
    await list(page).getByRole('button', { name: 'Скрыть список' }).click();
    await list(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Цель программы' }).waitFor();
    expect(await list(page).count()).toBe(0);

    // Настройки show it again.
    await page.getByRole('link', { name: 'Настройки' }).click();
    const shown = page.getByRole('switch', { name: 'Показывать на Главной список «С чего начать»' });
    expect(await shown.isChecked()).toBe(false);
    await shown.click({ force: true });
    await expect.poll(() => shown.isChecked()).toBe(true);
    await openHome(page);
    await list(page).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
