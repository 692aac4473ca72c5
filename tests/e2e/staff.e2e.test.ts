import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearStart, localIsoDate } from '../../src-main/contract/academic-year';
import { fillDate, flat, useBrowser, openApp, openFromNav, savedFile } from './support';

const browser = useBrowser();

const IMC = 'Информационный методический центр (ИМЦ г. Красный Сулин)';
const TEACHER = 'Орлова Галина Викторовна';

describe('Повышение квалификации', () => {
  it('adds a teacher and a course at the ИМЦ, shows the year’s figures and the teacher’s history, and exports the year to Excel', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const year = academicYearOf(localIsoDate(new Date()));
    const start = academicYearStart(year);

    // The screen sits in the navigation's group «Реализация».
    await openFromNav(page, 'Повышение квалификации');
    await page.getByText('Записи ведутся по педагогам: сначала добавьте педагогов школы.').waitFor();
    await page.getByRole('button', { name: 'Перейти к списку педагогов' }).click();

    // A teacher.
    await page.getByRole('button', { name: 'Добавить педагога' }).click();
    const teacher = page.getByRole('dialog', { name: 'Новый педагог' });
    await teacher.getByLabel(/^Фамилия, имя, отчество/).fill(TEACHER);
    await teacher.getByLabel('Должность').fill('Учитель');
    await teacher.getByLabel('Предметы').fill('Математика');
    await teacher.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await teacher.waitFor({ state: 'detached' });
    const staffRow = page.locator('[data-staff-row]', { hasText: TEACHER });
    expect(flat(await staffRow.innerText())).toContain('Учитель Математика 0');

    // A 72-hour course at the ИМЦ, with its certificate.
    await page.getByRole('tab', { name: 'Мероприятия' }).click();
    await page.getByText(`За ${year} учебный год записей о повышении квалификации нет`).waitFor();
    await page.getByRole('button', { name: 'Добавить запись' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая запись о повышении квалификации' });
    await dialog.getByRole('combobox', { name: /^Педагог/ }).click();
    await page.getByRole('option', { name: TEACHER }).click();
    expect(await dialog.getByRole('combobox', { name: /^Форма/ }).inputValue()).toBe('Курсы повышения квалификации');
    await dialog.getByLabel(/^Тема, название/).fill('Обновлённые ФГОС ООО: содержание и технологии');
    await dialog.getByRole('combobox', { name: /^Партнёр/ }).click();
    await page.getByRole('option', { name: IMC }).click();
    await fillDate(dialog.getByLabel('Дата начала *'), `12.10.${start}`);
    await fillDate(dialog.getByLabel('Дата окончания *'), `10.10.${start}`);
    await dialog.getByLabel(/^Часов/).fill('72');
    await dialog.getByLabel('Удостоверение, сертификат №').fill('Удостоверение № 612400012345');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    // The end before the start is refused at its field.
    await dialog.getByText('Дата окончания раньше даты начала').waitFor();
    await fillDate(dialog.getByLabel('Дата окончания *'), `23.10.${start}`);
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const recordRow = page.locator('[data-record-row]');
    await expect.poll(() => recordRow.count()).toBe(1);
    const recordText = flat(await recordRow.innerText());
    expect(recordText).toContain(`12.10–23.10.${start}`);
    expect(recordText).toContain(TEACHER);
    expect(recordText).toContain(IMC);
    expect(recordText).toContain('72');
    expect(recordText).toContain('Удостоверение № 612400012345');
    expect(await page.getByTestId('records-count').innerText()).toBe(`За ${year} учебный год: 1 запись, 72 часа`);

    // The year's figures.
    await page.getByRole('tab', { name: 'Итоги года' }).click();
    expect(flat(await page.getByTestId('figure-trained').innerText())).toBe(
      'Повысили квалификацию 1 педагог 100,0 % из 1',
    );
    expect(flat(await page.getByTestId('figure-partners').innerText())).toBe('Через партнёров 1 педагог 100,0 % из 1');
    expect(flat(await page.getByTestId('figure-hours').innerText())).toContain('72');
    const byForm = flat(await page.getByTestId('summary-by-form').innerText());
    expect(byForm).toContain('Курсы повышения квалификации 1 1 72');
    const byPartner = flat(await page.getByTestId('summary-by-partner').innerText());
    expect(byPartner).toContain(`${IMC} 1 1 72`);

    // The teacher's history, from the list of teachers.
    await page.getByRole('tab', { name: 'Педагоги' }).click();
    await staffRow.click();
    const drawer = page.getByRole('dialog', { name: 'История повышения квалификации' });
    await drawer.getByText(TEACHER).waitFor();
    expect(flat(await drawer.getByTestId('history-years').innerText())).toContain(`${year} 1 72`);
    const history = flat(await drawer.getByTestId('history-records').innerText());
    expect(history).toContain('Обновлённые ФГОС ООО: содержание и технологии');
    expect(history).toContain('Удостоверение № 612400012345');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The year in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await savedFile(page, 'Excel')).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Итоги', 'Записи']);
    const cells = (name: string) =>
      (book.getWorksheet(name)?.getSheetValues() ?? []).map((r) =>
        Array.isArray(r) ? r.slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) : [],
      );
    expect(cells('Итоги')).toContainEqual(['Итого', 'Повысили квалификацию', 1, 1, 72]);
    expect(cells('Итоги')).toContainEqual(['По партнёрам', IMC, 1, 1, 72]);
    expect(cells('Записи')).toContainEqual([
      1,
      TEACHER,
      'Курсы повышения квалификации',
      'Обновлённые ФГОС ООО: содержание и технологии',
      IMC,
      `${start}-10-12`,
      `${start}-10-23`,
      72,
      'Удостоверение № 612400012345',
    ]);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
