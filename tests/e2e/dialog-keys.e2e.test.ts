import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/contract/dates';
import { call, partnerId } from '../kit';
import { agreementFields } from '../unit/agreements/documents/fixtures';
import { fillDate, isFocused, tomorrowsEventCard, useBrowser, openAt } from './support';

const browser = useBrowser();

const unsavedQuestion = (page: Page) => page.getByRole('dialog', { name: 'Несохранённые изменения' });

/**
 * What every dialog of the app does with the keyboard: Ctrl+Enter with a required field empty refuses at that field
 * (focused, «Проверьте 1 поле»); Esc with something typed asks first, and «Вернуться» keeps what was typed.
 */
async function refusesThenGuards(page: Page, dialog: Locator, field: Locator, typed: string): Promise<void> {
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await field.click();
  await page.keyboard.press('Control+Enter');
  await dialog
    .getByText(/^Укажите|^Введите/)
    .first()
    .waitFor();
  await page.getByText('Проверьте 1 поле: оно отмечено красным.').first().waitFor();
  await expect.poll(() => isFocused(field)).toBe(true);
  const shots = join(tmpdir(), 'sodruzhestvo-screenshots');
  mkdirSync(shots, { recursive: true });
  const name = (await dialog.getByRole('heading').first().innerText()).replace(/[^\p{L}\d]+/gu, '-');
  await page.screenshot({ path: join(shots, `refused-${name}-1366x768.png`) });

  await field.fill(typed);
  await page.keyboard.press('Escape');
  const ask = unsavedQuestion(page);
  await ask.waitFor();
  // Esc is the question's alone: the dialog under it stays open.
  expect(await dialog.isVisible()).toBe(true);
  await ask.getByRole('button', { name: 'Вернуться' }).click();
  await ask.waitFor({ state: 'detached' });
  expect(await field.inputValue()).toBe(typed);
  await field.focus();
}

describe('dialogs completed by keyboard', () => {
  it('cancels an event from its card: refusal at the reason, Esc asks, Ctrl+Enter cancels, the card stays', async () => {
    const { app, page, card } = await tomorrowsEventCard(browser(), 'Встреча с инспектором');
    await card.getByRole('button', { name: 'Отменить…' }).click();
    const cancel = page.getByRole('dialog', { name: 'Отменить «Встреча с инспектором»' });
    await refusesThenGuards(page, cancel, cancel.getByLabel(/^Причина отмены/), 'Инспектор заболел');
    expect(await card.isVisible()).toBe(true);

    await page.keyboard.press('Control+Enter');
    await page.getByText('«Встреча с инспектором» отменено.').waitFor();
    await cancel.waitFor({ state: 'detached' });
    await card.getByText('Отменено', { exact: true }).first().waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);

  it('reschedules by keyboard: Esc with a reason typed asks, Ctrl+Enter moves the event', async () => {
    const { app, page, card, tomorrow } = await tomorrowsEventCard(browser(), 'Встреча с инспектором');
    await card.getByRole('button', { name: 'Перенести…' }).click();
    const move = page.getByRole('dialog', { name: 'Перенести «Встреча с инспектором»' });
    const note = move.getByLabel('Причина переноса');
    await note.fill('Инспектор в отпуске');
    await page.keyboard.press('Escape');
    await unsavedQuestion(page).getByRole('button', { name: 'Вернуться' }).click();
    expect(await note.inputValue()).toBe('Инспектор в отпуске');
    expect(await card.isVisible()).toBe(true);

    // The store refuses the same day: its message is at the new start, which has the cursor.
    await note.focus();
    await page.keyboard.press('Control+Enter');
    await move.getByText('Новая дата совпадает с прежней').waitFor();
    const start = move.getByLabel(/^Новое начало/);
    await expect.poll(() => isFocused(start)).toBe(true);
    const later = addDays(tomorrow, 1);
    await fillDate(start, later.split('-').reverse().join('.'));
    await note.focus();
    await page.keyboard.press('Control+Enter');
    await page.getByText(/^«Встреча с инспектором» перенесено на /).waitFor();
    await move.waitFor({ state: 'detached' });
    // Unchanged, Esc closes a dialog at once.
    await card.getByRole('button', { name: 'Отменить…' }).click();
    await page.getByRole('dialog', { name: 'Отменить «Встреча с инспектором»' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Отменить «Встреча с инспектором»' }).waitFor({ state: 'detached' });
    expect(await unsavedQuestion(page).count()).toBe(0);
    await app.close();
  }, 60_000);

  it('refuses an amendment with no text at its field and asks before Esc drops its typed text, then terminates the agreement by keyboard', async () => {
    let agreementId = 0;
    const app = await openAt(browser(), '/agreements', async ({ harness }) => {
      const created = await call(
        harness.core,
        'agreements:create',
        agreementFields({ partnerId: partnerId(harness.core, 'ГИБДД') }),
      );
      agreementId = created.id;
    });
    const { page } = app;
    await page.goto(`${app.harness.url}#/agreements/${agreementId}`);
    await page.getByRole('tab', { name: /^Дополнительные соглашения/ }).click();
    await page.getByRole('button', { name: 'Добавить дополнительное соглашение' }).click();
    const amendment = page.getByRole('dialog', { name: 'Дополнительное соглашение' });
    await refusesThenGuards(
      page,
      amendment,
      amendment.getByLabel(/^Текст дополнительного соглашения/),
      'Продлить срок действия договора.',
    );
    await page.keyboard.press('Escape');
    await unsavedQuestion(page).getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await amendment.waitFor({ state: 'detached' });
    expect((await call(app.harness.core, 'agreements:get', { id: agreementId })).amendments).toEqual([]);

    await page.getByRole('button', { name: 'Расторгнуть' }).click();
    const terminate = page.getByRole('dialog', { name: /^Расторжение договора/ });
    await refusesThenGuards(page, terminate, terminate.getByLabel(/^Причина/), 'Партнёр ликвидирован');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/^Договор № .* расторгнут\.$/).waitFor();
    await terminate.waitFor({ state: 'detached' });
    expect((await call(app.harness.core, 'agreements:get', { id: agreementId })).terminatedOn).not.toBeNull();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);

  it('adds a partner’s new category by keyboard without submitting the partner’s form beneath', async () => {
    const app = await openAt(browser(), '/partners/new');
    const { page } = app;
    await page.getByRole('button', { name: 'Добавить направление' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое направление' });
    await refusesThenGuards(page, dialog, dialog.getByLabel(/^Название направления/), 'Краеведение');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Направление «Краеведение» добавлено.').waitFor();
    expect(await page.getByRole('combobox', { name: /^Направление/ }).inputValue()).toBe('Краеведение');
    // The partner's own form was not asked to save: none of its fields is marked.
    expect(await page.getByText('Укажите полное наименование').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 60_000);
});
