import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support';

const browser = useBrowser();

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByLabel('Полное наименование').waitFor();
}

/** A field by its visible label; a required field's label ends with an asterisk. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

describe('Настройки', () => {
  it('saves the school profile and shows it again after a reload', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openSettings(page);
    await field(page, 'ФИО директора').fill('Иванова Мария Петровна');
    await field(page, 'ИНН').fill('7707083893');
    await field(page, 'КПП').fill('773601001');
    await field(page, 'ОГРН').fill('1027700132195');
    await field(page, 'Электронная почта').fill('school@example.ru');
    // The enrolment, families and teachers are the facts of each year, entered with its classes, not here.
    expect(await page.getByTestId('contingent-moved').innerText()).toContain('Кружки → «Классы и численность»');
    expect(await page.getByLabel('Количество семей').count()).toBe(0);
    await field(page, 'Краткое наименование').fill('МБОУ Первомайская СОШ № 1');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await page.getByText('Сведения о школе сохранены.').waitFor();
    await expect.poll(() => page.getByTestId('school-short-name').textContent()).toBe('МБОУ Первомайская СОШ № 1');

    await page.reload();
    await page.getByLabel('Полное наименование').waitFor();
    expect(await field(page, 'ФИО директора').inputValue()).toBe('Иванова Мария Петровна');
    expect(await field(page, 'ИНН').inputValue()).toBe('7707083893');
    expect(await field(page, 'Краткое наименование').inputValue()).toBe('МБОУ Первомайская СОШ № 1');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows a Russian message at each invalid field and changes nothing', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const stored = async () => {
      const answer = await app.harness.core.dispatch('settings:get', {});
      return answer.ok ? answer.value : null;
    };
    const before = await stored();
    await openSettings(page);
    await field(page, 'Полное наименование').fill('');
    await field(page, 'ИНН').fill('770708389');
    await field(page, 'ФИО директора').fill('Петров П. П.');
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();

    await page.getByText('Укажите полное наименование школы').waitFor();
    expect(await page.getByText('ИНН организации: 10 цифр').isVisible()).toBe(true);
    expect(await page.getByText('Проверьте 2 поля: они отмечены красным.').isVisible()).toBe(true);
    expect(await field(page, 'ИНН').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual(before);

    await page.reload();
    await page.getByLabel('Полное наименование').waitFor();
    expect(await field(page, 'ФИО директора').inputValue()).toBe('');
    expect(await field(page, 'Полное наименование').inputValue()).not.toBe('');
    await app.close();
  });

  it('asks before leaving the screen with unsaved changes', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openSettings(page);
    await field(page, 'Телефон').fill('+7 (86367) 5-12-34');
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.getByText('Изменения не сохранены. Уйти со страницы и потерять их?').waitFor();
    await page.getByRole('button', { name: 'Остаться' }).click();
    expect(await field(page, 'Телефон').inputValue()).toBe('+7 (86367) 5-12-34');
    await page.getByRole('link', { name: 'Партнёры' }).click();
    await page.getByRole('button', { name: 'Уйти без сохранения' }).click();
    await page.getByRole('heading', { name: 'Партнёры' }).waitFor();
    await app.close();
  });

  it('saves the numbering of agreements and refuses a pattern without {№}', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await openSettings(page);
    await field(page, 'Шаблон номера договора').fill('Д-{год}');
    await field(page, 'Предупреждать об окончании за (дней)').fill('30');
    await page.getByRole('button', { name: 'Сохранить настройки договоров' }).click();
    await page.getByText(/Шаблон номера должен один раз содержать \{№\}/).waitFor();
    await field(page, 'Шаблон номера договора').fill('Д-{год}/{№}');
    await page.getByRole('button', { name: 'Сохранить настройки договоров' }).click();
    await page.getByText('Настройки договоров сохранены.').waitFor();
    const next = await app.harness.core.dispatch('agreements:nextNumber', { signedOn: '2027-02-01' });
    expect(next).toEqual({ ok: true, value: { number: 'Д-2027/1' } });
    const settings = await app.harness.core.dispatch('settings:get', {});
    expect(settings).toMatchObject({ ok: true, value: { agreements: { warningDays: 30 } } });
    await app.close();
  });

  it('offers the director’s declined name to correct, keeps the correction, the basis and the deputy (1366×768)', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSettings(page);
    await field(page, 'ФИО директора').fill('Иванова Мария Петровна');
    await expect
      .poll(() => page.getByTestId('signer-phrase').innerText())
      .toBe('В договорах и актах: «в лице директора Ивановой Марии Петровны, действующей на основании Устава»');
    expect(await page.getByTestId('name-genitive-check').count()).toBe(0);

    // A name the rule is not sure of: the declined form is offered to correct.
    await field(page, 'ФИО директора').fill('Ли Светлана');
    const check = page.getByTestId('name-genitive-check');
    await check.waitFor();
    expect(await check.innerText()).toContain('Склонение не проверено: «Ли Светланы»');
    await check.getByRole('button', { name: 'Исправить' }).click();
    expect(await page.getByTestId('name-genitive').inputValue()).toBe('Ли Светланы');
    await page.getByTestId('name-genitive').fill('Ли Светланы Викторовны');
    await page.getByTestId('signer-basis').fill('доверенности');
    await field(page, 'Номер доверенности').fill('3-д');
    await field(page, 'Дата доверенности').fill('2026-08-25');
    await field(page, 'ФИО заместителя директора').fill('Смирнова Ольга Николаевна');
    await field(page, 'Должность заместителя').fill('Заместитель директора по воспитательной работе');
    await expect
      .poll(() => page.getByTestId('signer-phrase').innerText())
      .toBe(
        'В договорах и актах: «в лице директора Ли Светланы Викторовны, действующей на основании доверенности ' +
          '№ 3-д от 25.08.2026»',
      );
    await page.getByRole('button', { name: 'Сохранить сведения о школе' }).click();
    await page.getByText('Сведения о школе сохранены.').waitFor();

    await page.reload();
    await page.getByLabel('Полное наименование').waitFor();
    expect(await page.getByTestId('name-genitive').inputValue()).toBe('Ли Светланы Викторовны');
    expect(await field(page, 'Номер доверенности').inputValue()).toBe('3-д');
    const settings = await app.harness.core.dispatch('settings:get', {});
    expect(settings).toMatchObject({
      ok: true,
      value: {
        school: {
          directorNameGenitive: 'Ли Светланы Викторовны',
          directorBasis: 'доверенности',
          directorAttorneyNumber: '3-д',
          directorAttorneyDate: '2026-08-25',
          deputyName: 'Смирнова Ольга Николаевна',
          deputyPosition: 'Заместитель директора по воспитательной работе',
        },
      },
    });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('saves the pattern of the acts’ numbers and refuses one without {№} (1366×768)', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSettings(page);
    expect(await field(page, 'Шаблон номера акта').inputValue()).toBe('А-{год}-{№}');
    await field(page, 'Шаблон номера акта').fill('АКТ-{год}');
    await page.getByRole('button', { name: 'Сохранить настройки договоров' }).click();
    await page
      .getByText(/Шаблон номера должен один раз содержать \{№\} — порядковый номер; \{год\} — год акта/)
      .waitFor();
    await field(page, 'Шаблон номера акта').fill('{№}/{год}');
    await page.getByRole('button', { name: 'Сохранить настройки договоров' }).click();
    await page.getByText('Настройки договоров сохранены.').waitFor();
    const settings = await app.harness.core.dispatch('settings:get', {});
    expect(settings).toMatchObject({ ok: true, value: { agreements: { actNumberPattern: '{№}/{год}' } } });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
