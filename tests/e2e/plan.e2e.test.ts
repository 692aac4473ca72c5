import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  academicYearLabel,
  academicYearOf,
  academicYearStart,
  localIsoDate,
} from '../../src-main/contract/academic-year';
import { addDays, formatDate } from '../../src-main/contract/dates';
import { planItemFieldsOf, type Plan } from '../../src-main/contract/plans';
import { type AppSession, fillDate, fillTime, flat, useBrowser, openApp, savedFile, timeShown } from './support';

const browser = useBrowser();

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

/** The first Tuesday of October of the year's autumn: a date inside the academic year, whatever today is. */
function firstTuesdayOfOctober(year: string): string {
  let date = `${academicYearStart(year)}-10-01`;
  while (weekday(date) !== 2) date = addDays(date, 1);
  return date;
}

/** Where the test puts screenshots to look at: SCREENSHOT_DIR, else nowhere. */
const SCREENSHOTS = process.env['SCREENSHOT_DIR'];

async function dispatchOk(app: AppSession, channel: string, input: unknown): Promise<unknown> {
  const answer = await app.harness.core.dispatch(channel as never, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function storedPlan(app: AppSession, year: string): Promise<Plan> {
  const answer = await app.harness.core.dispatch('plans:get', { year });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Plan;
}

/** Whether a weekly Thursday series from the week of `from` to `until` meets the school holidays of Настройки. */
async function thursdaysInHolidays(app: AppSession, from: string, until: string): Promise<boolean> {
  const answer = await app.harness.core.dispatch('settings:get', {});
  if (!answer.ok) throw new Error(answer.error.message);
  const { holidays } = (answer.value as { calendar: { holidays: { from: string; to: string }[] } }).calendar;
  for (let day = from; day <= until; day = addDays(day, 1)) {
    if (weekday(day) === 4 && holidays.some((h) => h.from <= day && day <= h.to)) return true;
  }
  return false;
}

async function chooseYear(page: Page, year: string) {
  await page.getByRole('combobox', { name: 'Учебный год' }).click();
  await page.getByRole('option', { name: `${year} уч. год` }).click();
}

describe('План совместной деятельности', () => {
  it('starts the year’s plan, adds an item, edits it in place, approves, prints, exports, makes its events and copies it to the next year', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const year = academicYearOf(localIsoDate(new Date()));
    const nextYear = academicYearLabel(academicYearStart(year) + 1);
    const date = firstTuesdayOfOctober(year);
    const october = date.slice(0, 7);

    await page.getByRole('link', { name: 'План' }).click();
    await page.getByText(`На ${year} учебный год плана ещё нет`).waitFor();
    await page.getByRole('button', { name: 'Начать пустой план' }).click();

    // A new item for a seeded partner, on an exact date, with classes and parents.
    await page.getByRole('button', { name: 'Добавить мероприятие', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByLabel(/^Мероприятие/).fill('Декада дорожной безопасности: встреча с инспектором');
    await dialog.getByRole('combobox', { name: 'Партнёры' }).click();
    await page.getByRole('option', { name: 'ГИБДД', exact: true }).click();
    await dialog.getByText('Сроки', { exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Форма взаимодействия' }).click();
    await page.getByRole('option', { name: /^Проведение театрализованных представлений/ }).click();
    await dialog.locator('label', { hasText: /^Дата$/ }).click();
    await fillDate(dialog.getByLabel('Дата проведения'), formatDate(date));
    await fillTime(dialog, 'Время начала', '10:00');
    await fillTime(dialog, 'Время окончания', '11:30');
    await dialog.getByRole('combobox', { name: 'Классы' }).fill('5а, 6Б,');
    await dialog.getByRole('checkbox', { name: 'Родители' }).check();
    await dialog.getByLabel('Ответственный от школы').fill('Петрова А. И.');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // Under its month, with the month's counts.
    const monthHeader = page.locator(`[data-plan-group="${october}"]`);
    await expect
      .poll(() => monthHeader.innerText())
      .toContain(`Октябрь ${academicYearStart(year)} — 1 мероприятие, проведено 0`);
    const row = page.locator(`[data-plan-group="${october}"] + tr`);
    expect(flat(await row.innerText())).toContain('Декада дорожной безопасности: встреча с инспектором');
    expect(flat(await row.innerText())).toContain(`${formatDate(date)}, 10:00–11:30`);
    expect(flat(await row.innerText())).toContain('5А, 6Б; родители');
    expect(flat(await row.innerText())).toContain('ГИБДД');
    const [stored] = (await storedPlan(app, year)).items;
    expect(stored?.form).toMatch(/^Проведение театрализованных представлений/);
    expect(stored?.participants).toEqual([
      { kind: 'class', value: '5А' },
      { kind: 'class', value: '6Б' },
      { kind: 'parents', value: '' },
    ]);

    // The title edited in place: Esc cancels, Enter saves.
    await row.getByRole('button', { name: 'Изменить: Мероприятие' }).click();
    await row.getByRole('textbox', { name: 'Мероприятие' }).fill('Не то');
    await page.keyboard.press('Escape');
    await row.getByText('Декада дорожной безопасности: встреча с инспектором').waitFor();
    await row.getByRole('button', { name: 'Изменить: Мероприятие' }).click();
    await row.getByRole('textbox', { name: 'Мероприятие' }).fill('Декада дорожной безопасности');
    await page.keyboard.press('Enter');
    await row.getByText('Декада дорожной безопасности', { exact: true }).waitFor();
    expect((await storedPlan(app, year)).items[0]?.title).toBe('Декада дорожной безопасности');

    // The approval: the order's number and date, and «СОГЛАСОВАНО».
    await page.getByRole('button', { name: 'Утверждение' }).click();
    const approval = page.getByRole('dialog', { name: `Утверждение плана на ${year} учебный год` });
    await approval.getByLabel('Номер приказа').fill('123-о');
    await fillDate(approval.getByLabel('Дата приказа'), `30.08.${academicYearStart(year)}`);
    await approval.getByRole('checkbox', { name: 'Есть гриф СОГЛАСОВАНО' }).check();
    await approval.getByLabel('Номер протокола').fill('1');
    await fillDate(approval.getByLabel('Дата протокола'), `29.08.${academicYearStart(year)}`);
    await approval.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText(`Утверждён приказом от 30.08.${academicYearStart(year)} № 123-о`).waitFor();

    // Printed to PDF.
    const pdf = flat(
      execFileSync('pdftotext', ['-raw', await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }),
    );
    expect(pdf).toContain('УТВЕРЖДАЮ');
    expect(pdf).toContain('СОГЛАСОВАНО');
    expect(pdf).toContain('123-о');
    expect(pdf).toContain(`План совместной деятельности с социальными партнёрами на ${year} учебный год`);
    expect(pdf).toContain('Декада дорожной безопасности');

    // Exported to Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await savedFile(page, 'Excel')).buffer as ArrayBuffer);
    const cells = (book.getWorksheet('План')?.getSheetValues() ?? []).flatMap((r) =>
      Array.isArray(r) ? r.map((v) => String(v ?? '')) : [],
    );
    expect(cells).toContain('Декада дорожной безопасности');
    expect(cells).toContain('ГИБДД');

    // Its events: the item's own, on the calendar since it was saved; a further one, prefilled from the exact date
    // and time; then a weekly series.
    await expect.poll(() => row.getByTestId('events-count').innerText()).toBe('1');
    await row.getByRole('button', { name: 'Создать мероприятия: Декада дорожной безопасности' }).click();
    const generate = page.getByRole('dialog', { name: 'Создать мероприятия в календаре' });
    expect(await generate.getByLabel('Дата', { exact: true }).inputValue()).toBe(formatDate(date));
    expect(await timeShown(generate, 'Время начала')).toBe('10:00');
    await generate.getByRole('button', { name: 'Создать мероприятие' }).click();
    await page.getByText('Мероприятие создано').waitFor();
    await expect.poll(() => row.getByTestId('events-count').innerText()).toBe('2');
    await row.getByRole('button', { name: 'Создать мероприятия: Декада дорожной безопасности' }).click();
    await generate.locator('label', { hasText: /^Каждую неделю$/ }).click();
    await generate.getByText('Чт', { exact: true }).click();
    const until = `${academicYearStart(year)}-12-20`;
    await fillDate(generate.getByLabel('Повторять до'), `20.12.${academicYearStart(year)}`);
    await generate.getByRole('button', { name: 'Создать серию' }).click();
    await page.getByText('Серия мероприятий создана').waitFor();
    // Where the Thursdays fall into the school holidays of Настройки, the series says so: all are kept here.
    if (await thursdaysInHolidays(app, date, until)) {
      await page.getByTestId('holiday-clashes').getByRole('button', { name: 'Оставить все занятия' }).click();
    }
    await expect.poll(() => row.getByTestId('events-count').innerText()).toBe('3');
    await page.getByRole('button', { name: 'Открыть в календаре' }).last().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/calendar');
    // The plan's events are on the calendar: back to October, in the month view and in the list.
    const months = (new Date().getFullYear() - academicYearStart(year)) * 12 + new Date().getMonth() - 9;
    for (let i = 0; i < months; i++) await page.getByRole('button', { name: 'Назад' }).click();
    await page.locator('.sod-event', { hasText: 'Декада дорожной безопасности' }).first().waitFor();
    await page.getByRole('tab', { name: 'Список', exact: true }).click();
    await page.locator('.sod-event', { hasText: 'Декада дорожной безопасности' }).first().waitFor();
    await page.getByRole('link', { name: 'План' }).click();
    await row.getByTestId('events-count').waitFor();

    // The next year starts as a copy: the item falls on the same weekday.
    await chooseYear(page, nextYear);
    await page.getByText(`На ${nextYear} учебный год плана ещё нет`).waitFor();
    await page.getByRole('button', { name: `Скопировать план ${year}` }).click();
    // The click only sends the request: the copy is read once the store holds it.
    await expect.poll(async () => (await storedPlan(app, nextYear)).items.length).toBe(1);
    const copied = (await storedPlan(app, nextYear)).items[0];
    expect(copied?.title).toBe('Декада дорожной безопасности');
    expect(copied?.dateFrom).not.toBe(null);
    expect(weekday(copied?.dateFrom ?? '')).toBe(weekday(date));
    // The copy's dated item is on the new year's calendar too.
    expect(copied?.eventsCount).toBe(1);
    const copiedRow = page.locator(`[data-plan-item="${copied?.id}"]`);
    expect(flat(await copiedRow.innerText())).toContain(`${formatDate(copied?.dateFrom ?? '')}, 10:00–11:30`);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('puts a dated item on the calendar with no further step, marks events outside the plan, asks about hand edits and the events of a deleted item', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const today = localIsoDate(new Date());
    const year = academicYearOf(today);
    const shoot = async (name: string) => {
      if (!SCREENSHOTS) return;
      for (const [width, height] of [
        [1366, 768],
        [1280, 720],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}x${height}.png`) });
      }
      await page.setViewportSize({ width: 1366, height: 860 });
    };

    // An empty calendar says where events come from, and leads to the plan.
    await page.getByRole('link', { name: 'Календарь', exact: true }).click();
    const empty = page.getByTestId('calendar-empty');
    await empty.waitFor();
    expect(flat(await empty.innerText())).toContain(
      'Мероприятия попадают в календарь из плана совместной деятельности',
    );
    await shoot('calendar-empty');
    await empty.getByRole('link', { name: 'плана совместной деятельности' }).click();
    await page.getByText(`На ${year} учебный год плана ещё нет`).waitFor();
    await page.getByRole('button', { name: 'Начать пустой план' }).click();

    // A plan item with a day and a time, saved: nothing else is done.
    await page.getByRole('button', { name: 'Добавить мероприятие', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByLabel(/^Мероприятие/).fill('Встреча с инспектором ГИБДД');
    await dialog.getByRole('combobox', { name: 'Партнёры' }).click();
    await page.getByRole('option', { name: 'ГИБДД', exact: true }).click();
    await dialog.locator('label', { hasText: /^Дата$/ }).click();
    await fillDate(dialog.getByLabel('Дата проведения'), formatDate(today));
    await fillTime(dialog, 'Время начала', '10:00');
    await fillTime(dialog, 'Время окончания', '11:00');
    await dialog.getByRole('combobox', { name: 'Классы' }).fill('7В,');
    await dialog.getByLabel('Уточнение места').fill('Актовый зал');
    await dialog.getByLabel('Ответственный от школы').fill('Петрова А. И.');
    await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('добавлено в план и в календарь').waitFor();
    const [item] = (await storedPlan(app, year)).items;
    if (!item) throw new Error('the item was not saved');
    // A month item is a task of its month until it is given a day.
    await dispatchOk(app, 'planItems:create', {
      year,
      fields: { ...planItemFieldsOf(item), title: 'Акция «Чистый двор»', timing: 'month', month: today.slice(0, 7) },
    });
    // Made in the store beside the screen: the screen reads it again.
    await page.reload();
    await page.locator('[data-plan-item]', { hasText: 'Акция «Чистый двор»' }).getByText('задача месяца').waitFor();
    await shoot('plan');

    // An event outside the plan, made on the calendar.
    await dispatchOk(app, 'events:create', {
      title: 'Субботник с родителями',
      start: `${today}T15:00`,
      end: `${today}T16:00`,
      allDay: false,
      venue: '',
      partnerIds: [],
      classes: [],
      planItemId: null,
      rrule: null,
      notes: '',
    });

    // Главная: this month's task without a day, and this week's events, the one outside the plan marked.
    await page.getByRole('link', { name: 'Главная' }).click();
    const tasks = page.getByTestId('month-tasks');
    await tasks.getByText('Акция «Чистый двор»').waitFor();
    const week = page.getByTestId('week-events');
    await week.getByText('Субботник с родителями').waitFor();
    // The badge is written in capitals on screen.
    const rowText = async (title: string) =>
      flat(await week.locator('tr', { hasText: title }).innerText()).toLocaleLowerCase('ru-RU');
    expect(await rowText('Субботник с родителями')).toContain('вне плана');
    expect(await rowText('Встреча с инспектором ГИБДД')).not.toContain('вне плана');
    await shoot('home');

    // On the calendar with its time, no further step; the other one is marked «вне плана».
    await page.getByRole('link', { name: 'Календарь', exact: true }).click();
    const planned = page.locator('.sod-event', { hasText: 'Встреча с инспектором ГИБДД' });
    await planned.waitFor();
    expect(flat(await planned.innerText())).toContain('10:00');
    expect(await planned.locator('.sod-unplanned-mark').count()).toBe(0);
    const unplanned = page.locator('.sod-event', { hasText: 'Субботник с родителями' });
    expect(flat(await unplanned.innerText())).toContain('вне плана');
    expect(await page.getByTestId('calendar-empty').count()).toBe(0);
    await shoot('calendar-unplanned');

    // The event of the plan names its plan, its place, classes, partner and the responsible.
    await planned.click();
    const card = page.getByRole('dialog', { name: 'Мероприятие' });
    expect(flat(await card.getByTestId('event-plan').innerText())).toBe(
      `Из плана на ${year} учебный год · ответственные: от школы — Петрова А. И. · Открыть план`,
    );
    expect(flat(await card.getByTestId('event-when').innerText())).toContain('Актовый зал');
    await card.getByText('ГИБДД', { exact: true }).first().waitFor();
    await card.getByText('7В', { exact: true }).first().waitFor();
    expect(await card.getByTestId('unplanned').count()).toBe(0);
    await shoot('event-of-plan');
    await card.getByRole('button', { name: 'Закрыть' }).first().click();
    await unplanned.click();
    await card.getByTestId('unplanned').waitFor();
    expect(flat(await card.getByTestId('event-plan').innerText())).toContain('Вне плана');
    await shoot('event-unplanned');
    await card.getByRole('button', { name: 'Закрыть' }).first().click();

    // Moved on the calendar by hand; then the plan moves it to 12:00: the office is asked which wins.
    const ownId = (
      (await dispatchOk(app, 'events:range', { from: today, to: today })) as { eventId: number; title: string }[]
    ).find((o) => o.title === 'Встреча с инспектором ГИБДД')?.eventId;
    expect(ownId).toBeDefined();
    await dispatchOk(app, 'events:move', { id: ownId, start: `${today}T09:00`, end: `${today}T10:00` });
    await page.getByRole('link', { name: 'План' }).click();
    const row = page.locator(`[data-plan-item="${item.id}"]`);
    await row.getByRole('button', { name: 'Изменить: Встреча с инспектором ГИБДД' }).click();
    const edit = page.getByRole('dialog', { name: 'Мероприятие плана' });
    await fillTime(edit, 'Время начала', '12:00');
    await fillTime(edit, 'Время окончания', '13:00');
    await edit.getByRole('button', { name: 'Сохранить', exact: true }).click();
    const asked = page.getByTestId('hand-edits');
    await asked.waitFor();
    expect(flat(await asked.innerText())).toContain('Дата и время');
    await shoot('plan-hand-edits');
    await asked.getByRole('button', { name: 'Изменить по плану' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await dispatchOk(app, 'events:get', { id: ownId })) as { start: string }).start)
      .toBe(`${today}T12:00`);

    // Deleting the item asks what becomes of its event: deleted from the calendar too.
    await row.getByRole('button', { name: 'Ещё: Встреча с инспектором ГИБДД' }).click();
    await page.getByRole('menuitem', { name: 'Удалить из плана' }).click();
    await page.getByRole('button', { name: 'Удалить и из календаря' }).click();
    await row.waitFor({ state: 'detached' });
    const left = (await dispatchOk(app, 'events:range', { from: today, to: today })) as { title: string }[];
    expect(left.map((o) => o.title)).toEqual(['Субботник с родителями']);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('keeps the school holidays in Настройки and refuses an end before the start at its field', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByRole('link', { name: 'Настройки' }).click();
    const holidays = page.getByTestId('holidays-settings');
    await holidays.getByRole('button', { name: 'Добавить каникулы' }).click();
    const n = await holidays.getByRole('button', { name: /^Удалить каникулы / }).count();
    await holidays.getByLabel(`Название каникул ${n}`).fill('Дополнительные каникулы');
    await fillDate(holidays.getByLabel(`Начало каникул ${n}`), '15.02.2027');
    await fillDate(holidays.getByLabel(`Окончание каникул ${n}`), '10.02.2027');
    await holidays.getByRole('button', { name: 'Сохранить каникулы' }).click();
    await holidays.getByText('Конец каникул раньше начала').waitFor();
    await fillDate(holidays.getByLabel(`Окончание каникул ${n}`), '21.02.2027');
    await holidays.getByRole('button', { name: 'Сохранить каникулы' }).click();
    await page.getByText('Каникулы сохранены.').waitFor();

    await page.reload();
    await page.getByTestId('holidays-settings').waitFor();
    expect(await page.getByLabel(`Название каникул ${n}`).inputValue()).toBe('Дополнительные каникулы');
    expect(await page.getByLabel(`Окончание каникул ${n}`).inputValue()).toBe('21.02.2027');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
