import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { academicYearOf, localIsoDate } from '../../src-main/contract/academic-year';
import type { Club } from '../../src-main/contract/clubs';
import { type AppSession, flat, useBrowser, openApp, openFromNav } from './support';

const browser = useBrowser();

const CENTRE = 'МБОУ ДЦДДТ «Центр дополнительного образования»';
const ARTS_SCHOOL = 'МБОУ Платовская школа искусств';

async function storedClubs(app: AppSession, year: string): Promise<Club[]> {
  const answer = await app.harness.core.dispatch('clubs:list', { year });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Club[];
}

/** Types a class and its pupils into the last row of the classes' table. */
async function typeClass(page: Page, row: number, name: string, pupils: number) {
  const editor = page.getByTestId('classes-editor');
  await editor.getByRole('textbox', { name: `Класс ${row}`, exact: true }).fill(name);
  await editor.getByRole('textbox', { name: `Обучающихся в классе ${name.toUpperCase()}` }).fill(String(pupils));
}

/** Adds a class row to the club's dialog and fills it. */
async function addAttendance(page: Page, row: number, className: string, pupils: number) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Добавить класс' }).click();
  await dialog.getByRole('combobox', { name: `Класс ${row}`, exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${className} \\(`) }).click();
  await dialog.getByRole('textbox', { name: `Обучающихся ${className}` }).fill(String(pupils));
}

async function newClub(page: Page, partner: string, name: string) {
  await page.getByRole('button', { name: 'Добавить кружок' }).click();
  const dialog = page.getByRole('dialog', { name: /^Новый кружок на / });
  await dialog.getByRole('combobox', { name: /^Партнёр/ }).click();
  await page.getByRole('option', { name: partner, exact: true }).click();
  await dialog.getByRole('textbox', { name: /^Кружок, студия, класс/ }).fill(name);
  return dialog;
}

describe('Кружки у партнёров', () => {
  it('enters the year’s classes, adds clubs at partners with pupils per class and shows the coverage; a count above the class’s enrolment is refused and nothing saved', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const year = academicYearOf(localIsoDate(new Date()));

    // The screen sits in the navigation's group «Реализация».
    await openFromNav(page, 'Кружки');
    await page.getByRole('heading', { name: 'Кружки у партнёров' }).waitFor();
    // An empty year says what to do first.
    await page.getByTestId('classes-empty').getByText('Сначала внесите классы этого учебного года').waitFor();
    expect(await page.getByTestId('clubs-empty').innerText()).toContain('Сначала внесите классы и их численность');
    expect(flat(await page.getByTestId('coverage-table').innerText())).toContain('Всего по школе нет данных');

    // The classes of the year: 2А of 24, 5А of 25, 6Б of 20.
    await page.getByRole('button', { name: 'Внести классы' }).click();
    await typeClass(page, 1, '2а', 24);
    await page.getByRole('button', { name: 'Добавить класс' }).click();
    await typeClass(page, 2, '5А', 25);
    await page.getByRole('button', { name: 'Добавить класс' }).click();
    await typeClass(page, 3, '6б', 20);
    await page.getByRole('button', { name: 'Сохранить классы' }).click();
    const view = page.getByTestId('classes-view');
    await view.waitFor();
    expect(flat(await view.innerText())).toContain('2А — 24');
    expect(await page.getByTestId('level-total-ООО').innerText()).toBe('2 класса, 45 обучающихся');
    // The year's families and teachers, entered once for the year beside its classes.
    const counts = page.getByTestId('year-counts');
    await counts.getByLabel('Число семей обучающихся').fill('210');
    await counts.getByLabel('Число педагогов школы').fill('46');
    await counts.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(`Сведения ${year} учебного года сохранены.`).waitFor();
    const yearFacts = await app.harness.core.dispatch('classes:list', { year });
    expect(yearFacts.ok && yearFacts.value).toMatchObject({ families: 210, teachers: 46 });
    expect(await page.getByTestId('clubs-empty').innerText()).toContain('Нажмите «Добавить кружок»');

    // «Хореография» at the centre of additional education: 30 of 2А, more than the 24 it has, is refused.
    const dialog = await newClub(page, CENTRE, 'Хореография');
    await dialog.getByRole('textbox', { name: 'Педагог' }).fill('Соколова Е. В.');
    await dialog.getByRole('textbox', { name: 'Расписание' }).fill('Вт, Чт 15:00–16:30');
    await addAttendance(page, 1, '5А', 12);
    await addAttendance(page, 2, '6Б', 10);
    await addAttendance(page, 3, '2А', 30);
    expect(await dialog.getByTestId('attendance-total').innerText()).toBe('Всего: 52 обучающихся');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page
      .getByText('В кружок «Хореография» не может быть записано 30 обучающихся 2А: в классе 2А всего 24.')
      .waitFor();
    await dialog.getByText('Больше, чем обучающихся в классе (24)').waitFor();
    expect(await storedClubs(app, year)).toEqual([]);

    // Corrected, it is saved.
    await dialog.getByRole('textbox', { name: 'Обучающихся 2А' }).fill('8');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('[data-club="Хореография"]');
    expect(flat(await row.innerText())).toContain('Соколова Е. В.');
    expect(flat(await row.innerText())).toContain('2А — 8, 5А — 12, 6Б — 10');
    const [stored] = await storedClubs(app, year);
    expect(stored).toMatchObject({ partnerName: CENTRE, pupils: 30 });

    // The coverage: НОО 8 of 24, ООО 22 of 45, overall 30 of 69.
    const coverage = page.getByTestId('coverage-table');
    await expect.poll(async () => flat(await coverage.innerText())).toContain('НОО (1–4 классы) 8 из 24 = 33,3 %');
    expect(flat(await coverage.innerText())).toContain('ООО (5–9 классы) 22 из 45 = 48,9 %');
    expect(flat(await coverage.innerText())).toContain('СОО (10–11 классы) нет данных');
    expect(flat(await coverage.innerText())).toContain('Всего по школе 30 из 69 = 43,5 %');

    // A second club with 20 of 5А: 5А counts 25, not 32, since a pupil may attend both.
    const guitar = await newClub(page, ARTS_SCHOOL, 'Гитара');
    await addAttendance(page, 1, '5А', 20);
    await guitar.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await guitar.waitFor({ state: 'detached' });
    await expect.poll(async () => flat(await coverage.innerText())).toContain('ООО (5–9 классы) 35 из 45 = 77,8 %');
    expect(flat(await coverage.innerText())).toContain('Всего по школе 43 из 69 = 62,3 %');
    expect(flat(await page.locator(`[data-partner-group="${ARTS_SCHOOL}"]`).innerText())).toContain(
      '1 кружок · охват: 20 из 69 = 29,0 %',
    );

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
