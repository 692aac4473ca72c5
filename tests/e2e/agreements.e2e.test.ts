import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { agreementFieldsOf } from '../../src-main/contract/agreements';
import { addDays } from '../../src-main/contract/dates';
import { partnerFieldsOf } from '../../src-main/contract/partners';
import { call, partnerId } from '../kit/channels';
import { readDocx } from '../unit/documents/docx-text';
import { type AppSession, flat, launchBrowser, openApp, savedFile } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

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
  it('drafts an agreement from a template, edits its text, prints it to PDF and Word with both parties and the preamble', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await fillRequisites(app.harness.core, 'ГИБДД');
    await createDraft(app, 'ГИБДД');
    const number = await page.getByLabel(/^Номер/).inputValue();
    expect(number).toBe(`СП-${new Date().getFullYear()}-1`);

    await page.getByLabel('Дата подписания').fill('2026-11-20');
    await page.getByLabel('Начало действия').fill('2026-11-20');
    await page.getByRole('checkbox', { name: 'Бессрочно' }).uncheck();
    await page.getByLabel('Окончание действия').fill('2029-08-31');
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
    await page.getByRole('button', { name: 'Заполнить по шаблону' }).click();
    await expect.poll(() => page.getByLabel('Текст договора').inputValue()).toContain('Орлов Сергей Викторович');
    const text = page.getByLabel('Текст договора');
    await text.fill(`${await text.inputValue()}\nОсобое условие: занятия проводятся по четвергам.`);
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    expect(await page.getByText('Действует', { exact: true }).count()).toBeGreaterThan(0);

    const pdf = flat(execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }));
    const docxPath = await savedFile(page, 'Экспорт в Word');
    const docx = flat((await readDocx(readFileSync(docxPath))).paragraphs.join(' '));
    for (const content of [pdf, docx]) {
      expect(content).toContain(`№ ${number}`);
      expect(content).toContain(SCHOOL);
      expect(content).toContain('ГИБДД');
      expect(content).toContain('именуемые в дальнейшем «Стороны»');
      expect(content).toContain('Орлов Сергей Викторович');
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
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('refuses an end before the start at its field, and names what is still missing before printing', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await createDraft(app, 'МЧС');
    await page.getByLabel('Начало действия').fill('2026-09-01');
    await page.getByRole('checkbox', { name: 'Бессрочно' }).uncheck();
    await page.getByLabel('Окончание действия').fill('2026-08-31');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Дата окончания раньше даты начала').waitFor();
    await page.getByLabel('Окончание действия').fill('2027-08-31');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('button', { name: 'Сохранить PDF' }).click();
    const message = page.getByText(/^Перед печатью заполните: /);
    await message.waitFor();
    expect(await message.innerText()).toContain('руководитель партнёра');
    expect(await page.getByText(/^Файл сохранён: /).count()).toBe(0);
    await app.close();
  });

  it('attaches a signed scan, refuses a file that is not PDF, JPG or PNG, and opens the scan in the system viewer', async () => {
    const app = await openApp(browser);
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
    const app = await openApp(browser);
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
    const app = await openApp(browser);
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
