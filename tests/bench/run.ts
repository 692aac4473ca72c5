import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contract, type Channel } from '../../src-main/contract';
import { closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrations } from '../../src-main/db/migrations';
import { BENCH_TODAY, createHistoryStore, openBenchCore, STORE_FILE, type BenchCore } from './history/store';
import { call, callAny } from '../kit/channels';
import { makeTempDir } from '../kit/temp-dir';
import { quietLogger } from '../kit/stand-ins';
import { measure, once, sampleOf } from './measure';
import { figure, formatTable, writeJson, type ReportedFigure } from './report';
import { channelCases } from './scenarios/channels';
import { documentCases } from './scenarios/documents';

/**
 * `npm run bench [-- --scale 0.1] [-- --json FILE]`: a school's 25 years generated into a temporary data
 * directory, then every screen's channel, the documents and the store's operations timed against the targets.
 * The dispatcher runs as in the installed app (inputs checked, outputs trusted); `--validate-output` checks the
 * outputs too, as development builds and the tests do. Either way the notes say what the output check costs.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20261126' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'validate-output': { type: 'boolean', default: false },
    // Figures whose name contains this text are left out (to measure the rest while one is being fixed).
    skip: { type: 'string', multiple: true, default: [] },
  },
  strict: true,
});
const scale = Number(values.scale);
const runs = Math.max(20, Number(values.runs));
const figures: ReportedFigure[] = [];
const skipped = (name: string) => values.skip.some((text) => name.includes(text));
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Keeps a figure for the table, and says it at once: a slow run shows where it is. */
function report(f: ReportedFigure): void {
  figures.push(f);
  console.error(`  ${f.figure}: ${f.measured} ${f.unit}${f.within ? '' : ' (вне цели)'}`);
}

async function openStoreFigure(dataDir: string): Promise<void> {
  const file = join(dataDir, STORE_FILE);
  const sample = await measure(async () => {
    const { db } = await openDatabase(file, { migrations, backupDir: join(dataDir, 'backups'), logger: quietLogger });
    closeDatabase(db);
  }, 10);
  const size = statSync(file).size / 1024 / 1024;
  report(
    figure(
      'Открытие хранилища: open + migrate + quick_check',
      'ms',
      300,
      sample.median,
      `p95 ${ms(sample.p95)}, ${size.toFixed(0)} MB`,
    ),
  );
}

/** What checking a channel's answer against the contract costs (development builds and the tests do it). */
function outputCheck(channel: Channel, value: unknown): number {
  const schema = contract[channel].output;
  return sampleOf(Array.from({ length: 5 }, () => -performance.now() + (schema.safeParse(value), performance.now())))
    .median;
}

async function channelFigures(core: BenchCore): Promise<void> {
  for (const c of channelCases().filter((c) => !skipped(c.name))) {
    let value: unknown;
    const through = await measure(async () => {
      c.touch?.(core.db);
      value = await callAny(core, c.channel, c.input);
    }, runs);
    const raw = c.raw ? await measure(c.raw(core.db), runs) : null;
    const rows = Array.isArray(value) ? `, ${value.length} rows` : '';
    const note =
      `median ${ms(through.median)}, raw SQL ${raw ? ms(raw.median) : '—'}, output check ` +
      `${ms(outputCheck(c.channel, value))}${rows}`;
    if (c.kind === 'list') {
      report(figure(`${c.name} — p95`, 'ms', 15, through.p95, note));
      if (raw) report(figure(`${c.name} — ÷ raw SQL`, '×', 2, through.median / raw.median, 'medians'));
    } else {
      report(figure(`${c.name} — p95`, 'ms', c.kind.p95, through.p95, note));
    }
  }
}

/**
 * The 25-year dynamics as the first call after the store opens computes them: nothing kept yet, every year's
 * calendar read. Each run opens the store anew (not timed), so few runs: the median, with the slowest.
 */
async function firstDynamicsFigure(dataDir: string): Promise<void> {
  const name = 'Анализ: reviews:dynamics, первый вызов после открытия (все 25 лет заново)';
  if (skipped(name)) return;
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const fresh = await openBenchCore(dataDir, { validateOutput: values['validate-output'] });
    try {
      times.push(await once(() => call(fresh, 'reviews:dynamics', {})));
    } finally {
      fresh.close();
      await fresh.output.close();
    }
  }
  const sample = sampleOf(times);
  report(figure(name, 'ms', 1000, sample.median, `max ${ms(Math.max(...times))} of ${times.length} openings`));
}

async function documentFigures(core: BenchCore): Promise<void> {
  const agreementId = core.db
    .prepare(
      "SELECT id FROM agreements WHERE signed_on IS NOT NULL AND text <> '' ORDER BY signed_on DESC, id DESC LIMIT 1",
    )
    .pluck()
    .get() as number;
  const cases = documentCases(agreementId, '2025/2026').filter((c) => !skipped(c.name));
  // Chromium started before the PDFs are timed, as the app's own Chromium is.
  if (cases.some((c) => c.channel === 'documents:savePdf')) {
    await core.output.savePdf('<!doctype html><html lang="ru"><body></body></html>', 'Проба.pdf');
  }
  for (const c of cases) {
    const sample = await measure(() => callAny(core, c.channel, c.input), 10, 1);
    report(figure(c.name, 'ms', c.target, sample.median, `p95 ${ms(sample.p95)}`));
  }
}

async function operationFigures(core: BenchCore, dataDir: string): Promise<void> {
  if (!skipped('Резервная копия')) {
    const backup = await measure(() => call(core, 'backups:create', {}), 3, 1);
    report(figure('Резервная копия: backups:create', 'ms', 2000, backup.median, `max ${ms(backup.p95)}`));
  }
  if (skipped('Полный архив')) return;
  let exported = '';
  const exportTime = await once(async () => {
    exported = (await call(core, 'archive:export', {})).path ?? '';
  });
  if (!exported) throw new Error('archive:export saved no file');
  const imports = join(dataDir, 'imports');
  mkdirSync(imports, { recursive: true });
  copyFileSync(exported, join(imports, 'archive.sodr'));
  const importTime = await once(() => call(core, 'archive:import', {}));
  const size = statSync(exported).size / 1024 / 1024;
  report(
    figure(
      'Полный архив: archive:export + archive:import',
      'ms',
      5_000,
      exportTime + importTime,
      `export ${ms(exportTime)}, import ${ms(importTime)}, ${size.toFixed(0)} MB`,
    ),
  );
}

function heapFigure(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  report(
    figure('Куча главного процесса после прогона', 'MB', 250, heap, gc ? 'after a full GC' : 'without --expose-gc'),
  );
}

const dataDir = makeTempDir('bench');
try {
  const started = performance.now();
  const counts = await createHistoryStore(dataDir, { seed: Number(values.seed), scale, today: BENCH_TODAY });
  console.log(
    `История за 25 лет (масштаб ${scale}) создана за ${((performance.now() - started) / 1000).toFixed(1)} с: ` +
      `${counts['partners']} партнёров, ${counts['agreements']} договоров, ${counts['plan_items']} пунктов плана, ` +
      `${counts['events']} мероприятий, ${counts['loans']} выдач ресурсов, ${counts['staff_development']} записей ` +
      `о повышении квалификации, ${counts['surveys']} анкетирований.`,
  );
  await openStoreFigure(dataDir);
  const core = await openBenchCore(dataDir, { validateOutput: values['validate-output'] });
  try {
    await channelFigures(core);
    await firstDynamicsFigure(dataDir);
    await documentFigures(core);
    await operationFigures(core, dataDir);
  } finally {
    core.close();
    await core.output.close();
  }
  heapFigure();
  console.log(`\n${formatTable(figures)}\n`);
  const missed = figures.filter((f) => !f.within);
  console.log(
    missed.length === 0 ? 'Все показатели в пределах целей.' : `Вне целей: ${missed.length} из ${figures.length}.`,
  );
  if (values.json) writeJson(values.json, figures);
  console.log(`Всё за ${((performance.now() - started) / 1000).toFixed(0)} с.`);
} finally {
  if (values.keep) console.log(`Данные оставлены в ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
