import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src-main/contract/academic-year';
import type { Acquisition } from '../../src-main/contract/acquisitions';
import { formatDate } from '../../src-main/contract/dates';
import { type AppSession, fillDate, flat, useBrowser, openApp, openFromNav, savedFile } from './support';

const browser = useBrowser();

const LIBRARY = 'МБУК «Центральная детская библиотека» г. Зверево';
/** Spaces as the page and pdftotext give them (non-breaking between thousands) become plain single spaces. */

async function storedItems(app: AppSession): Promise<Acquisition[]> {
  const answer = await app.harness.core.dispatch('acquisitions:list', {
    fromYear: null,
    toYear: null,
    status: null,
    source: null,
  });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Acquisition[];
}

describe('План приобретения', () => {
  it('adds two items (one from a partner), marks one acquired, shows the totals, prints to PDF and exports to Excel', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const today = localIsoDate(new Date());

    await openFromNav(page, 'План приобретения');
    await page.getByText('В плане приобретения пока нет позиций').waitFor();

    // From the budget, in the first quarter of 2027, with a category of the defaults.
    await page.getByRole('button', { name: 'Добавить позицию' }).click();
    let dialog = page.getByRole('dialog', { name: 'Новая позиция плана приобретения' });
    await dialog.getByLabel(/^Наименование/).fill('Конструктор «Строитель» для начальных классов');
    await dialog.getByRole('combobox', { name: 'Категория' }).click();
    await page.getByRole('option', { name: 'Игровое оборудование', exact: true }).click();
    await dialog.getByLabel(/^Количество/).fill('2');
    await dialog.getByLabel(/^Год/).fill('2027');
    await dialog.getByRole('combobox', { name: 'Квартал' }).click();
    await page.getByRole('option', { name: 'I квартал', exact: true }).click();
    await dialog.getByLabel('Сумма, руб.').fill('12500');
    await dialog.getByLabel(/^Примечание/).click();
    expect(await dialog.getByLabel('Сумма, руб.').inputValue()).toBe('12\u00A0500,00');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // From a partner: the partner must be chosen first.
    await page.getByRole('button', { name: 'Добавить позицию' }).click();
    dialog = page.getByRole('dialog', { name: 'Новая позиция плана приобретения' });
    await dialog.getByLabel(/^Наименование/).fill('Сказки народов России');
    await dialog.getByRole('combobox', { name: 'Категория' }).fill('Художественная литература');
    await dialog.getByLabel(/^Количество/).fill('25');
    await dialog.getByLabel(/^Ед\. изм\./).fill('экз.');
    await dialog.getByLabel(/^Год/).fill('2028');
    await dialog.locator('label', { hasText: /^Партнёр$/ }).click();
    await dialog.getByLabel('Сумма, руб.').fill('4 599,5');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.getByText('Выберите партнёра').waitFor();
    await dialog.getByRole('combobox', { name: /^Партнёр/ }).click();
    await page.getByRole('option', { name: LIBRARY }).click();
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = await storedItems(app);
    expect(
      stored.map((a) => [a.name, a.plannedYear, a.plannedQuarter, a.source, a.partnerName, a.costKopecks]),
    ).toEqual([
      ['Конструктор «Строитель» для начальных классов', 2027, 1, 'budget', null, 1_250_000],
      ['Сказки народов России', 2028, null, 'partner', LIBRARY, 459_950],
    ]);

    // Grouped by year, with each year's total and the plan's.
    const table = page.getByTestId('acquisitions-table');
    expect(flat(await table.locator('[data-acquisition-year="2027"]').innerText())).toContain(
      'Итого за 2027 год: 12 500,00 ₽',
    );
    expect(flat(await table.getByTestId('overall-total').innerText())).toBe('Всего на сумму 17 099,50 ₽');
    expect(flat(await page.getByTestId('acquisitions-count').innerText())).toBe('В плане 2 позиции');

    // The first is bought today.
    await page.getByRole('button', { name: 'Приобретено: Конструктор «Строитель» для начальных классов' }).click();
    const acquired = page.getByRole('dialog', { name: 'Отметить приобретённым' });
    expect(await acquired.getByLabel(/^Дата приобретения/).inputValue()).toBe(formatDate(today));
    await acquired.getByRole('button', { name: 'Приобретено', exact: true }).click();
    await acquired.waitFor({ state: 'detached' });
    const first = table.locator(`[data-acquisition="${stored[0]?.id}"]`);
    await expect
      .poll(() => first.getByTestId('acquisition-status').textContent())
      .toBe(`Приобретено ${formatDate(today)}`);

    // Only what is planned: the bought item leaves the list, the totals follow.
    await page.getByRole('combobox', { name: 'Статус' }).click();
    await page.getByRole('option', { name: 'Запланировано', exact: true }).click();
    await expect
      .poll(async () => flat(await page.getByTestId('acquisitions-count').innerText()))
      .toBe('Найдено: 1 позиция из 2');
    expect(flat(await table.getByTestId('overall-total').innerText())).toBe('Всего на сумму 4 599,50 ₽');
    await page.getByRole('button', { name: 'Сбросить отбор' }).click();
    await expect
      .poll(async () => flat(await table.getByTestId('overall-total').innerText()))
      .toBe('Всего на сумму 17 099,50 ₽');
    expect(flat(await page.getByTestId('printed-years').innerText())).toBe('Печать: план на 2027–2028 годы');

    // The approval: the order.
    await page.getByRole('button', { name: 'Утверждение' }).click();
    const approval = page.getByRole('dialog', { name: 'Утверждение плана приобретения' });
    await approval.getByLabel('Номер приказа').fill('112-о');
    await fillDate(approval.getByLabel('Дата приказа'), '01.09.2026');
    await approval.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Утверждён приказом от 01.09.2026 № 112-о').waitFor();

    // Printed to PDF.
    const pdf = flat(
      execFileSync('pdftotext', ['-raw', await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }),
    );
    expect(pdf).toContain('УТВЕРЖДАЮ');
    expect(pdf).toContain('приказ от 01.09.2026 № 112-о');
    expect(pdf).toContain(
      'Перспективный план приобретения оборудования, учебных пособий и литературы для развития образовательной среды на 2027–2028 годы',
    );
    expect(pdf).toContain('Конструктор «Строитель» для начальных классов');
    expect(pdf).toContain(`Приобретено ${formatDate(today)}`);
    expect(pdf).toContain('Сказки народов России');
    expect(pdf).toContain('Итого за 2027 год 12 500,00');
    expect(pdf).toContain('Итого 17 099,50');

    // Exported to Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await savedFile(page, 'Excel')).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('План приобретения');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell(3, 4).value).toBe('Конструктор «Строитель» для начальных классов');
    expect(sheet.getCell(3, 9).value).toBe(12_500);
    expect(sheet.getCell(3, 10).value).toBe('Приобретено');
    expect(sheet.getCell(4, 8).value).toBe(`Партнёр: ${LIBRARY}`);
    expect(sheet.getCell(4, 9).value).toBe(4_599.5);
    expect(sheet.getCell(5, 4).value).toBe('Итого');
    expect(sheet.getCell(5, 9).result).toBe(17_099.5);
    expect(sheet.getCell(5, 9).numFmt).toBe('#,##0.00 "₽"');

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);
});
