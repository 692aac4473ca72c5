import type { Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { academicYearBounds, academicYearOf, localIsoDate } from '../../src-main/contract/academic-year';
import { agreementFieldsOf, type AgreementDetail } from '../../src-main/contract/agreements';
import { formatDate } from '../../src-main/contract/dates';
import type { EventDetail } from '../../src-main/contract/events';
import type { PartnerDetail } from '../../src-main/contract/partners';
import { buildReviewScenario, PARTNER_NAMES, SCENARIO_YEAR } from '../fixtures/review-scenario';
import { flat, useBrowser, openApp, type AppSession } from './support';

const browser = useBrowser();

/** Calls the app's dispatcher as the renderer would, failing the test with the Russian message of a refusal. */
async function dispatch<T>(app: AppSession, channel: string, input: unknown): Promise<T> {
  const answer = await app.harness.core.dispatch(channel as never, input as never);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as T;
}

async function choose(scope: Locator, page: Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('Партнёр: статус и этап по данным', () => {
  it('an agreement in force and a held event make a partner «действующий» at stage 3, with its evidence on the card, and Главная counts it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const today = localIsoDate(new Date());
    const year = academicYearOf(today);
    const { from, to } = academicYearBounds(year);

    // A new partner, through the form: nothing recorded yet.
    await page.goto(`${app.harness.url}#/partners/new`);
    await page.getByLabel(/^Полное наименование/).fill('Музей истории города Зверево');
    await page.getByRole('combobox', { name: /^Направление/ }).click();
    await page.getByRole('option', { name: 'Культура' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('heading', { name: 'Музей истории города Зверево', level: 2 }).waitFor();
    expect(flat((await page.getByTestId('partner-status-badge').textContent()) ?? '')).toBe('Потенциальный');
    expect(flat((await page.getByTestId('partner-stage-badge').textContent()) ?? '')).toBe('1 этап — Мотивация');
    const id = Number(page.url().split('/').at(-1));

    // An agreement signed on the year's first day, in force to its last, and an event with the partner held.
    const [template] = await dispatch<{ id: number }[]>(app, 'templates:list', {});
    const draft = await dispatch<AgreementDetail>(app, 'agreements:createFromTemplate', {
      partnerId: id,
      templateId: template?.id,
    });
    await dispatch(app, 'agreements:update', {
      id: draft.id,
      fields: {
        ...agreementFieldsOf(draft),
        number: '5',
        signedOn: from,
        startsOn: from,
        endsOn: to,
        prolongation: 'none',
      },
    });
    const event = await dispatch<EventDetail>(app, 'events:create', {
      title: 'Экскурсия «Шахтёрский край»',
      start: from,
      end: from,
      allDay: true,
      venue: '',
      partnerIds: [id],
      classes: ['5А'],
      planItemId: null,
      rrule: null,
      notes: '',
    });
    await dispatch(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });

    await page.reload();
    await page.getByRole('heading', { name: 'Музей истории города Зверево', level: 2 }).waitFor();
    await expect
      .poll(async () => flat((await page.getByTestId('partner-status-badge').textContent()) ?? ''))
      .toBe('Действующий');
    expect(flat((await page.getByTestId('partner-stage-badge').textContent()) ?? '')).toBe('3 этап — Реализация');
    expect(flat(await page.getByTestId('partner-status').innerText())).toBe(
      `Действующий — договор № 5 от ${formatDate(from)} действует до ${formatDate(to)}`,
    );
    expect(flat(await page.getByTestId('partner-stage').innerText())).toBe(
      `3 этап — Реализация, достигнут ${formatDate(from)}`,
    );
    expect(flat(await page.getByTestId('partner-stage-evidence').innerText())).toBe(
      `Основание: договор № 5 от ${formatDate(from)} действует; проведено мероприятий: 1`,
    );
    const detail = await dispatch<PartnerDetail>(app, 'partners:get', { id });
    expect(detail).toMatchObject({ status: 'active', stage: 3, standing: { statusByHand: null } });

    const shots = join(tmpdir(), 'sodruzhestvo-screenshots');
    mkdirSync(shots, { recursive: true });
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(shots, `partner-card-${width}x${height}.png`) });
    }
    // A status set by hand, with its reason, shown as such until it is lifted.
    await page.getByRole('button', { name: 'Статус', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Статус партнёра' });
    await dialog.getByRole('combobox', { name: 'Статус вручную' }).click();
    await page.getByRole('option', { name: 'Приостановлен', exact: true }).click();
    await dialog.getByLabel(/^Причина/).fill('Музей закрыт на ремонт до весны');
    await page.screenshot({ path: join(shots, 'status-dialog-1280x720.png') });
    await dialog.getByRole('button', { name: 'Установить вручную' }).click();
    await expect
      .poll(async () => flat((await page.getByTestId('partner-status-badge').textContent()) ?? ''))
      .toBe('Приостановлен · вручную');
    expect(flat(await page.getByTestId('partner-status').innerText())).toBe(
      `Приостановлен — установлен вручную ${formatDate(today)}: Музей закрыт на ремонт до весны`,
    );
    await page.getByRole('button', { name: 'Статус', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Статус партнёра' })
      .getByRole('button', { name: 'Снять ручную установку' })
      .click();
    await expect
      .poll(async () => flat((await page.getByTestId('partner-status-badge').textContent()) ?? ''))
      .toBe('Действующий');

    await page.getByRole('tab', { name: 'История' }).click();
    const years = flat(await page.getByTestId('year-stages').innerText());
    expect(years).toContain(`${year} 3 — Реализация ${formatDate(from)}`);
    await page.screenshot({ path: join(shots, 'partner-history-1280x720.png'), fullPage: true });

    // The registry filters by the derived stage, and Главная counts the partner at stage 3.
    await page.getByRole('link', { name: 'Партнёры', exact: true }).click();
    await page.getByRole('combobox', { name: `Этап ${year} уч. года` }).click();
    await page.getByRole('option', { name: '3 — Реализация' }).click();
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 1 партнёр');
    expect(await page.locator('[data-partner-row]').first().innerText()).toContain('Музей истории города Зверево');

    await page.getByRole('link', { name: 'Главная', exact: true }).click();
    await expect.poll(async () => flat(await page.getByTestId('stage-3').innerText())).toContain('Реализация 1');
    expect(flat(await page.getByTestId('stage-1').innerText())).toContain('Мотивация 11');
    await page.screenshot({ path: join(shots, 'home-1280x720.png') });
    console.info(`Screenshots: ${shots}`);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('«Выполнить решение» works for a partner without any agreement, and the next year’s stage shows it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const scenario = await buildReviewScenario(app.harness.core);
    const id = scenario.partners.methodCentre;
    expect(await dispatch<unknown[]>(app, 'agreements:list', { partnerId: id })).toEqual([]);
    await page.reload();
    await page.getByRole('link', { name: 'Анализ' }).click();
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    await page.getByRole('option', { name: `${SCENARIO_YEAR} уч. год` }).click();
    await page.getByText(`${SCENARIO_YEAR} учебный год · аналитическая справка`).waitFor();
    await page.getByRole('tab', { name: 'Партнёры' }).click();

    const centre = page.getByRole('form', { name: `Решение: ${PARTNER_NAMES.methodCentre}` });
    await choose(centre, page, 'Оценка эффективности', 'средняя');
    await choose(centre, page, 'Решение', 'продолжить');
    await centre.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(`Решение по партнёру «${PARTNER_NAMES.methodCentre}» сохранено.`).waitFor();
    await centre.getByRole('button', { name: 'Выполнить решение' }).click();
    const confirm = page.getByRole('dialog', { name: 'Выполнить решение «продолжить»?' });
    expect(flat(await confirm.innerText())).toContain(
      'переходит на 2 этап («Разработка стратегии») 2026/2027 учебного года',
    );
    await confirm.getByRole('button', { name: 'Выполнить' }).click();
    // It used to fail here: «не выполнено — действует договор о сотрудничестве».
    await page.getByText(`Решение «продолжить» по партнёру «${PARTNER_NAMES.methodCentre}» выполнено.`).waitFor();
    await centre.getByTestId('decision-applied').waitFor();
    expect(await page.getByText('Не выполнено').count()).toBe(0);

    await page.goto(`${app.harness.url}#/partners/${id}`);
    await page.getByRole('heading', { name: PARTNER_NAMES.methodCentre, level: 2 }).waitFor();
    // Анализ left the header on the review's year; the next one shows the decision as its stage-2 evidence.
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    await page.getByRole('option', { name: '2026/2027 уч. год' }).click();
    await expect
      .poll(async () => flat(await page.getByTestId('partner-stage').innerText()))
      .toMatch(/^2 этап — Разработка стратегии/);
    expect(flat(await page.getByTestId('partner-stage-evidence').innerText())).toBe(
      `Основание: решение по итогам 2025/2026 учебного года «продолжить» выполнено ${formatDate(localIsoDate(new Date()))}`,
    );
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);
});
