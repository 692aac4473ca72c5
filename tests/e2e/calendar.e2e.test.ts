import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { addDays, formatDate } from '../../src-main/contract/dates';
import { fillDate, fillTime, flat, useBrowser, openApp, timeShown } from './support';
import { call, partnerId } from '../kit/channels';
import { eventFields } from '../unit/events/fixtures';
import { quoted } from '../../src-main/contract/quote';

const browser = useBrowser();

const occurrencesOn = (core: AppCore, from: string, to: string) => call(core, 'events:range', { from, to });

const dayCell = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`);

/** A point in the empty lower part of a day cell of the month view, where a press selects the day. */
async function emptyPointOf(cell: Locator): Promise<{ x: number; y: number }> {
  const box = await cell.boundingBox();
  if (!box) throw new Error('day cell not shown');
  return { x: box.x + box.width / 2, y: box.y + box.height - 12 };
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not shown');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses, moves in small steps, and releases, as a hand does: the calendar needs real pointer moves. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

/** The dates the month view shows: every day cell, first to last. */
async function visibleDates(page: Page): Promise<string[]> {
  return page
    .locator('[role="cell"][data-date]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date') ?? ''));
}

async function openCalendar(page: Page) {
  await page.getByRole('link', { name: 'Календарь', exact: true }).click();
  await page.getByRole('heading', { name: 'Календарь', level: 2 }).waitFor();
  await page.locator('[role="cell"][data-date]').first().waitFor();
}

describe('Календарь', () => {
  it('creates an event by selecting a day, shows it in the month and list views, exports it, drags it to another day and undoes the move', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const core = app.harness.core;
    await openCalendar(page);
    const month = localIsoDate(new Date()).slice(0, 7);
    const [first, second] = [`${month}-10`, `${month}-12`];

    const point = await emptyPointOf(dayCell(page, first));
    await page.mouse.click(point.x, point.y);
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие' });
    await dialog.waitFor();
    expect(await dialog.getByRole('switch', { name: 'Весь день' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Начало').inputValue()).toBe(formatDate(first));
    await dialog.getByLabel('Название').fill('Встреча с инспектором ГИБДД');
    await dialog.getByRole('combobox', { name: 'Классы' }).fill('5а');
    await dialog.getByRole('combobox', { name: 'Классы' }).press('Enter');
    await dialog.getByRole('combobox', { name: 'Партнёры' }).click();
    await page.getByRole('option', { name: 'ГИБДД', exact: true }).click();
    await dialog.getByLabel('Название').click();
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await page.getByText('Мероприятие «Встреча с инспектором ГИБДД» добавлено.').waitFor();
    await dayCell(page, first).getByText('Встреча с инспектором ГИБДД').waitFor();
    const [stored] = await occurrencesOn(core, first, first);
    expect(stored).toMatchObject({ start: first, end: first, allDay: true, classes: ['5А'], partnerNames: ['ГИБДД'] });

    await page.getByRole('tab', { name: 'Список', exact: true }).click();
    await page.locator('.sod-event', { hasText: 'Встреча с инспектором ГИБДД' }).waitFor();
    await page.getByRole('button', { name: 'Экспорт в календарь (.ics)' }).click();
    await page.getByRole('menuitem', { name: 'Показанные даты' }).click();
    const saved = page.getByText(/^Файл сохранён: /);
    await saved.waitFor();
    const ics = readFileSync((await saved.innerText()).replace('Файл сохранён: ', ''), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Встреча с инспектором ГИБДД');
    await page.getByRole('tab', { name: 'Месяц', exact: true }).click();

    const event = dayCell(page, first).locator('.sod-event', { hasText: 'Встреча с инспектором ГИБДД' });
    await drag(page, await centreOf(event), await emptyPointOf(dayCell(page, second)));
    await page.getByRole('alert').getByText('Перенесено', { exact: true }).waitFor();
    await dayCell(page, second).getByText('Встреча с инспектором ГИБДД').waitFor();
    expect((await occurrencesOn(core, first, second)).map((o) => o.start)).toEqual([second]);

    await page.getByRole('alert').getByRole('button', { name: 'Отменить', exact: true }).click();
    await page.getByText('Перенос отменён.').waitFor();
    await dayCell(page, first).getByText('Встреча с инспектором ГИБДД').waitFor();
    expect((await occurrencesOn(core, first, second)).map((o) => o.start)).toEqual([first]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);

  it('shows this week on Главная, marks a past event held with participants, an achievement and a photo, and cancels another in one click', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const core = app.harness.core;
    const today = localIsoDate(new Date());
    const past = addDays(today, -2);
    await call(core, 'events:create', {
      ...eventFields(),
      title: 'День открытых дверей',
      start: today,
      end: today,
      allDay: true,
    });
    await call(core, 'events:create', {
      ...eventFields(),
      title: 'Экскурсия в пожарную часть',
      start: `${past}T12:00`,
      end: `${past}T14:00`,
      classes: ['7А', '7Б'],
      partnerIds: [partnerId(core, 'МЧС')],
    });
    await call(core, 'events:create', {
      ...eventFields(),
      title: 'Лекция о здоровом питании',
      start: `${past}T09:00`,
      end: `${past}T10:00`,
    });
    await page.reload();

    const week = page.getByTestId('week-events');
    await week.getByText('День открытых дверей').waitFor();
    const overdue = page.getByTestId('overdue-events');
    await overdue.getByText('Экскурсия в пожарную часть').waitFor();

    await page.getByRole('button', { name: 'Отменить: Лекция о здоровом питании' }).click();
    const cancel = page.getByRole('dialog', { name: 'Отменить «Лекция о здоровом питании»' });
    await cancel.getByRole('button', { name: 'Отменить мероприятие' }).click();
    await cancel.getByText('Укажите причину отмены').waitFor();
    await cancel.getByLabel('Причина отмены').fill('Лектор заболел');
    await cancel.getByRole('button', { name: 'Отменить мероприятие' }).click();
    await page.getByText('«Лекция о здоровом питании» отменено.').waitFor();
    await expect.poll(() => overdue.getByText('Лекция о здоровом питании').count()).toBe(0);

    await overdue.getByRole('button', { name: 'Экскурсия в пожарную часть', exact: true }).click();
    const card = page.getByRole('dialog', { name: 'Мероприятие' });
    await card.getByRole('button', { name: 'Проведено' }).click();
    await page.getByText('«Экскурсия в пожарную часть» отмечено как проведённое.').waitFor();
    await card.getByLabel('Учащихся 7А').fill('20');
    await card.getByLabel('Учащихся 7Б').fill('18');
    await card.getByLabel('Родителей').fill('5');
    await card.getByLabel('Педагогов').fill('2');
    await card.getByLabel('Что сделано и чего достигли').fill('Учащиеся познакомились с работой пожарных.');
    await card.getByRole('button', { name: 'Добавить достижение' }).click();
    await card.getByLabel('Конкурс 1').fill('Конкурс рисунков «Огонь — друг и враг»');
    await card.getByRole('combobox', { name: 'Уровень 1' }).click();
    await page.getByRole('option', { name: 'Региональный' }).click();
    await card.getByRole('combobox', { name: 'Результат 1' }).click();
    await page.getByRole('option', { name: 'Призёр' }).click();
    await card.getByLabel('Учащийся 1').fill('Иванов Пётр');
    await card.getByLabel('Класс 1').fill('7А');
    await card.getByRole('button', { name: 'Сохранить итоги' }).click();
    await page.getByText('Итоги «Экскурсия в пожарную часть» сохранены.').waitFor();

    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: /Добавить фото/ }).click();
    await (await chooser).setFiles({ name: 'Экскурсия.png', mimeType: 'image/png', buffer: png });
    await page.getByText('Фото «Экскурсия.png» добавлено.').waitFor();
    await card.getByTestId('photos').getByText('Экскурсия.png').waitFor();

    const [held] = (await occurrencesOn(core, past, past)).filter((o) => o.title === 'Экскурсия в пожарную часть');
    const detail = await call(core, 'events:get', { id: held?.eventId ?? 0 });
    expect(detail.status).toBe('held');
    expect(detail.outcome).toMatchObject({
      parents: 5,
      teachers: 2,
      classes: [
        { className: '7А', pupils: 20 },
        { className: '7Б', pupils: 18 },
      ],
    });
    expect(detail.achievements).toMatchObject([
      {
        contest: 'Конкурс рисунков «Огонь — друг и враг»',
        level: 'regional',
        result: 'prizewinner',
        pupil: 'Иванов Пётр',
        className: '7А',
      },
    ]);
    expect(detail.photos.map((p) => p.originalName)).toEqual(['Экскурсия.png']);

    await card.getByRole('button', { name: 'Закрыть', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('overdue-events').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);

  it('shows a weekly series on several weeks; editing one occurrence changes that one only, editing the series changes the rest', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const core = app.harness.core;
    await openCalendar(page);
    const dates = await visibleDates(page);
    const monday = addDays(dates[0] ?? '', 7);
    const title = 'Кружок «Юный спасатель»';
    // The only school holidays: the day of the series' third meeting.
    await call(core, 'settings:saveCalendar', {
      holidays: [{ name: 'Дополнительные каникулы', from: addDays(monday, 14), to: addDays(monday, 14) }],
    });

    await page.getByRole('button', { name: 'Новое мероприятие' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие' });
    await dialog.getByLabel('Название').fill(title);
    await fillDate(dialog.getByLabel('Начало'), formatDate(monday));
    await fillTime(dialog, 'Время начала', '15:00');
    expect(await dialog.getByLabel('Окончание').inputValue()).toBe(formatDate(monday));
    expect(await timeShown(dialog, 'Время окончания')).toBe('16:00');
    await dialog.getByRole('combobox', { name: 'Повтор' }).click();
    await page.getByRole('option', { name: 'Каждую неделю' }).click();
    expect(await dialog.getByRole('checkbox', { name: 'пн' }).isChecked()).toBe(true);
    await fillDate(dialog.getByLabel('Повторять до'), formatDate(addDays(monday, 28)));
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await page.getByText(`Мероприятие ${quoted(title)} добавлено.`).waitFor();
    // The series says it falls into the holidays, and offers to skip that day: all are kept here.
    const offer = page.getByTestId('holiday-clashes');
    expect(flat(await offer.innerText())).toContain(
      `Дополнительные каникулы: ${addDays(monday, 14).split('-').reverse().join('.')}`,
    );
    await offer.getByRole('button', { name: 'Оставить все занятия' }).click();

    const series = page.locator('.sod-event', { hasText: title });
    await expect.poll(() => series.count()).toBe(5);
    for (const week of [0, 1, 2, 3, 4]) {
      expect(
        await dayCell(page, addDays(monday, 7 * week))
          .getByText(title)
          .count(),
      ).toBe(1);
    }

    await dayCell(page, addDays(monday, 7)).locator('.sod-event').click();
    const card = page.getByRole('dialog', { name: 'Мероприятие' });
    await card.getByLabel('Название').fill('Кружок в спортзале');
    await card.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('button', { name: 'Только это мероприятие' }).click();
    await page.getByText('«Кружок в спортзале» сохранено.').waitFor();
    await dayCell(page, addDays(monday, 7)).getByText('Кружок в спортзале').waitFor();
    await expect.poll(() => series.count()).toBe(4);
    expect(await page.locator('.sod-event', { hasText: 'Кружок в спортзале' }).count()).toBe(1);

    await dayCell(page, addDays(monday, 14)).locator('.sod-event').click();
    await card.getByLabel('Место проведения').fill('Кабинет ОБЖ');
    await card.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('button', { name: 'Всю серию' }).click();
    await page.getByText(`${quoted(title)} сохранено.`).waitFor();
    const occurrences = await occurrencesOn(core, monday, addDays(monday, 28));
    expect(occurrences.map((o) => [o.start, o.title, o.venue])).toEqual([
      [`${monday}T15:00`, title, 'Кабинет ОБЖ'],
      [`${addDays(monday, 7)}T15:00`, 'Кружок в спортзале', ''],
      [`${addDays(monday, 14)}T15:00`, title, 'Кабинет ОБЖ'],
      [`${addDays(monday, 21)}T15:00`, title, 'Кабинет ОБЖ'],
      [`${addDays(monday, 28)}T15:00`, title, 'Кабинет ОБЖ'],
    ]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);
});
