import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildAnalyticReport } from '../../../../src-main/reviews/documents/analytic-report';
import { linesOf, runOf, type Block, type DocumentModel, type TableBlock } from '../../../../src-main/documents/model';
import { buildReviewScenario, PARTNER_NAMES, SCENARIO_YEAR } from '../../../fixtures/review-scenario';
import { call, refusal, useCores, type TestCore } from '../../../kit';
import { readDocx } from '../../documents/docx-text';
import { eventFields } from '../../events/fixtures';
import { approvalLines } from '../../../../src-main/documents/approval';
import { readable } from '../../documents/readable-text';

const core = useCores();

const TITLE = 'Аналитическая справка по итогам реализации программы социального партнёрства за 2025/2026 учебный год';
const PROSPECTS = 'Совместный проект «Читающая семья» для 1–4 классов';

/** The report as its builder makes it, from the same channels the app reads. */
async function report(app: TestCore, year = SCENARIO_YEAR): Promise<DocumentModel> {
  return buildAnalyticReport({
    review: await call(app, 'reviews:get', { year }),
    dynamics: await call(app, 'reviews:dynamics', {}),
    school: (await call(app, 'settings:get', {})).school,
    programGoal: (await call(app, 'program:get', {})).goal,
    today: '2026-12-07',
  });
}

/** Every text of a block, one string per paragraph, item, cell line or chart label. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((r) => runOf(r).text).join('')];
    case 'list':
      return block.items.map((item) => item.map((r) => runOf(r).text).join(''));
    case 'table':
      return [
        ...block.columns.map((c) => c.title),
        ...block.rows.flatMap((row) => ('group' in row ? [row.group] : row.cells.flatMap(linesOf))),
      ];
    case 'signatures':
      return block.signatures.flatMap((s) => [s.position, s.name]);
    case 'chart':
      return [block.chart.title, ...block.chart.categories, ...block.chart.series.map((s) => s.name)];
    default:
      return [];
  }
}

const texts = (model: DocumentModel) => model.blocks.flatMap(blockTexts);

/** The table that starts with the given column. */
function table(model: DocumentModel, firstColumn: string): TableBlock {
  const found = model.blocks.find((b): b is TableBlock => b.type === 'table' && b.columns[0]?.title === firstColumn);
  if (!found) throw new Error(`no table «${firstColumn}»`);
  return found;
}

const rowOf = (t: TableBlock, first: string) => {
  const row = t.rows.find((r) => 'cells' in r && linesOf(r.cells[0] ?? '')[0] === first);
  if (!row || !('cells' in row)) throw new Error(`no row «${first}»`);
  return row.cells.map((cell) => linesOf(cell).join(' '));
};

describe('the analytic report of a year', () => {
  it('gives every overall indicator exactly as the review computes it', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const model = await report(app);
    expect(model.title).toBe('Аналитическая справка 2025/2026');
    expect(model.orientation).toBe('portrait');
    const all = texts(model);
    expect(all[0]).toBe(TITLE);
    const indicators = table(model, 'Показатель');
    expect(indicators.columns.map((c) => c.title)).toEqual([
      'Показатель',
      'Расчёт',
      'Цель',
      'Отклонение от цели',
      'Прошлый год',
      'Динамика (разница)',
    ]);
    const expected = {
      'Выполнение плана': '3 из 6 = 50,0 %',
      'Охват обучающихся': '113 из 150 = 75,3 %',
      'Охват родителей': '30 из 200 = 15,0 %',
      'Активность партнёров': '2 из 3 = 66,7 %',
      'Удовлетворённость родителей': '0,77 — высокий (23 из 30)',
      'Охват дополнительным образованием': '41 из 150 = 27,3 %',
      'Повышение квалификации через партнёров': '3 из 40 = 7,5 %',
      'Победители и призёры': '2 из 3 = 66,7 %',
      'Ресурсы возвращены в срок': '1 из 3 = 33,3 %',
    };
    for (const [title, text] of Object.entries(expected)) {
      expect(rowOf(indicators, title)[1], title).toBe(text);
      expect(all.some((t) => t === `${title}: ${text}.`) || title === 'Охват дополнительным образованием', title).toBe(
        true,
      );
    }
    // Last year: no plan, no class list; dynamics (the difference, in п.п.) only where both years have a value.
    expect(rowOf(indicators, 'Выполнение плана').slice(4)).toEqual(['нет данных', '—']);
    expect(rowOf(indicators, 'Активность партнёров').slice(4)).toEqual(['33,3 %', '+33,3 п.п.']);
    expect(rowOf(indicators, 'Охват обучающихся').slice(2)).toEqual(['—', '—', 'нет данных', '—']);
    expect(all).toContain('Получено от партнёров во временное пользование: 12 единиц ресурсов.');
    // Beside plan fulfilment: what was held outside the plan, cancelled and overdue, each named.
    expect(all).toContain('Выполнение плана: 3 из 6 = 50,0 %.');
    expect(all.join('\n')).toContain('Проведено вне плана: 1 · отменено: 1 · просрочено: 1.');
    expect(all).toContain('04.03.2026 — Квест «Книжный лабиринт» (вне плана)');
    expect(all).toContain('05.02.2026 — Экскурсия в ДК (просрочено)');
    expect(all).toContain(
      'По уровням образования: НОО — 1 из 1 = 100,0 %; ООО — 1 из 2 = 50,0 %; СОО — 1 из 3 = 33,3 %.',
    );
    expect(all).toContain(
      'Участники проведённых мероприятий (по итогам мероприятий): обучающихся — 95, родителей — 30, педагогов — 7.',
    );
    expect(all).toContain('В анкетировании участвовали: 30 анкет из 200 семей = 15,0 %.');
  });

  it('counts many events held outside the plan by month instead of listing each', async () => {
    const app = await core();
    await buildReviewScenario(app);
    for (let day = 1; day <= 25; day += 1) {
      const date = `2025-11-${String(day).padStart(2, '0')}`;
      const { id } = await call(app, 'events:create', {
        ...eventFields({ title: `Акция ${day}`, start: `${date}T10:00`, end: `${date}T11:00` }),
      });
      await call(app, 'events:setStatus', { id, status: 'held', reason: '' });
    }
    const model = await report(app);
    const all = texts(model);
    expect(all.join('\n')).toContain(
      'Вне плана проведено 26 мероприятий (в выполнении плана не учитываются); по месяцам — в таблице ниже',
    );
    expect(all.some((line) => line.includes('(вне плана)'))).toBe(false);
    const months = table(model, 'Месяц');
    expect(rowOf(months, 'Ноябрь 2025').at(-1)).toBe('25');
    expect(rowOf(months, 'Итого').at(-1)).toBe('26');
  });

  it('gives coverage by level of education as formulas, and the plan by month', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const model = await report(app);
    const coverage = table(model, 'Уровень образования');
    expect(rowOf(coverage, 'Всего')).toEqual(['Всего', '113 из 150 = 75,3 %', '41 из 150 = 27,3 %']);
    expect(rowOf(coverage, 'НОО (1–4 классы)')).toEqual([
      'НОО (1–4 классы)',
      '49 из 49 = 100,0 %',
      '10 из 49 = 20,4 %',
    ]);
    expect(rowOf(coverage, 'ООО (5–9 классы)')).toEqual(['ООО (5–9 классы)', '46 из 71 = 64,8 %', '26 из 71 = 36,6 %']);
    expect(rowOf(coverage, 'СОО (10–11 классы)')).toEqual([
      'СОО (10–11 классы)',
      '18 из 30 = 60,0 %',
      '5 из 30 = 16,7 %',
    ]);
    const months = table(model, 'Месяц');
    // The series of April is one planned event, held; the unscheduled item is of January.
    expect(rowOf(months, 'Апрель 2026')).toEqual(['Апрель 2026', '1', '1', '100,0 %', '0']);
    expect(rowOf(months, 'Январь 2026')).toEqual(['Январь 2026', '1', '0', '0,0 %', '0']);
    // The quest of March was held outside the plan: counted beside the plan, not in it.
    expect(rowOf(months, 'Март 2026')).toEqual(['Март 2026', '0', '0', '—', '1']);
    expect(rowOf(months, 'Итого')).toEqual(['Итого', '6', '3', '50,0 %', '1']);
    const achievements = table(model, 'Уровень конкурса');
    expect(rowOf(achievements, 'Всероссийский')).toEqual(['Всероссийский', '0', '1', '0', '1']);
    expect(rowOf(achievements, 'Итого')).toEqual(['Итого', '1', '1', '1', '3']);
  });

  it('draws the charts from the figures, and over the years only the years with data', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const charts = (await report(app)).blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    // Last year had no survey, no plan, no class list and no families: the charts over the years have one year
    // to show, and are left out rather than drawn with last year at 0.
    expect(charts.map((c) => c.title)).toEqual([
      'Мероприятия по месяцам: запланировано / проведено',
      'Охват обучающихся по уровням образования, %',
      'Достижения обучающихся по уровням конкурсов',
    ]);
    const [months, coverage] = charts;
    expect(months?.categories).toHaveLength(12);
    expect(months?.series.map((s) => s.values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0))).toEqual([6, 3]);
    expect(coverage?.series[0]?.values.map((v) => (v === null ? null : Math.round(v * 10) / 10))).toEqual([
      75.3, 100, 64.8, 60,
    ]);
  });

  it('draws the years over which a figure has data, leaving out a year without', async () => {
    const app = await core();
    await buildReviewScenario(app);
    // Last year gets its families and its held event a count of parents: its parents' coverage has a value.
    await call(app, 'classes:saveCounts', { year: '2024/2025', counts: { families: 100, teachers: null } });
    const lastYearEvent = app.db.prepare("SELECT id FROM events WHERE title = 'Прошлогодний урок'").pluck().get();
    await call(app, 'events:saveOutcome', {
      id: lastYearEvent as number,
      outcome: { parents: 8, teachers: 0, summary: '', classes: [] },
      achievements: [],
    });
    const charts = (await report(app)).blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    const dynamics = charts.find((c) => c.title === 'Динамика основных показателей по годам, %');
    expect(dynamics?.categories).toEqual(['2024/2025', '2025/2026']);
    const parents = dynamics?.series.find((s) => s.name === 'Охват родителей');
    expect(parents?.values).toEqual([8, 15]);
    // Last year planned nothing: no point, not a zero.
    expect(dynamics?.series.find((s) => s.name === 'Выполнение плана')?.values).toEqual([null, 50]);
  });

  it('shows the decision saved for a partner in the table of partners', async () => {
    const app = await core();
    const ids = await buildReviewScenario(app);
    await call(app, 'reviews:saveDecision', {
      year: SCENARIO_YEAR,
      partnerId: ids.partners.library,
      rating: 'high',
      decision: 'expand',
      prospects: PROSPECTS,
    });
    const partners = table(await report(app), 'Партнёр');
    expect(partners.columns.map((c) => c.title.replace('\u00AD', ''))).toEqual([
      'Партнёр',
      'Проведено / запланировано',
      'Участники',
      'Оценка',
      'Решение',
      'Перспективы',
    ]);
    expect(rowOf(partners, PARTNER_NAMES.library)).toEqual([
      PARTNER_NAMES.library,
      '1 из 2 (50,0 %) вне плана: 1',
      '60 обучающихся 10 родителей 3 педагога',
      'высокая',
      'расширить',
      PROSPECTS,
    ]);
    expect(rowOf(partners, PARTNER_NAMES.polyclinic)).toEqual([
      PARTNER_NAMES.polyclinic,
      'нет данных',
      '—',
      '—',
      '—',
      '—',
    ]);
    expect(rowOf(partners, PARTNER_NAMES.additionalEducation)[0]).toBe(
      `${PARTNER_NAMES.additionalEducation} (без договора)`,
    );
  });

  it('prints the office’s conclusions and tasks, and lines to write them by hand while there are none', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const blank = await report(app);
    const after = (model: DocumentModel, heading: string) =>
      model.blocks[model.blocks.findIndex((b) => b.type === 'heading' && b.text === heading) + 1];
    expect(after(blank, '11. Выводы')).toEqual({ type: 'blankLines', count: 3 });
    expect(after(blank, '12. Задачи на следующий учебный год')).toEqual({ type: 'blankLines', count: 3 });

    await call(app, 'reviews:saveTexts', {
      year: SCENARIO_YEAR,
      conclusions: 'План выполнен менее чем наполовину.\n\nОхват родителей низкий.',
      nextTasks: 'Провести анкетирование родителей в начале года.',
    });
    const filled = texts(await report(app));
    const from = filled.indexOf('11. Выводы');
    expect(filled.slice(from, from + 5)).toEqual([
      '11. Выводы',
      'План выполнен менее чем наполовину.',
      'Охват родителей низкий.',
      '12. Задачи на следующий учебный год',
      'Провести анкетирование родителей в начале года.',
    ]);
  });

  it('is signed by the deputy director and the director of Настройки, and says when it was approved', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveSchool', {
      ...settings.school,
      directorName: 'Иванова Мария Петровна',
      directorPosition: 'Директор',
      deputyName: 'Смирнова Ольга Николаевна',
      deputyPosition: 'Заместитель директора по воспитательной работе',
    });
    await call(app, 'reviews:approve', {
      year: SCENARIO_YEAR,
      approvedBy: 'приказ № 45',
      date: '2026-08-30',
      number: '01-12/7',
    });
    // A late change to the data does not change the approved report.
    await call(app, 'classes:saveCounts', { year: SCENARIO_YEAR, counts: { families: 100, teachers: 40 } });
    const model = await report(app);
    // «УТВЕРЖДАЮ» heads the report: the director of Настройки, the school, the signature, a date to write by hand.
    const approval = model.blocks[0];
    if (approval?.type !== 'approval') throw new Error('the report starts without its approval block');
    expect(approvalLines(approval.entries[0]).map(readable)).toEqual([
      'УТВЕРЖДАЮ',
      'Директор',
      settings.school.shortName,
      '____________ М.П. Иванова',
      '«___» ________ 20__ г.',
    ]);
    const signatures = model.blocks.find((b) => b.type === 'signatures');
    expect(signatures).toMatchObject({
      signatures: [
        { position: 'Заместитель директора по воспитательной работе', name: 'О.Н.\u00A0Смирнова' },
        { position: `Директор ${settings.school.shortName}`, name: 'М.П.\u00A0Иванова' },
      ],
    });
    expect(texts(model).slice(0, 3)).toEqual([TITLE, settings.school.fullName, 'от 30.08.2026 №\u00A001-12/7']);
    expect(rowOf(table(model, 'Показатель'), 'Охват родителей')[1]).toBe('30 из 200 = 15,0 %');
    expect(texts(model).at(-1)).toBe('Справка утверждена 30.08.2026: приказ № 45.');
  });

  it('says «Проект» with the day it is printed while a draft, and leaves a line for the number when none was given', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const settings = await call(app, 'settings:get', {});
    // The title, the school and the date line, under the approval block.
    const heading = async () => {
      const all = texts(await report(app));
      return all.slice(all.indexOf(TITLE), all.indexOf(TITLE) + 3);
    };
    expect(await heading()).toEqual([TITLE, settings.school.fullName, 'Проект от 07.12.2026']);
    const signatures = (await report(app)).blocks.find((b) => b.type === 'signatures');
    // Without the deputy's name in Настройки: the position by default, a line to sign on.
    expect(signatures).toMatchObject({ signatures: [{ position: 'Заместитель директора', name: '____________' }, {}] });

    await call(app, 'reviews:approve', { year: SCENARIO_YEAR, approvedBy: '', date: '2026-08-30' });
    expect((await heading())[2]).toBe('от 30.08.2026 №\u00A0______');
    await call(app, 'reviews:reopen', { year: SCENARIO_YEAR });
    expect((await heading())[2]).toBe('Проект от 07.12.2026');
    const preview = await call(app, 'documents:preview', { kind: 'analyticReport', year: SCENARIO_YEAR });
    expect(readable(preview.html)).toMatch(/Проект от \d\d\.\d\d\.\d{4}/);
  });

  it('says «нет данных» for a year without data, never 0 % or NaN', async () => {
    const app = await core();
    const model = await report(app, '2030/2031');
    const all = texts(model).join('\n');
    expect(all).not.toMatch(/NaN|Infinity|undefined|null|0,0 %/);
    for (const row of table(model, 'Показатель').rows) {
      if ('cells' in row) expect(row.cells[1]).toBe('нет данных');
    }
    expect(all).toContain(
      'Выполнение плана: нет данных: в учебном году нет запланированных мероприятий (пунктов плана).',
    );
    // Where to fill the data in the app means nothing on paper.
    expect(all).not.toContain('→');
    expect(all).toContain('В учебном году социальные партнёры в реализации программы не участвовали.');
    // No year has data: nothing to draw over the years.
    expect(model.blocks.filter((b) => b.type === 'chart').map((b) => b.type === 'chart' && b.chart.title)).toEqual([
      'Охват обучающихся по уровням образования, %',
    ]);
  });
});

describe('the analytic report through the document channels', () => {
  it('previews as a page with its charts inline as SVG', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const preview = await call(app, 'documents:preview', { kind: 'analyticReport', year: SCENARIO_YEAR });
    expect(preview.title).toBe('Аналитическая справка 2025/2026');
    expect(preview.html.match(/<div class="chart"><svg /g)).toHaveLength(3);
    expect(preview.html).toContain('<title>Мероприятия по месяцам: запланировано / проведено</title>');
    expect(preview.html).toContain('>3 из 6 = 50,0 %<');
    // Last year had no survey: no chart of satisfaction over the years with a zero (or «н/д») for it.
    expect(preview.html).not.toContain('Удовлетворённость родителей по годам');
  });

  it('saves a Word file with the indicators’ table and every chart as a PNG picture', async () => {
    const app = await core();
    await buildReviewScenario(app);
    expect(await call(app, 'documents:saveDocx', { kind: 'analyticReport', year: SCENARIO_YEAR })).toEqual({
      path: '/memory/Аналитическая справка 2025-2026.docx',
    });
    const saved = app.output.saved[0]?.content;
    if (!(saved instanceof Uint8Array)) throw new Error('no Word file');
    const { paragraphs, document } = await readDocx(saved);
    expect(paragraphs).toContain(TITLE);
    for (const text of [
      'Показатель',
      'Расчёт',
      '3 из 6 = 50,0 %',
      '113 из 150 = 75,3 %',
      '0,77 — высокий (23 из 30)',
    ]) {
      expect(paragraphs, text).toContain(text);
    }
    const zip = await JSZip.loadAsync(saved);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    // Five charts, five pictures of their own, each drawn at 150 dpi for its 160 mm on the page.
    expect(media).toHaveLength(3);
    expect(document.match(/<w:drawing>/g)).toHaveLength(3);
    for (const name of media) {
      const png = Buffer.from((await zip.file(name)?.async('uint8array')) ?? []);
      expect(png.toString('latin1', 1, 4)).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(908);
    }
  });

  it('refuses a year that is not an academic year, in Russian', async () => {
    const app = await core();
    const error = await refusal(app, 'documents:preview', { kind: 'analyticReport', year: '2025/2027' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/[А-Яа-я]/);
  });
});
