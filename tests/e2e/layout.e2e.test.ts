import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../src-main/contract/partners';
import {
  buildLongNames,
  LONG_EVENT_TITLE,
  LONG_FORM_TEXT,
  LONG_PARTNER_NAME,
  type LongNames,
} from '../fixtures/long-names';
import { buildReviewScenario, SCENARIO_YEAR } from '../fixtures/review-scenario';
import { call } from '../kit/channels';
import { layoutProblems } from './layout-check';
import { launchBrowser, openApp, type AppSession } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A dialog a screen opens by one of its buttons: the button's name, or a step of its own. */
type Opener = string | RegExp | { name: string; open(page: Page): Promise<void> };

interface Stop {
  route: string;
  /** The screen's tab to open first, when the dialog's button is on it. */
  tab?: string;
  dialogs?: Opener[];
}

const LONG_TITLE = new RegExp(LONG_EVENT_TITLE.slice(0, 40).replace(/[«»]/g, '.'));

/** Every route, and on it every dialog its buttons open (the tabs are visited one by one, whatever they are). */
function stops(ids: LongNames): Stop[] {
  return [
    {
      route: '',
      dialogs: [
        {
          name: 'the event of the week',
          open: (page) =>
            page.locator('.mantine-AppShell-main').getByRole('button', { name: LONG_TITLE }).first().click(),
        },
        /^Перенести: Открытый урок/,
        /^Отменить: Открытый урок/,
      ],
    },
    { route: 'partners', dialogs: ['Импорт', 'Модель взаимодействия'] },
    { route: 'partners/new' },
    { route: `partners/${ids.partnerId}`, dialogs: ['Статус', 'Этап', 'Удалить'] },
    { route: `partners/${ids.partnerId}`, tab: 'Ресурсы', dialogs: ['Записать получение'] },
    { route: `partners/${ids.partnerId}/edit` },
    { route: 'agreements', dialogs: ['Новый договор'] },
    { route: 'agreements/templates' },
    { route: `agreements/${ids.agreementId}`, dialogs: ['Расторгнуть', 'Удалить', 'Предпросмотр'] },
    {
      route: `agreements/${ids.agreementId}`,
      tab: 'Дополнительные соглашения (0)',
      dialogs: ['Добавить дополнительное соглашение'],
    },
    { route: `agreements/${ids.agreementId}/edit` },
    { route: 'plan', dialogs: ['Утверждение', 'Добавить мероприятие'] },
    {
      route: 'calendar',
      dialogs: [
        'Новое мероприятие',
        { name: 'the event', open: (page) => page.locator('.sod-event', { hasText: LONG_TITLE }).first().click() },
      ],
    },
    { route: 'loans', dialogs: ['Записать получение', /^Отметить возврат: Макет/] },
    { route: 'clubs', dialogs: ['Добавить кружок'] },
    { route: 'staff', dialogs: ['Добавить педагога'] },
    { route: 'staff', tab: 'Мероприятия', dialogs: ['Добавить запись'] },
    { route: 'surveys', dialogs: ['Новое анкетирование'] },
    { route: 'acquisitions', dialogs: ['Утверждение', 'Добавить позицию', /^Изменить: Интерактивная панель/] },
    {
      route: 'analysis',
      dialogs: [
        'Цели на год',
        'Утвердить',
        {
          name: 'what makes up an indicator',
          open: (page) => page.locator('[data-indicator="planFulfilment"]').click(),
        },
      ],
    },
    { route: 'settings' },
  ];
}

/** The app's calls to the store still unanswered: a screen is measured once it has shown what it loads. */
const inFlight = new WeakMap<Page, Set<unknown>>();

function trackRequests(page: Page) {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

async function settled(page: Page) {
  await expect.poll(() => inFlight.get(page)?.size ?? 0, { interval: 25 }).toBe(0);
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { interval: 25 }).toBe(0);
  // What the answers change is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function openRoute(app: AppSession, route: string) {
  await app.page.goto(`${app.harness.url}#/${route}`);
  // The screen is lazy: the one before stays until its code has loaded and the router has moved to it.
  const main = app.page.locator(`.mantine-AppShell-main[data-screen="/${route}"]`);
  await main.locator('h2, h1').first().waitFor();
  await settled(app.page);
}

async function problemsAt(page: Page, where: string, within: 'page' | 'dialogs' = 'page'): Promise<string[]> {
  return (await layoutProblems(page, within)).map((problem) => `${where}: ${problem}`);
}

const openerName = (opener: Opener) => (typeof opener === 'object' && 'open' in opener ? opener.name : String(opener));

const dialogs = (page: Page): Locator => page.locator('.mantine-Modal-content, .mantine-Drawer-content');

async function openDialog(page: Page, opener: Opener) {
  if (typeof opener === 'object' && 'open' in opener) await opener.open(page);
  else await page.locator('.mantine-AppShell-main').getByRole('button', { name: opener }).first().click();
  await dialogs(page).first().waitFor();
  await settled(page);
  // The dialog's opening transition ends before it is measured.
  await page.waitForTimeout(250);
}

async function closeDialogs(page: Page) {
  while ((await dialogs(page).count()) > 0) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
    // A dialog holding a changed form asks whether to leave it: leave.
    const leave = page.getByRole('button', { name: /^(Закрыть без сохранения|Не сохранять|Выйти без сохранения)$/ });
    if (await leave.count()) await leave.first().click();
  }
}

/** Opens the route, then each of its tabs in turn, and each dialog of the stop, collecting what is wrong. */
async function sweep(app: AppSession, stop: Stop): Promise<string[]> {
  const { page } = app;
  const found: string[] = [];
  await openRoute(app, stop.route);
  const main = page.locator('.mantine-AppShell-main');
  if (stop.tab) {
    await main.getByRole('tab', { name: stop.tab, exact: true }).click();
  } else {
    found.push(...(await problemsAt(page, `#/${stop.route}`)));
    const tabs = main.getByRole('tab');
    for (let i = 1; i < (await tabs.count()); i++) {
      const name = (await tabs.nth(i).innerText()).trim();
      await tabs.nth(i).click();
      await settled(page);
      found.push(...(await problemsAt(page, `#/${stop.route} [${name}]`)));
    }
    if ((await tabs.count()) > 1) await tabs.first().click();
  }
  for (const opener of stop.dialogs ?? []) {
    await openDialog(page, opener);
    found.push(...(await problemsAt(page, `#/${stop.route} ${stop.tab ?? ''} «${openerName(opener)}»`, 'dialogs')));
    await closeDialogs(page);
  }
  return found;
}

describe('Layout at 1280×720', () => {
  it('no screen, tab or dialog scrolls sideways or cuts text off with no way to read it whole, over long names', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await buildReviewScenario(app.harness.core);
    const ids = await buildLongNames(app.harness.core);
    trackRequests(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.reload();
    // The scenario's year: its plan, clubs, staff, surveys and review are all there to be shown.
    await page.getByRole('combobox', { name: 'Учебный год' }).click();
    await page.getByRole('option', { name: `${SCENARIO_YEAR} уч. год` }).click();

    const found: string[] = [];
    for (const stop of stops(ids)) found.push(...(await sweep(app, stop)));

    // What is done says so with a way back: a deleted partner's long name beside «Отменить».
    await openRoute(app, `partners/${ids.spareId}`);
    await page.getByRole('button', { name: 'Удалить', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click();
    await page.locator('.mantine-Notification-root', { hasText: 'Партнёр удалён' }).waitFor();
    found.push(...(await problemsAt(page, 'the notice of a deleted partner', 'dialogs')));

    expect(found).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('a form of interaction given the programme’s long tasks keeps «Формы и эффекты» and its buttons inside a 1366×768 window', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const core = app.harness.core;
    const [category] = await call(core, 'partners:categories', {});
    if (!category) throw new Error('no partner category');
    const created = await call(core, 'partners:create', {
      ...blankPartnerFields(category.id),
      fullName: LONG_PARTNER_NAME,
      forms: [{ text: LONG_FORM_TEXT, taskIds: [] }],
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await openRoute(app, `partners/${created.id}`);
    await page.getByRole('tab', { name: 'Формы и эффекты' }).click();

    // The office picks every task the form serves, the longest among them.
    const tasks = page.getByRole('combobox', { name: 'Задачи программы для формы 1' });
    await tasks.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const count = await options.count();
    // The list closes after each pick: it is opened again for the next.
    for (let i = 0; i < count; i++) {
      if (!(await options.first().isVisible())) {
        await tasks.focus();
        await page.keyboard.press('ArrowDown');
      }
      await options.nth(i).click();
    }
    await page.keyboard.press('Escape');

    const inside = async (name: string) => {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 1366;
    };
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await inside('Сохранить формы и эффекты')).toBe(true);
    expect(await inside('Удалить: Форма 1')).toBe(true);
    expect(await layoutProblems(page)).toEqual([]);
    // The chosen tasks are all there to be saved.
    await page.getByRole('button', { name: 'Сохранить формы и эффекты', exact: true }).click();
    await expect
      .poll(async () => (await call(core, 'partners:get', { id: created.id })).forms[0]?.taskIds.length)
      .toBe(count);
    await app.close();
  }, 60_000);
});
