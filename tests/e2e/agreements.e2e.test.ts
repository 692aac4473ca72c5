import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { agreementFieldsOf, type AgreementFields } from '../../src-main/contract/agreements';
import { addDays } from '../../src-main/contract/dates';
import { partnerFieldsOf } from '../../src-main/contract/partners';
import { ownTextAgainstCard } from '../fixtures/agreement-own-text';
import { call, partnerId } from '../kit/channels';
import { readDocx } from '../unit/documents/docx-text';
import { type AppSession, fillDate, flat, useBrowser, openApp, savedFile } from './support';

const browser = useBrowser();

const SCHOOL = 'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа';
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));

/** The school's director and the partner's head, which the agreement's preamble and signatures need. */
async function fillRequisites(core: AppCore, partnerName: string): Promise<number> {
  const settings = await call(core, 'settings:get', {});
  await call(core, 'settings:saveSchool', { ...settings.school, directorName: 'Иванова Мария Петровна' });
  const id = partnerId(core, partnerName);
  const fields = partnerFieldsOf(await call(core, 'partners:get', { id }));
  await call(core, 'partners:update', {
    id,
    fields: { ...fields, headName: 'Орлов Сергей Викторович', headPosition: 'Начальник', headBasis: 'Положения' },
  });
  return id;
}

async function createDraft(app: AppSession, partner: string) {
  const { page } = app;
  await page.getByRole('link', { name: 'Договоры' }).click();
  await page.getByRole('button', { name: 'Новый договор' }).click();
  await page.getByRole('combobox', { name: 'Партнёр' }).click();
  await page.getByRole('option', { name: partner }).click();
  await page.getByRole('button', { name: 'Создать черновик' }).click();
  await page.getByRole('heading', { name: /^Договор № / }).waitFor();
}

describe('Договоры', () => {
  it('prints the card as it is now: its end date changed on the card is in the next PDF and Word file, with the office’s own clause', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await fillRequisites(app.harness.core, 'ГИБДД');
    await createDraft(app, 'ГИБДД');
    const number = await page.getByLabel(/^Номер/).inputValue();
    expect(number).toBe(`СП-${new Date().getFullYear()}-1`);

    await fillDate(page.getByLabel('Дата подписания'), '20.11.2026');
    await fillDate(page.getByLabel('Начало действия'), '20.11.26');
    await page.getByRole('checkbox', { name: 'Бессрочно' }).uncheck();
    await fillDate(page.getByLabel('Окончание действия'), '31.08.2029');
    await page
      .getByLabel('Предмет договора')
      .fill('Совместная работа по профилактике детского дорожно-транспортного травматизма.');
    await page.getByLabel('Школа обязуется').fill('Обеспечивать участие обучающихся в мероприятиях.');
    await page.getByLabel('Партнёр обязуется').fill('Проводить занятия по правилам дорожного движения.');
    await page
      .getByLabel('Ответственность за жизнь и здоровье детей во время совместных мероприятий')
      .fill('Ответственность несёт Школа в лице сопровождающих педагогов.');
    await page.getByRole('button', { name: 'Добавить приложение' }).click();
    await page
      .getByLabel('Приложение 1', { exact: true })
      .fill('План совместной деятельности на 2026/2027 учебный год');
    // The text follows the template: nothing to fill in it; a clause of the school's own is a hand edit.
    await page.getByTestId('text-follows-template').waitFor();
    expect(await page.getByRole('button', { name: 'Заполнить по шаблону' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Изменить текст вручную' }).click();
    const text = page.getByLabel('Текст договора');
    await text.fill(`${await text.inputValue()}\nОсобое условие: занятия проводятся по четвергам.`);
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    expect(await page.getByText('Действует', { exact: true }).count()).toBeGreaterThan(0);

    const pdfOf = async () =>
      flat(execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }));
    const docxOf = async () => {
      const path = await savedFile(page, 'Экспорт в Word');
      return { path, text: flat((await readDocx(readFileSync(path))).paragraphs.join(' ')) };
    };
    const pdf = await pdfOf();
    const { path: docxPath, text: docx } = await docxOf();
    for (const content of [pdf, docx]) {
      expect(content).toContain(`№ ${number}`);
      expect(content).toContain(SCHOOL);
      expect(content).toContain('ГИБДД');
      expect(content).toContain('именуемые в дальнейшем «Стороны»');
      expect(content).toContain('начальника Орлова Сергея Викторовича, действующего на основании Положения');
      expect(content).toContain('по 31 августа 2029 г.');
      expect(content).toContain('Особое условие: занятия проводятся по четвергам.');
      expect(content).toContain('М.П.');
    }
    if (onPath('libreoffice')) {
      const out = mkdtempSync(join(tmpdir(), 'sodruzhestvo-lo-'));
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], {
        timeout: 120_000,
      });
      const converted = join(
        out,
        `${docxPath
          .split('/')
          .at(-1)
          ?.replace(/\.docx$/, '')}.pdf`,
      );
      expect(flat(execFileSync('pdftotext', [converted, '-'], { encoding: 'utf8' }))).toContain(`№ ${number}`);
      rmSync(out, { recursive: true, force: true });
    }

    // The end date changed on the card, and nothing else done: the next PDF and Word file say so.
    await page.getByRole('button', { name: 'Изменить', exact: true }).click();
    await fillDate(page.getByLabel('Окончание действия'), '31.08.2030');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    for (const content of [await pdfOf(), (await docxOf()).text]) {
      expect(content).toContain('3.1. Настоящий договор действует с 20 ноября 2026 г. по 31 августа 2030 г.');
      expect(content).not.toContain('2029');
      expect(content).toContain('Особое условие: занятия проводятся по четвергам.');
    }
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 240_000);

  it('prints an agreement without appendices, and refuses one without its subject, naming it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await createDraft(app, 'МЧС');
    await fillDate(page.getByLabel('Начало действия'), '1.9.26');
    await page.getByRole('checkbox', { name: 'Бессрочно' }).uncheck();
    await fillDate(page.getByLabel('Окончание действия'), '31.08.2026');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Дата окончания раньше даты начала').waitFor();
    await fillDate(page.getByLabel('Окончание действия'), '31.08.2027');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    await page.getByText('Договор нельзя напечатать').waitFor();
    await page.getByRole('button', { name: 'Сохранить PDF' }).click();
    const message = page.getByText(/нельзя подписать без этих сведений/);
    await message.waitFor();
    expect(await message.innerText()).toContain('Перед печатью заполните: предмет договора (в карточке договора).');
    expect(await page.getByText(/^Файл сохранён: /).count()).toBe(0);

    // The subject filled, no appendices, no partner's head: it prints, without an appendices section.
    await page.getByRole('button', { name: 'Изменить', exact: true }).click();
    await page.getByLabel('Предмет договора').fill('Обучение детей правилам пожарной безопасности.');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    await expect.poll(() => page.getByText('Договор нельзя напечатать').count()).toBe(0);
    const pdf = flat(execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }));
    expect(pdf).toContain('Обучение детей правилам пожарной безопасности.');
    expect(pdf).toContain('по 31 августа 2027 г.');
    expect(pdf).not.toContain('Приложени');
    expect(pdf).toContain('6. Адреса, реквизиты и подписи Сторон');
    const docx = flat((await readDocx(readFileSync(await savedFile(page, 'Экспорт в Word')))).paragraphs.join(' '));
    expect(docx).toContain('Обучение детей правилам пожарной безопасности.');
    expect(docx).not.toContain('Приложени');
    await app.close();
  }, 180_000);

  it('shows where a hand-edited text contradicts the card, and brings it in line in one step', async () => {
    const app = await openApp(browser());
    const core = app.harness.core;
    const id = await ownTextAgainstCard(core, await fillRequisites(core, 'ГИБДД'));

    const { page } = app;
    await page.goto(`${app.harness.url}#/agreements/${id}`);
    const notice = page.getByTestId('text-contradiction-notice');
    await notice.waitFor();
    const shown = flat(await notice.innerText());
    expect(shown).toContain('Расходится: срок действия договора');
    expect(shown).toContain('3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2029 г.');
    expect(shown).toContain('3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2030 г.');

    // Printing asks first, showing the two.
    await page.getByRole('button', { name: 'Сохранить PDF' }).click();
    const question = page.getByRole('dialog', { name: 'Текст договора расходится с карточкой' });
    await question.waitFor();
    expect(flat(await question.innerText())).toContain('по 31 августа 2029 г.');
    await question.getByRole('button', { name: 'Привести в соответствие и продолжить' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const saved = page.getByText(/^Файл сохранён: /);
    await saved.waitFor({ timeout: 30_000 });
    const pdf = flat(
      execFileSync('pdftotext', [(await saved.innerText()).replace('Файл сохранён: ', ''), '-'], {
        encoding: 'utf8',
      }),
    );
    expect(pdf).toContain('по 31 августа 2030 г.');
    expect(pdf).not.toContain('2029');
    expect(pdf).toContain('7.1. Занятия проводятся по четвергам.');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('shows an amendment’s new term on the card and in the register, on screen, in PDF, Word and Excel', async () => {
    const app = await openApp(browser());
    const core = app.harness.core;
    const partnerId = (core.db.prepare("SELECT id FROM partners WHERE full_name = 'МЧС'").get() as { id: number }).id;
    const [template] = (await call(core, 'templates:list', {})) as { id: number }[];
    const draft = (await call(core, 'agreements:createFromTemplate', { partnerId, templateId: template?.id ?? 0 })) as {
      id: number;
    } & AgreementFields;
    await call(core, 'agreements:update', {
      id: draft.id,
      fields: {
        ...agreementFieldsOf(draft),
        signedOn: '2025-09-01',
        startsOn: '2025-09-01',
        endsOn: '2026-08-31',
        prolongation: 'none',
      },
    });
    await call(core, 'agreements:addAmendment', {
      agreementId: draft.id,
      fields: { signedOn: '2026-08-01', newEndsOn: '2030-08-31', makesOpenEnded: false, text: 'Продлить срок.' },
    });
    const { page } = app;
    await page.getByRole('link', { name: 'Договоры' }).click();
    const table = page.getByTestId('agreements-table');
    await table.getByText('с 01.09.2025 по 31.08.2030').waitFor();
    expect(await table.getByText('Действует').count()).toBe(1);

    const pdf = flat(execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }));
    expect(pdf).toContain('по 31.08.2030');
    expect(pdf).not.toContain('31.08.2026');
    const docx = flat((await readDocx(readFileSync(await savedFile(page, 'Экспорт в Word')))).paragraphs.join(' '));
    expect(docx).toContain('по 31.08.2030');
    expect(docx).not.toContain('31.08.2026');
    const xlsxPath = await savedFile(page, 'Excel');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const sheet = book.worksheets[0];
    const headers = (sheet?.getRow(2).values as unknown[]).slice(1);
    const end = (sheet?.getRow(3).values as unknown[]).slice(1)[headers.indexOf('Окончание действия')];
    expect(end instanceof Date ? end.toISOString().slice(0, 10) : end).toBe('2030-08-31');

    await table.getByText('с 01.09.2025 по 31.08.2030').click();
    await page.getByRole('heading', { name: /^Договор № / }).waitFor();
    const details = flat(await page.getByRole('tabpanel').innerText());
    expect(details).toContain('Срок действия с 01.09.2025 по 31.08.2030 — по доп. соглашению № 1 от 01.08.2026');
    expect(details).toContain('Первоначальный срок с 01.09.2025 по 31.08.2026');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('attaches a signed scan, refuses a file that is not PDF, JPG or PNG, and opens the scan in the system viewer', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await createDraft(app, 'ГИБДД');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: /^Сканы/ }).click();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Прикрепить скан/ }).click();
    await (await chooser).setFiles({ name: 'Договор подписанный.png', mimeType: 'image/png', buffer: png });
    await page.getByText('Скан «Договор подписанный.png» прикреплён.').waitFor();
    await page.getByTestId('scans').getByText('Договор подписанный.png').waitFor();

    const wrong = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Прикрепить скан/ }).click();
    await (
      await wrong
    ).setFiles({ name: 'вирус.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf at all') });
    await page.getByText('Можно прикрепить только PDF, JPG или PNG.').waitFor();
    expect(await page.getByTestId('scans').locator('tr').count()).toBe(1);

    await page.getByRole('button', { name: 'Открыть Договор подписанный.png' }).click();
    await expect.poll(() => app.harness.openedFiles.length).toBe(1);
    const opened = app.harness.openedFiles[0] ?? '';
    expect(opened.startsWith(join(app.dataDir, 'attachments'))).toBe(true);
    expect(opened).not.toContain('Договор подписанный');
    expect(readFileSync(opened)).toEqual(png);
    await app.close();
  });

  it('shows on Главная an agreement that expires within the warning window, and says so at start', async () => {
    const app = await openApp(browser());
    const core = app.harness.core;
    const mchs = partnerId(core, 'МЧС');
    const today = localIsoDate(new Date());
    const [template] = await call(core, 'templates:list', {});
    const draft = await call(core, 'agreements:createFromTemplate', { partnerId: mchs, templateId: template?.id ?? 0 });
    const { id } = draft;
    const fields = agreementFieldsOf(draft);
    await call(core, 'agreements:update', {
      id,
      fields: { ...fields, signedOn: addDays(today, -300), startsOn: addDays(today, -300), endsOn: addDays(today, 20) },
    });
    await app.page.reload();
    await app.page.getByText('Договоры требуют внимания').first().waitFor();
    const attention = app.page.getByTestId('attention');
    await expect.poll(() => attention.innerText()).toContain('Истекают в ближайшие 60 дней');
    expect(await attention.innerText()).toMatch(/МЧС, до \d\d\.\d\d\.\d{4} \(ещё 20 дней\)/);
    const notice = app.page.locator('.mantine-Notification-root', { hasText: 'Договоры требуют внимания' });
    expect(await notice.innerText()).toContain('1 договор требует внимания. Подробности — на Главной');
    // Its close button only closes it; the link in it opens Главная.
    await app.page.getByRole('link', { name: 'Договоры' }).click();
    await notice.getByRole('button', { name: 'Подробности — на Главной' }).click();
    await app.page.getByTestId('attention').waitFor();
    await expect.poll(() => notice.count()).toBe(0);
    await app.close();
  });

  it('shows every status in the register whole, however long the partner’s name next to it', async () => {
    const app = await openApp(browser());
    const core = app.harness.core;
    const mchs = partnerId(core, 'МЧС');
    const partner = partnerFieldsOf(await call(core, 'partners:get', { id: mchs }));
    await call(core, 'partners:update', {
      id: mchs,
      fields: { ...partner, fullName: 'Пожарно-спасательная часть № 52 ГУ МЧС России по Ростовской области г. Гуково' },
    });
    const today = localIsoDate(new Date());
    const [template] = await call(core, 'templates:list', {});
    for (const endsOn of [addDays(today, 20), addDays(today, 400)]) {
      const draft = await call(core, 'agreements:createFromTemplate', {
        partnerId: mchs,
        templateId: template?.id ?? 0,
      });
      const fields = agreementFieldsOf(draft);
      await call(core, 'agreements:update', {
        id: draft.id,
        fields: { ...fields, signedOn: addDays(today, -300), startsOn: addDays(today, -300), endsOn },
      });
    }
    await app.page.getByRole('link', { name: 'Договоры' }).click();
    const table = app.page.getByTestId('agreements-table');
    await table.getByText('Истекает').waitFor();
    const labels = table.locator('.mantine-Badge-label');
    expect(await labels.allInnerTexts()).toEqual(expect.arrayContaining(['ИСТЕКАЕТ', 'ДЕЙСТВУЕТ']));
    // A label cut short («ИСТЕ…») is narrower than its text.
    const cut = await labels.evaluateAll((elements) =>
      elements.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    await app.close();
  });
});
