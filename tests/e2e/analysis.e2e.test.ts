import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { formatDate } from '../../src-main/contract/dates';
import type { PartnerDetail } from '../../src-main/contract/partners';
import type { Review } from '../../src-main/contract/reviews';
import { buildReviewScenario, PARTNER_NAMES, SCENARIO_YEAR } from '../fixtures/review-scenario';
import { type AppSession, flat, useBrowser, openApp, savedFile } from './support';
import { readDocx } from '../unit/documents/docx-text';
import { readable } from '../unit/documents/readable-text';
import { quoted } from '../../src-main/contract/quote';
import { call } from '../kit/channels';

const browser = useBrowser();

async function storedReview(app: AppSession): Promise<Review> {
  const answer = await app.harness.core.dispatch('reviews:get', { year: SCENARIO_YEAR });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Review;
}

/** The scenario is built behind the page's back: the page is reloaded, and Анализ opened on the scenario's year. */
async function openAnalysis(page: Page, year = SCENARIO_YEAR) {
  await page.reload();
  await page.getByRole('link', { name: 'Анализ' }).click();
  await page.getByRole('heading', { name: 'Анализ эффективности' }).waitFor();
  await page.getByRole('combobox', { name: 'Учебный год' }).click();
  await page.getByRole('option', { name: `${year} уч. год` }).click();
  await page.getByText(`${year} учебный год · аналитическая справка`).waitFor();
}

const card = (page: Page, key: string) => page.locator(`[data-indicator="${key}"]`);

async function choose(scope: Locator, page: Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('Анализ', () => {
  it('shows the year’s indicators with what makes them up, its charts, records a decision and targets, exports, approves and warns of data changed after approval', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const scenario = await buildReviewScenario(app.harness.core);
    await openAnalysis(page);

    // The indicators, each as its formula worked out, with last year and the dynamics.
    await expect.poll(async () => flat(await card(page, 'planFulfilment').innerText())).toContain('3 из 6 = 50,0 %');
    // Beside it: what was held outside the plan, cancelled and overdue; last year planned nothing.
    expect(flat(await card(page, 'planFulfilment').innerText())).toContain(
      'проведено вне плана: 1 · отменено: 1 · просрочено: 1',
    );
    expect(flat(await card(page, 'planFulfilment').innerText())).toContain('Прошлый год: нет данных');
    expect(flat(await card(page, 'planFulfilment').innerText())).toContain('серия по одному пункту — одно мероприятие');
    // The dynamics are the difference in percentage points.
    expect(flat(await card(page, 'partnerActivity').innerText())).toContain(
      'Прошлый год: 1 из 3 = 33,3 % (динамика +33,3 п.п.)',
    );
    expect(flat(await card(page, 'staffDevelopment').innerText())).toContain('3 из 40 = 7,5 %');
    expect(flat(await card(page, 'satisfaction').innerText())).toContain('30 анкет из 200 семей = 15,0 %');
    expect(flat(await page.getByTestId('participation').innerText())).toContain('педагогов — 7');
    expect(flat(await card(page, 'pupilCoverage').innerText())).toContain('113 из 150 = 75,3 %');
    expect(flat(await card(page, 'satisfaction').innerText())).toContain('0,77 — высокий (23 из 30)');
    expect(flat(await card(page, 'resourcesOnTime').innerText())).toContain('1 из 3 = 33,3 %');

    // What makes up plan fulfilment: the held events counted, the rest of the plan not.
    await card(page, 'planFulfilment').click();
    const drawer = page.getByRole('dialog', { name: 'Выполнение плана' });
    const member = (title: string) => drawer.locator('tr', { hasText: title });
    await member('Новогодний концерт').waitFor();
    expect(await member('Новогодний концерт').getAttribute('data-counted')).toBe('true');
    expect(await member('Новогодний концерт').textContent()).toContain('учтено');
    expect(await member('Литературная гостиная').getAttribute('data-counted')).toBe('false');
    expect(await member('Литературная гостиная').textContent()).toContain('не учтено');
    expect(await member('Экскурсия в ДК').textContent()).toContain('просрочено');
    expect(await member('Квест «Книжный лабиринт»').textContent()).toContain('вне плана — не входит в расчёт');
    expect(await member('Мастер-класс').textContent()).toContain('серия: проведено 1 из 3 занятий');
    expect(flat(await drawer.innerText())).toContain('Учтено в числителе: 3; не учтено: 4.');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // By level: a figure opens the classes of that level.
    await page.getByRole('tab', { name: 'По уровням' }).click();
    const ooo = page.locator('[data-level="ООО"]');
    expect(flat(await ooo.innerText())).toContain('46 из 71 = 64,8 %');
    await ooo.getByRole('button', { name: 'Охват обучающихся — ООО: 46 из 71 = 64,8 %' }).click();
    const levelDrawer = page.getByRole('dialog', { name: 'Охват обучающихся — ООО' });
    expect(await levelDrawer.locator('tr', { hasText: '5А' }).getAttribute('data-counted')).toBe('true');
    expect(await levelDrawer.locator('tr', { hasText: '6А' }).getAttribute('data-counted')).toBe('false');
    await page.keyboard.press('Escape');
    await levelDrawer.waitFor({ state: 'detached' });

    // The charts are drawn: bars (and the satisfaction line) in their svg.
    await page.getByRole('tab', { name: 'Графики' }).click();
    for (const chart of [
      'chart-months',
      'chart-coverage',
      'chart-partners',
      'chart-comparison',
      'chart-achievements',
    ]) {
      await expect
        .poll(() => page.getByTestId(chart).locator('svg .recharts-bar-rectangle').count(), { message: chart })
        .toBeGreaterThan(0);
    }
    await page.getByTestId('chart-satisfaction').locator('svg .recharts-line-dot, svg .recharts-dot').first().waitFor();
    expect(flat(await page.getByTestId('chart-months').innerText())).toContain('сен');
    expect(await page.getByTestId('chart-no-data').count()).toBe(0);

    // A decision on the library: rated high, to expand, with its prospects.
    await page.getByRole('tab', { name: 'Партнёры' }).click();
    const library = page.getByRole('form', { name: `Решение: ${PARTNER_NAMES.library}` });
    await choose(library, page, 'Оценка эффективности', 'высокая');
    await choose(library, page, 'Решение', 'расширить');
    await library.getByLabel('Перспективы сотрудничества').fill('Открыть в школе читательский клуб');
    await library.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(`Решение по партнёру ${quoted(PARTNER_NAMES.library)} сохранено.`).waitFor();
    const decided = (await storedReview(app)).decisions.find((p) => p.partnerId === scenario.partners.library);
    expect(decided?.decision).toEqual({
      rating: 'high',
      decision: 'expand',
      prospects: 'Открыть в школе читательский клуб',
      appliedOn: null,
    });

    // Targets: the gap shows on the cards.
    await page.getByRole('button', { name: 'Цели на год' }).click();
    const targets = page.getByRole('dialog', { name: `Цели на ${SCENARIO_YEAR} учебный год` });
    // A number out of range is refused at its field, as typed, not quietly made the largest allowed.
    await targets.getByLabel('Выполнение плана').fill('150');
    await targets.getByLabel('Удовлетворённость родителей').fill('1,5');
    await targets.getByRole('button', { name: 'Сохранить' }).click();
    await targets.getByText('Не больше 100').waitFor();
    await targets.getByText('Индекс удовлетворённости — число от 0 до 1').waitFor();
    expect(await targets.getByLabel('Выполнение плана').inputValue()).toBe('150 %');
    expect((await storedReview(app)).targets).toEqual([]);
    await targets.getByLabel('Выполнение плана').fill('80');
    await targets.getByLabel('Удовлетворённость родителей').fill('0,8');
    await targets.getByRole('button', { name: 'Сохранить' }).click();
    await targets.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Показатели' }).click();
    await expect
      .poll(async () => flat(await card(page, 'planFulfilment').innerText()))
      .toContain('Цель: 80,0 % (отклонение −30,0 п.п.)');
    expect(flat(await card(page, 'satisfaction').innerText())).toContain('Цель: 0,80 (отклонение −0,03)');
    expect((await storedReview(app)).targets).toEqual([
      { indicator: 'planFulfilment', target: 80 },
      { indicator: 'satisfaction', target: 0.8 },
    ]);

    // The conclusions, saved.
    await page.getByRole('tab', { name: 'Справка' }).click();
    await page.getByLabel('Выводы').fill('План выполнен меньше чем наполовину: перенесённые мероприятия не проведены.');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Выводы и задачи сохранены.').waitFor();
    expect((await storedReview(app)).conclusions).toMatch(/^План выполнен меньше чем наполовину/);

    // Excel, read back.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await savedFile(page, 'Excel')).buffer as ArrayBuffer);
    const cells = book.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((v) => String(v ?? '')) : [])),
    );
    expect(cells).toContain('3 из 6 = 50,0 %');
    expect(cells).toContain('113 из 150 = 75,3 %');
    expect(cells).toContain('−30,0 п.п.');
    expect(cells).toContain('проведено вне плана: 1 · отменено: 1 · просрочено: 1');
    expect(cells).toContain('расширить');

    // The printed report, as PDF.
    const pdf = flat(
      execFileSync('pdftotext', ['-raw', await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }),
    );
    expect(pdf).toContain('Выполнение плана');
    expect(pdf).toContain('3 из 6 = 50,0 %');
    expect(pdf).toContain('113 из 150 = 75,3 %');
    expect(pdf).toContain('Квест «Книжный лабиринт» (вне плана)');
    expect(pdf).toContain('расширить');
    expect(pdf).toContain('Открыть в школе читательский клуб');

    // The report in Word, read back: the indicators, the decision, and the charts as pictures.
    const docx = await readDocx(readFileSync(await savedFile(page, 'Экспорт в Word')));
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('3 из 6 = 50,0 %');
    expect(text).toContain('расширить');
    expect(text).toContain('Открыть в школе читательский клуб');
    expect(docx.document.match(/<w:drawing>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);

    // Approved: the status says by whom and when; the texts are read-only.
    const today = formatDate(localIsoDate(new Date()));
    await page.getByRole('button', { name: 'Утвердить', exact: true }).click();
    const approve = page.getByRole('dialog', {
      name: `Утверждение аналитической справки за ${SCENARIO_YEAR} учебный год`,
    });
    await approve.getByLabel('Кто утверждает').fill('Директор Иванова И. И.');
    await approve.getByLabel('Номер справки').fill('01-12/7');
    await approve.getByRole('button', { name: 'Утвердить' }).click();
    await page.getByText(`аналитическая справка: утверждена ${today}, Директор Иванова И. И.`).waitFor();
    const approved = await call(app.harness.core, 'documents:preview', { kind: 'analyticReport', year: SCENARIO_YEAR });
    expect(readable(approved.html)).toContain(`от ${today} № 01-12/7`);
    expect(await page.getByLabel('Выводы').getAttribute('readonly')).not.toBe(null);
    expect(await page.getByTestId('changes-alert').count()).toBe(0);

    // An event changed after approval: the review keeps its figures and says what changed.
    const changed = await app.harness.core.dispatch('events:setStatus', {
      id: scenario.events.e4,
      status: 'held',
      reason: '',
    });
    expect(changed.ok).toBe(true);
    await openAnalysis(page);
    const alert = page.getByTestId('changes-alert');
    await alert.getByText('Данные изменились после утверждения').waitFor();
    expect(flat(await alert.innerText())).toContain('Выполнение плана: было 3 из 6 = 50,0 %, стало 4 из 6 = 66,7 %');
    expect(flat(await card(page, 'planFulfilment').innerText())).toContain('3 из 6 = 50,0 %');

    // Reopened: the figures are recounted and the warning is gone.
    await alert.getByRole('button', { name: 'Открыть для изменений' }).click();
    await page
      .getByRole('dialog', { name: 'Открыть справку для изменений?' })
      .getByRole('button', { name: 'Открыть для изменений' })
      .click();
    await expect.poll(async () => flat(await card(page, 'planFulfilment').innerText())).toContain('4 из 6 = 66,7 %');
    await page.getByText('аналитическая справка: черновик').waitFor();
    expect(await page.getByTestId('changes-alert').count()).toBe(0);
    expect((await storedReview(app)).approval).toBe(null);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 240_000);

  it('ends the cooperation with a partner once the office confirms what it will do, and says «нет данных» for an empty year', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const scenario = await buildReviewScenario(app.harness.core);
    await openAnalysis(page);

    await page.getByRole('tab', { name: 'Партнёры' }).click();
    const clinic = page.getByRole('form', { name: `Решение: ${PARTNER_NAMES.polyclinic}` });
    await choose(clinic, page, 'Оценка эффективности', 'низкая');
    await choose(clinic, page, 'Решение', 'прекратить');
    await clinic.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(`Решение по партнёру ${quoted(PARTNER_NAMES.polyclinic)} сохранено.`).waitFor();

    // The confirmation says step by step what ending does, in red.
    await clinic.getByRole('button', { name: 'Выполнить решение' }).click();
    const confirm = page.getByRole('dialog', { name: 'Прекратить сотрудничество?' });
    const steps = flat(await confirm.innerText());
    expect(steps).toContain(`Будут расторгнуты действующие договоры: № СП-${scenario.partners.polyclinic}.`);
    expect(steps).toContain(`Партнёр ${quoted(PARTNER_NAMES.polyclinic)} будет отмечен как бывший.`);
    const end = confirm.getByRole('button', { name: 'Прекратить сотрудничество' });
    expect(await end.getAttribute('style')).toContain('red');
    await end.click();
    await clinic.getByTestId('decision-applied').waitFor();
    expect(await clinic.getByTestId('decision-applied').textContent()).toBe(
      `выполнено ${formatDate(localIsoDate(new Date()))}`,
    );
    const partner = await app.harness.core.dispatch('partners:get', { id: scenario.partners.polyclinic });
    expect(partner.ok && (partner.value as PartnerDetail).status).toBe('former');
    await expect
      .poll(async () => page.locator(`[data-partner="${scenario.partners.polyclinic}"]`).textContent())
      .toContain('бывший');

    // A year without data: «нет данных» with the reason, no partners, no charts.
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    await page.getByRole('option', { name: '2027/2028 уч. год' }).click();
    await page.getByText('2027/2028 учебный год · аналитическая справка: черновик').waitFor();
    await page.getByRole('tab', { name: 'Показатели' }).click();
    expect(flat(await card(page, 'planFulfilment').innerText())).toContain('нет данных');
    await page.getByRole('tab', { name: 'Партнёры' }).click();
    await page.getByText('В 2027/2028 учебном году с партнёрами ничего не было').waitFor();
    await page.getByRole('tab', { name: 'Графики' }).click();
    expect(flat(await page.getByTestId('chart-months').innerText())).toContain('нет данных');
    expect(await page.getByTestId('chart-months').locator('svg').count()).toBe(0);

    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);
});
