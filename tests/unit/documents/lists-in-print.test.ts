import { existsSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanStatusText } from '../../../src-main/contract/loans';
import { PARTNER_NAMES } from '../../fixtures/review-scenario';
import { CHROMIUM_PATH } from '../../harness/chromium';
import { call, makeTempDir, openCore, type TestCore } from '../../kit';
import {
  flatText,
  layoutText,
  listsScenario,
  missingWords,
  office,
  onPath,
  PERIOD,
  REQUISITES,
  run,
  wordHeights,
  writeAll,
  YEAR,
  type WrittenFiles,
} from './lists-fixture';

const ready = existsSync(CHROMIUM_PATH) && onPath('pdftotext') && office !== undefined;
const dir = makeTempDir('lists');
let core: TestCore;
let files: WrittenFiles;

/** Words printed at 100 % on a sheet of their own: their height there is that of 11 pt. */
const REFERENCE_WORDS = ['Библиотечный', 'Смирнова', 'Хореография', 'Картины'];

beforeAll(async () => {
  if (!ready) return;
  core = await openCore(makeTempDir('lists-core'));
  await listsScenario(core);
  // Printed at 100 % as it is, never fit to the page (LibreOffice may enlarge a narrow sheet to fit its width).
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Образец');
  sheet.addRows(REFERENCE_WORDS.map((word) => [word]));
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', scale: 100 };
  const reference = new Uint8Array(await book.xlsx.writeBuffer());
  files = await writeAll(core, dir, { reference });
}, 240_000);

afterAll(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** Every PDF a document or workbook was printed to: Chromium's, and LibreOffice's of its Word file or workbook. */
function printed(name: string): string[] {
  return [files.pdf[name], files.office[`${name}-word`]?.pdf, files.office[`${name}-excel`]?.pdf].filter(
    (path): path is string => path !== undefined,
  );
}

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const path = files.office[`${name}-excel`]?.file;
  if (!path) throw new Error(`no workbook ${name}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe.skipIf(!ready)('the lists printed as documents and saved as workbooks', () => {
  it('print the year’s staff development with its figures and every record of the year', async () => {
    const records = await call(core, 'staffRecords:list', { year: YEAR });
    for (const pdf of printed('staff')) {
      const text = flatText(pdf);
      expect(text).toContain('Повышение квалификации педагогов за 2025/2026 учебный год');
      expect(layoutText(pdf)).toMatch(/Повысили квалификацию\s+4\s+4\s+55/);
      for (const r of records) expect(missingWords(text, `${r.staffName} ${r.title}`)).toEqual([]);
      expect(text).not.toContain('Курсы прошлого года');
    }
  });

  it('print the register of loans with every item, its dates and where it stands, in PDF, Word and Excel', async () => {
    const loans = await call(core, 'loans:list', {});
    expect(loans).toHaveLength(4);
    for (const pdf of printed('loans')) {
      const text = flatText(pdf);
      expect(text).toContain('Реестр ресурсов партнёров, полученных во временное пользование');
      for (const item of ['Книги о войне — 3 шт.', 'Плакаты — 2 шт.', 'Баян — 1 шт.', 'Картины — 2 шт.']) {
        expect(missingWords(text, item)).toEqual([]);
      }
      for (const loan of loans) expect(missingWords(text, loanStatusText(loan))).toEqual([]);
      expect(text).toContain('05.03.2026');
    }
    expect(flatText(files.pdf.loans ?? '')).toContain('Всего записей: 4; предметов: 12.');
  });

  it('print a survey’s results: forms returned out of families, the index and its band per question', async () => {
    for (const pdf of printed('survey')) {
      const text = flatText(pdf);
      expect(text).toContain('Результаты анкетирования родителей');
      expect(text).toContain('Анкет возвращено: 30 анкет из 200 семей (15,0 %)');
      expect(text).toContain('Индекс удовлетворённости: 0,77 — высокий уровень');
      expect(layoutText(pdf)).toMatch(/Да — 20 \(66,7 %\)\s+0,77\s+высокий/);
      expect(missingWords(text, 'Вопрос, на который никто не ответил')).toEqual([]);
      expect(text).toContain('нет данных');
    }
  });

  it('print the year’s clubs and the coverage of the school, its levels and classes, in PDF and Excel', async () => {
    const coverage = await call(core, 'clubs:coverage', { year: YEAR });
    expect(coverage.overall).toMatchObject({ attended: 41, enrolment: 150 });
    for (const pdf of printed('clubs')) {
      const text = flatText(pdf);
      expect(text).toContain('Хореография');
      expect(text).toContain('Гитара');
      expect(text).toContain('1А — 10, 5А — 12');
      expect(layoutText(pdf)).toMatch(/Все обучающиеся\s+41\s+150\s+27[,.]3/);
    }
    const sheet = (await workbook('clubs')).getWorksheet('Охват');
    expect((sheet?.getRow(3).values as unknown[]).slice(1)).toEqual(['Школа', 'Все обучающиеся', 41, 150, 27.3]);
  });

  it('save the model of interaction in Excel: each partner with its forms and effects, a line each', async () => {
    const id = core.db.prepare('SELECT id FROM partners WHERE full_name = ?').pluck().get(PARTNER_NAMES.library);
    const library = await call(core, 'partners:get', { id: Number(id) });
    const sheet = (await workbook('model')).worksheets[0];
    const row = sheet?.getRows(3, sheet.rowCount - 2)?.find((r) => r.getCell(2).value === PARTNER_NAMES.library);
    expect(row?.getCell(3).value).toBe(library.forms.map((f) => `– ${f.text}`).join('\n'));
    expect(row?.getCell(4).value).toBe(library.effects.map((e) => `– ${e}`).join('\n'));
    const text = flatText(files.office['model-excel']?.pdf ?? '');
    expect(text).toContain('Модель взаимодействия с социальными партнёрами на 2025/2026 учебный год');
  });

  it('save the events of a period with their outcomes in Excel', async () => {
    const events = await call(core, 'events:range', PERIOD);
    const sheet = (await workbook('events')).worksheets[0];
    expect(sheet?.rowCount).toBe(2 + events.length);
    const first = sheet?.getRow(3);
    expect(first?.getCell(3).value).toBe('Библиотечный урок');
    expect([7, 8, 9].map((n) => first?.getCell(n).value)).toEqual([42, 10, 2]);
    const text = flatText(files.office['events-excel']?.pdf ?? '');
    expect(missingWords(text, 'Конкурс чтецов: муниципальный, победитель')).toEqual([]);
  });

  it('save the partners with every requisite, the head and the contacts', async () => {
    const sheet = (await workbook('partners')).worksheets[0];
    const row = sheet
      ?.getRows(3, sheet.rowCount - 2)
      ?.find((r) => String(r.getCell(2).value).startsWith(PARTNER_NAMES.library));
    const { inn, kpp, ogrn, legalAddress, headPosition, headName, contact } = REQUISITES;
    expect((row?.values as unknown[]).slice(5)).toEqual([
      inn,
      kpp,
      ogrn,
      legalAddress,
      `${headPosition}\n${headName}`,
      `${contact.name}, ${contact.role}, ${contact.phone}, ${contact.email}`,
    ]);
    const text = flatText(files.office['partners-excel']?.pdf ?? '');
    for (const value of [inn, kpp, ogrn, contact.email]) expect(text).toContain(value);
  });

  it('open in LibreOffice as A4 landscape pages with rows apart, at 9 pt or more, and carry their properties', async () => {
    const reference = wordHeights(files.office.reference?.pdf ?? '');
    for (const name of ['model', 'loans', 'clubs', 'events', 'partners']) {
      const pdf = files.office[`${name}-excel`]?.pdf ?? '';
      expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d* x 595\.\d* pts \(A4\)/);
      expect(pages(pdf)).toBeGreaterThanOrEqual(1);
      // The size a word is printed at: 11 pt times its height over its height at 100 %.
      const heights = wordHeights(pdf);
      for (const word of REFERENCE_WORDS) {
        const [printedAt, full] = [heights.get(word), reference.get(word)];
        if (printedAt !== undefined && full !== undefined) {
          expect((11 * printedAt) / full, `${word} in ${name}`).toBeGreaterThanOrEqual(8.95);
        }
      }
      const book = await workbook(name);
      expect(book.creator).toBe((await call(core, 'settings:get', {})).school.shortName);
      expect(book.title).not.toBe('');
      for (const sheet of book.worksheets) {
        expect(sheet.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 0, orientation: 'landscape' });
        sheet.eachRow((row) => expect(row.height).toBeGreaterThanOrEqual(15));
      }
    }
  });
});
