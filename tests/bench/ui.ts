import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { occurrencesOnDays } from '../../src-main/events/occurrences';
import { launchChromium } from '../harness/chromium';
import { startHarness } from '../harness/server';
import { makeTempDir } from '../kit/temp-dir';
import { BENCH_SCHOOL } from './history/context';
import { BENCH_TODAY, createHistoryStore } from './history/store';
import { sampleOf } from './measure';
import { figure, formatTable, writeJson, type ReportedFigure } from './report';

/**
 * `npm run bench:ui [-- --json FILE]`: the built renderer in Chromium through the test harness, on a store of
 * 5,000 partners and two school years at the full history's density, on today's clock. Each screen is opened from
 * the navigation after a fresh page load (nothing cached), 5 times; the table gives the median from the click to
 * the screen showing its data. First, the cold start to Главная on the 25-year history.
 */
const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20261126' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});
const runs = Math.max(3, Number(values.runs));
const figures: ReportedFigure[] = [];
const ms = (n: number) => `${n.toFixed(0)} ms`;

function report(f: ReportedFigure): void {
  figures.push(f);
  console.error(`  ${f.figure}: ${f.measured} ${f.unit}${f.within ? '' : ' (вне цели)'}`);
}

/** A fresh page on Настройки (nothing cached), then `open` timed from the click to `ready`. */
async function timedOpen(
  page: Page,
  url: string,
  steps: { before?: () => Promise<void>; open: () => Promise<void>; ready: () => Promise<void> },
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    await page.goto(`${url}#/settings`);
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    await steps.before?.();
    const start = performance.now();
    await steps.open();
    await steps.ready();
    // The first opening warms Chromium's caches of the bundle; it is not counted.
    if (i > 0) times.push(performance.now() - start);
  }
  return times;
}

/**
 * The renderer's cold start on the 25-year history: each run a new browser context (no cached script, no query
 * cache), timed from the navigation to Главная showing the year's figures.
 */
async function coldStartFigure(browser: Browser): Promise<void> {
  const dataDir = makeTempDir('bench-ui-history');
  try {
    await createHistoryStore(dataDir, { seed: Number(values.seed), scale: 1, today: BENCH_TODAY });
    const harness = await startHarness({ dataDir });
    try {
      await harness.core.dispatch('settings:saveSchool', BENCH_SCHOOL);
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${harness.url}#/`);
        await page.getByTestId('partners-total').waitFor({ timeout: 30_000 });
        times.push(performance.now() - start);
        await context.close();
      }
      const sample = sampleOf(times);
      report(
        figure('UI: холодный старт до Главной, история за 25 лет', 'ms', 1000, sample.median, `p95 ${ms(sample.p95)}`),
      );
    } finally {
      await harness.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name, exact: true });

async function chooseYear(page: Page, year: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Учебный год' }).click();
  await page.getByRole('option', { name: `${year} уч. год` }).click();
}

const dataDir = makeTempDir('bench-ui');
const today = localIsoDate(new Date());
const browser = await launchChromium();
try {
  await coldStartFigure(browser);
  const started = performance.now();
  const counts = await createHistoryStore(
    dataDir,
    { seed: Number(values.seed), scale: 1, years: 2, today, partners: Number(values.partners) },
    () => new Date(),
  );
  console.log(
    `Хранилище для экранов создано за ${((performance.now() - started) / 1000).toFixed(1)} с: ` +
      `${counts['partners']} партнёров, ${counts['events']} мероприятий за два учебных года.`,
  );
  const harness = await startHarness({ dataDir });
  try {
    await harness.core.dispatch('settings:saveSchool', BENCH_SCHOOL);
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);

    const partnerRows = page.locator('[data-partner-row]');
    const partners = sampleOf(
      await timedOpen(page, harness.url, {
        open: () => navLink(page, 'Партнёры').click(),
        ready: () => partnerRows.first().waitFor(),
      }),
    );
    const inDom = await partnerRows.count();
    report(
      figure(
        `UI: Партнёры, ${counts['partners']} партнёров — открытие`,
        'ms',
        500,
        partners.median,
        `p95 ${ms(partners.p95)}`,
      ),
    );
    report(figure('UI: Партнёры — строк таблицы в DOM', 'rows', 199, inDom, `of ${counts['partners']}`));

    const month = today.slice(0, 7);
    const inMonth = occurrencesOnDays(harness.core.db, `${month}-01`, `${month}-31`).filter((o) =>
      o.start.startsWith(month),
    ).length;
    const calendar = sampleOf(
      await timedOpen(page, harness.url, {
        open: () => navLink(page, 'Календарь').click(),
        ready: () => page.locator('.sod-event').first().waitFor(),
      }),
    );
    const shown = await page.locator('.sod-event').count();
    report(
      figure(
        `UI: Календарь, месяц с ${inMonth} мероприятиями — открытие`,
        'ms',
        500,
        calendar.median,
        `p95 ${ms(calendar.p95)}, ${shown} shown (at most 4 a day, «+N» for the rest)`,
      ),
    );

    const year = (() => {
      const start = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 9 ? 1 : 2);
      return `${start}/${start + 1}`;
    })();
    const analysis = sampleOf(
      await timedOpen(page, harness.url, {
        before: () => chooseYear(page, year),
        open: () => navLink(page, 'Анализ').click(),
        ready: () => page.locator('[data-indicator="planFulfilment"]').waitFor(),
      }),
    );
    report(
      figure(`UI: Анализ за ${year} учебный год — открытие`, 'ms', 1000, analysis.median, `p95 ${ms(analysis.p95)}`),
    );
    await context.close();
  } finally {
    await harness.close();
  }
  console.log(`\n${formatTable(figures)}\n`);
  const missed = figures.filter((f) => !f.within);
  console.log(
    missed.length === 0 ? 'Все показатели в пределах целей.' : `Вне целей: ${missed.length} из ${figures.length}.`,
  );
  if (values.json) writeJson(values.json, figures);
} finally {
  await browser.close();
  if (values.keep) console.log(`Данные оставлены в ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
