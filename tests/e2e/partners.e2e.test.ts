import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { insertPartner } from '../../src-main/partners/repository';
import { programModel } from '../../src-main/program/program-model';
import { readDocx } from '../unit/documents/docx-text';
import { partnerId } from '../kit/channels';
import { flat, useBrowser, openApp, savedFile } from './support';

const browser = useBrowser();

const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

async function openPartners(page: Page) {
  await page.getByRole('link', { name: 'Партнёры' }).click();
  await page.locator('[data-partner-row]').first().waitFor();
}

describe('Партнёры', () => {
  it('creates a partner through the form with forms and effects, then finds it by «Поиск» in another case', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openPartners(page);
    await page.getByRole('button', { name: 'Добавить партнёра' }).click();
    await field(page, 'Полное наименование').fill('Музей истории города Зверево');
    await page.getByRole('combobox', { name: /^Направление/ }).click();
    await page.getByRole('option', { name: 'Культура' }).click();
    await page.getByRole('combobox', { name: 'Статус' }).click();
    await page.getByRole('option', { name: 'Действующий' }).click();
    await field(page, 'ИНН').fill('7707083893');
    await field(page, 'Руководитель (ФИО)').fill('Орлова Галина Сергеевна');
    await page.getByRole('button', { name: 'Добавить контактное лицо' }).click();
    await field(page, 'ФИО').fill('Белова Ирина');
    await field(page, 'Телефон').fill('+7 (86355) 4-11-22');
    await page.getByRole('button', { name: 'Добавить форму' }).click();
    await page.getByLabel('Форма 1', { exact: true }).fill('Экскурсии по экспозиции «Шахтёрский край»');
    await page.getByRole('button', { name: 'Добавить форму' }).click();
    await page.getByLabel('Форма 2', { exact: true }).fill('Передвижные выставки в школе');
    await page.getByRole('button', { name: 'Выше' }).nth(1).click();
    await page.getByRole('button', { name: 'Добавить эффект' }).click();
    await page.getByLabel('Эффект 1', { exact: true }).fill('Приобщение к истории родного края');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await page.getByRole('heading', { name: 'Музей истории города Зверево', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Формы и эффекты' }).click();
    expect(await page.getByLabel('Форма 1', { exact: true }).inputValue()).toBe('Передвижные выставки в школе');
    expect(await page.getByLabel('Форма 2', { exact: true }).inputValue()).toBe(
      'Экскурсии по экспозиции «Шахтёрский край»',
    );

    await page.getByRole('link', { name: '← Партнёры' }).click();
    await field(page, 'Поиск').fill('МУЗЕЙ ИСТОРИИ');
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 1 партнёр');
    expect(await page.locator('[data-partner-row]').first().innerText()).toContain('Музей истории города Зверево');
    await field(page, 'Поиск').fill('шахтёрский');
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 1 партнёр');
    await field(page, 'Поиск').fill('библиотека');
    await expect
      .poll(() => page.locator('[data-partner-row]').first().innerText())
      .toContain('МБУК «Центральная детская библиотека» г. Зверево');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('offers the head’s declined name to correct on the card, and keeps it with the power of attorney (1366×768)', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = partnerId(app.harness.core, 'ГИБДД');
    await page.goto(`${app.harness.url}#/partners/${id}/edit`);
    await field(page, 'Руководитель (ФИО)').fill('Гусь Павел');
    await field(page, 'Должность руководителя').fill('Начальник отделения');
    const check = page.getByTestId('name-genitive-check');
    await check.waitFor();
    expect(await check.innerText()).toContain('Склонение не проверено: «Гусь Павла»');
    await check.getByRole('button', { name: 'Исправить' }).click();
    await page.getByTestId('name-genitive').fill('Гуся Павла Андреевича');
    expect(await page.getByTestId('position-genitive').getAttribute('placeholder')).toBe('начальника отделения');
    await page.getByTestId('signer-basis').fill('доверенности');
    await field(page, 'Номер доверенности').fill('12');
    await field(page, 'Дата доверенности').fill('2026-09-01');
    await expect
      .poll(() => page.getByTestId('signer-phrase').innerText())
      .toBe(
        'В договорах и актах: «в лице начальника отделения Гуся Павла Андреевича, действующего на основании ' +
          'доверенности № 12 от 01.09.2026»',
      );
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Партнёр «ГИБДД» сохранён.').waitFor();
    await page.getByText('в лице начальника отделения Гуся Павла Андреевича', { exact: false }).waitFor();

    await page.goto(`${app.harness.url}#/partners/${id}/edit`);
    await page.getByTestId('name-genitive').waitFor();
    expect(await page.getByTestId('name-genitive').inputValue()).toBe('Гуся Павла Андреевича');
    expect(await field(page, 'Номер доверенности').inputValue()).toBe('12');
    const stored = await app.harness.core.dispatch('partners:get', { id });
    expect(stored).toMatchObject({
      ok: true,
      value: {
        headNameGenitive: 'Гуся Павла Андреевича',
        headPositionGenitive: '',
        headBasis: 'доверенности',
        headAttorneyNumber: '12',
        headAttorneyDate: '2026-09-01',
      },
    });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows Russian messages at invalid fields, warns of a duplicate, and saves nothing', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.goto(`${app.harness.url}#/partners/new`);
    await field(page, 'Полное наименование').fill('мбук "Центральная  детская библиотека" г. Зверево');
    await page.getByTestId('duplicates-warning').waitFor();
    expect(await page.getByTestId('duplicates-warning').innerText()).toContain('то же наименование');
    await field(page, 'Полное наименование').fill('');
    await field(page, 'ИНН').fill('123456789');
    await field(page, 'ОГРН или ОГРНИП').fill('1027700132196');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Выберите направление').waitFor();
    await page.getByRole('combobox', { name: /^Направление/ }).click();
    await page.getByRole('option', { name: 'Спорт' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Укажите полное наименование').waitFor();
    expect(await page.getByText('ИНН: 10 или 12 цифр').isVisible()).toBe(true);
    expect(await page.getByText('ОГРН (ОГРНИП): неверное контрольное число').isVisible()).toBe(true);
    expect(app.harness.core.db.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 11 });
    await app.close();
  });

  it('deletes an unreferenced partner after confirmation and undoes it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openPartners(page);
    await page.locator('[data-partner-row]').filter({ hasText: 'МЧС' }).click();
    await page.getByRole('button', { name: 'Удалить' }).click();
    await page.getByText('Удалить партнёра «МЧС» из реестра?').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
    await page.getByText('Партнёр удалён').waitFor();
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 10 партнёров');
    await page.getByRole('button', { name: 'Отменить' }).click();
    await page.getByRole('heading', { name: 'МЧС', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'История' }).click();
    expect(await page.getByTestId('stage-history').innerText()).toContain('Из программы социального партнёрства школы');
    expect(app.harness.core.db.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 11 });
    await app.close();
  });

  it('refuses to delete a partner an agreement refers to, names it, and offers the archive instead', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const gibddId = partnerId(app.harness.core, 'ГИБДД');
    const templates = await app.harness.core.dispatch('templates:list', {});
    const templateId = templates.ok ? (templates.value as { id: number }[])[0]?.id : 0;
    await app.harness.core.dispatch('agreements:createFromTemplate', { partnerId: gibddId, templateId });
    await page.goto(`${app.harness.url}#/partners/${gibddId}`);
    await page.getByRole('button', { name: 'Удалить' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).click();
    await page.getByText('Удалить нельзя').waitFor();
    expect(await page.getByText(/на него ссылаются договоры \(1\)/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Перевести в архив' }).click();
    await expect.poll(() => page.getByText('Бывший', { exact: true }).count()).toBeGreaterThan(0);
    expect(
      app.harness.core.db
        .prepare('SELECT status, reason FROM partner_status_overrides WHERE partner_id = ?')
        .get(gibddId),
    ).toEqual({ status: 'former', reason: 'переведён в архив' });
    await app.close();
  });

  it('keeps fewer than 200 rows in the page with 5,000 partners and still reaches the last one', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const db = app.harness.core.db;
    const base = blankPartnerFields(1);
    const stamp = new Date().toISOString();
    db.transaction(() => {
      for (let i = 1; i <= 5000; i++) {
        const name = `Организация № ${String(i).padStart(4, '0')}`;
        insertPartner(db, { ...base, fullName: name }, { createdAt: stamp, updatedAt: stamp });
      }
    })();
    await openPartners(page);
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 5011 партнёров');
    expect(await page.locator('[data-partner-row]').count()).toBeLessThan(200);
    await field(page, 'Поиск').fill('организация №');
    await expect.poll(() => page.getByTestId('partners-count').textContent()).toBe('Найдено: 5000 партнёров');
    await page.getByRole('button', { name: 'Сортировать: Наименование' }).click();
    await page.getByRole('button', { name: 'Сортировать: Наименование' }).click();
    await page.getByTestId('partners-table').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.locator('[data-partner-row]').last().innerText()).toContain('Организация № 0001');
    expect(await page.locator('[data-partner-row]').count()).toBeLessThan(200);
    await app.close();
  });

  it('prints «Модель взаимодействия» from Партнёры to PDF and Word with every active partner', async () => {
    const app = await openApp(browser());
    const { page } = app;
    app.harness.core.db
      .prepare(
        `INSERT INTO partner_status_overrides (partner_id, status, reason, set_on, recorded_at)
         SELECT id, 'former', 'Переведён в архив', '2026-11-20', '2026-11-20T10:00:00Z' FROM partners
         WHERE full_name = 'МЧС'`,
      )
      .run();
    await openPartners(page);
    await page.getByRole('button', { name: 'Модель взаимодействия' }).click();
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.frameLocator('iframe').getByText('Модель взаимодействия с социальными партнёрами').waitFor();

    const pdfText = flat(
      execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }),
    );
    const docx = await readDocx(readFileSync(await savedFile(page, 'Экспорт в Word')));
    const docxText = docx.paragraphs.join(' ').replace(/\s+/g, ' ');
    const active = programModel.partners.map((p) => p.name).filter((name) => name !== 'МЧС');
    for (const text of [pdfText, docxText]) {
      expect(text).toContain('Модель взаимодействия с социальными партнёрами');
      expect(text).toContain('2026/2027');
      for (const name of active) {
        // A long name may wrap inside its cell: its last word is enough to find it in the PDF's lines.
        expect(text, name).toContain(name.split(' ').at(-1));
      }
    }
    expect(docxText).toContain('ЦГБ, детская поликлиника г. Красный Сулин');
    expect(docxText).not.toContain('МЧС');
    await app.close();
  });
});
