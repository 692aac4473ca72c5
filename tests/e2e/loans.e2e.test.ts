import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { addDays, formatDate } from '../../src-main/contract/dates';
import { partnerFieldsOf } from '../../src-main/contract/partners';
import { call, partnerId } from '../kit/channels';
import { type AppSession, fillDate, flat, useBrowser, openApp, openFromNav, savedFile } from './support';

const browser = useBrowser();

const LIBRARY = 'МБУК «Центральная детская библиотека» г. Зверево';
const HOUSE_OF_CULTURE = 'ДК «Маяк» г. Зверево';
const SCHOOL = 'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа';

/** The school's director, the city of acts and the library's head, which the act names. */
async function fillRequisites(core: AppCore): Promise<void> {
  const settings = await call(core, 'settings:get', {});
  await call(core, 'settings:saveSchool', { ...settings.school, directorName: 'Иванова Мария Петровна' });
  await call(core, 'settings:saveAgreements', { ...settings.agreements, city: 'Зверево' });
  const id = partnerId(core, LIBRARY);
  const partner = await call(core, 'partners:get', { id });
  await call(core, 'partners:update', {
    id,
    fields: { ...partnerFieldsOf(partner), headName: 'Орлова Анна Сергеевна', headPosition: 'Директор' },
  });
}

async function openLoans(page: Page): Promise<void> {
  await openFromNav(page, 'Ресурсы партнёров');
  await page.getByRole('heading', { name: 'Ресурсы партнёров' }).waitFor();
}

describe('Ресурсы партнёров', () => {
  it('records exhibits lent by the library, saves the receipt act as PDF, marks the return and shows it returned', async () => {
    const app: AppSession = await openApp(browser());
    const { page } = app;
    await fillRequisites(app.harness.core);
    const today = localIsoDate(new Date());
    await openLoans(page);
    await page.getByText('Пока ничего не записано.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Записать получение' }).click();
    const dialog = page.getByRole('dialog', { name: 'Получение ресурсов от партнёра' });
    await dialog.getByRole('combobox', { name: /^Партнёр/ }).click();
    await page.getByRole('option', { name: LIBRARY }).click();
    await fillDate(dialog.getByLabel(/^Получено/), formatDate(addDays(today, -10)));
    await fillDate(dialog.getByLabel(/^Вернуть до/), formatDate(addDays(today, 20)));
    await dialog.getByLabel('Где размещены').fill('мини-музей школы');
    await dialog.getByLabel('Ответственный в школе').fill('Петрова А.И., учитель истории');
    await dialog.getByLabel('Наименование, строка 1').fill('Самовар угольный');
    await dialog.getByLabel('Инвентарный номер, строка 1').fill('КП-114');
    await dialog.getByLabel('Состояние при получении, строка 1').fill('Потёртости на крышке');
    await dialog.getByRole('button', { name: 'Добавить предмет' }).click();
    await dialog.getByLabel('Наименование, строка 2').fill('Рушник вышитый');
    await dialog.getByLabel('Количество, строка 2').fill('3');
    await dialog.getByLabel('Состояние при получении, строка 2').fill('Хорошее');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator('[data-loan-row]');
    await expect.poll(() => row.count()).toBe(1);
    expect(flat(await row.innerText())).toContain(LIBRARY);
    expect(await row.getByTestId('loan-status').textContent()).toBe('На хранении');

    await row.getByRole('button', { name: /^Действия: / }).click();
    await page.getByRole('menuitem', { name: 'Акт приёма-передачи' }).click();
    const preview = page.getByRole('dialog', { name: 'Предпросмотр документа' });
    await preview.getByTitle(/^Предпросмотр: Акт приёма-передачи № А-\d{4}-1 /).waitFor();
    const pdf = flat(
      execFileSync(
        'pdftotext',
        ['-layout', await savedFile(page, () => preview.getByRole('button', { name: 'Сохранить PDF' }).click()), '-'],
        { encoding: 'utf8' },
      ),
    );
    expect(pdf).toMatch(/АКТ ПРИЁМА-ПЕРЕДАЧИ № А-\d{4}-1/);
    for (const text of [
      `${LIBRARY} (далее — Партнёр) в лице директора Орловой Анны Сергеевны, действующей на основании Устава, передаёт`,
      `${SCHOOL} (далее — Школа)`,
      'Самовар угольный Экспонаты музея КП-114 1 Потёртости на крышке',
      'Рушник вышитый Экспонаты музея — 3 Хорошее',
      'Всего: 2 наименования, 4 единицы.',
      'Место размещения (экспонирования): мини-музей школы.',
      'Передал Принял',
      '/ А.С. Орлова /',
      '/ М.П. Иванова /',
      'М.П. М.П.',
    ]) {
      expect(pdf).toContain(text);
    }
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    await row.getByRole('button', { name: /^Отметить возврат: / }).click();
    const returning = page.getByRole('dialog', { name: 'Отметить возврат партнёру' });
    expect(await returning.getByLabel(/^Дата возврата/).inputValue()).toBe(formatDate(today));
    await returning.getByLabel('Состояние при возврате').fill('Без повреждений');
    await returning.getByRole('button', { name: 'Отметить возврат' }).click();
    await returning.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('loan-status').textContent()).toBe('Возвращено');

    await page.getByText('Просроченные', { exact: true }).click();
    await page.getByText('Просроченных нет', { exact: false }).waitFor();
    await page.getByText('Возвращённые', { exact: true }).click();
    await expect.poll(() => row.count()).toBe(1);
    await page.getByRole('textbox', { name: 'Поиск' }).fill('РУШНИК');
    await expect.poll(() => page.getByTestId('loans-count').textContent()).toBe('Найдено: 1 запись');
    await page.getByRole('textbox', { name: 'Поиск' }).fill('рояль');
    await page.getByText('Ничего не найдено.', { exact: false }).waitFor();

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);

  it('shows an overdue loan on Главная and in the partner’s «Ресурсы» tab, and nothing when all is in time', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByTestId('attention').waitFor();
    expect(await page.getByTestId('loans-attention').count()).toBe(0);

    const today = localIsoDate(new Date());
    const house = partnerId(app.harness.core, HOUSE_OF_CULTURE);
    const item = { kind: 'instruments' as const, inventoryNumber: '', condition: 'Исправен' };
    await call(app.harness.core, 'loans:create', {
      partnerId: house,
      receivedOn: addDays(today, -40),
      dueOn: addDays(today, -3),
      responsible: '',
      displayPlace: 'актовый зал',
      notes: '',
      items: [{ ...item, name: 'Баян', quantity: 2 }],
    });
    await call(app.harness.core, 'loans:create', {
      partnerId: house,
      receivedOn: addDays(today, -5),
      dueOn: today,
      responsible: '',
      displayPlace: '',
      notes: '',
      items: [{ ...item, name: 'Балалайка', quantity: 1 }],
    });
    await page.reload();

    const card = page.getByTestId('loans-attention');
    await card.waitFor();
    const text = flat(await card.innerText());
    expect(text).toContain('Пора вернуть ресурсы партнёрам');
    expect(text).toMatch(/Просрочен на 3 дня\s*ДК «Маяк» г\. Зверево: Баян × 2 — вернуть до \d\d\.\d\d\.\d{4}/i);
    expect(text).toMatch(/Срок сегодня\s*ДК «Маяк» г\. Зверево: Балалайка/i);

    await card.getByRole('link', { name: HOUSE_OF_CULTURE }).first().click();
    await page.getByRole('tab', { name: 'Ресурсы' }).click();
    const rows = page.locator('[data-loan-row]');
    await expect.poll(() => rows.count()).toBe(2);
    const statuses = await page.getByTestId('loan-status').allTextContents();
    expect(statuses.sort()).toEqual(['Просрочен на 3 дня', 'Срок сегодня']);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
