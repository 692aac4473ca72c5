import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Survey } from '../../src-main/contract/surveys';
import { type AppSession, flat, useBrowser, openApp, savedFile } from './support';

const browser = useBrowser();

const TITLE = 'Удовлетворённость родителей сотрудничеством школы с социальными партнёрами';

async function storedSurvey(app: AppSession, id: number): Promise<Survey> {
  const answer = await app.harness.core.dispatch('surveys:get', { id });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Survey;
}

/** «Новое анкетирование» from the bundled questionnaire, out of 40 families, results as a tally. */
async function createSurvey(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Новое анкетирование' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('combobox', { name: 'Анкета' }).inputValue()).toBe(TITLE);
  await dialog.getByLabel('Количество семей').fill('40');
  await dialog.getByRole('button', { name: 'Создать' }).click();
  await page.getByRole('heading', { name: TITLE }).waitFor();
  return Number(new URL(page.url().replace('#', '')).searchParams.get('survey'));
}

async function fillTally(page: Page, question: number, counts: Record<string, number>) {
  for (const [option, count] of Object.entries(counts)) {
    await page.getByLabel(`Вопрос ${question}: ${option}`, { exact: true }).fill(String(count));
  }
}

describe('Анкетирование родителей', () => {
  it('prints the bundled questionnaire to PDF, takes a tally and shows the index with its band and counts', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByRole('link', { name: 'Анкетирование' }).click();
    await page.getByTestId('surveys-empty').waitFor();

    await page.getByRole('tab', { name: 'Анкеты и бланки' }).click();
    await expect.poll(() => page.getByLabel('Название анкеты').inputValue()).toBe(TITLE);
    const pdf = flat(execFileSync('pdftotext', [await savedFile(page, 'Сохранить PDF'), '-'], { encoding: 'utf8' }));
    expect(pdf).toContain('Анкета для родителей');
    expect(pdf).toContain(`«${TITLE}»`);
    expect(pdf).toContain('Уважаемые родители');
    expect(pdf).toContain('1. Получаете ли вы своевременно информацию о совместных мероприятиях');
    expect(pdf).toMatch(/☐ Да ☐ Не всегда ☐ Нет/);
    expect(pdf).toContain('10. Ваши предложения');
    expect(pdf).toContain('Спасибо за участие!');

    const id = await createSurvey(page);
    await page.getByLabel('Анкет вернулось').fill('31');
    await fillTally(page, 1, { Да: 22, 'Не всегда': 5, Нет: 4 });
    await fillTally(page, 2, { Да: 20 });
    await page.getByRole('button', { name: 'Сохранить результаты' }).first().click();

    const overall = page.getByTestId('overall-index');
    await overall.waitFor();
    // (22 + 2.5 + 20) / (31 + 20) = 0.87
    expect(flat(await overall.innerText())).toContain('0,87');
    expect(flat(await overall.innerText())).toContain('высокий');
    expect(flat(await overall.innerText())).toContain('31 анкета из 40 семей (77,5 %)');
    // Each question's index with the counts it comes from.
    expect(flat(await page.getByTestId('result-1').innerText())).toContain(
      '0,79 — высокий 31 ответ, из них „да“ 22, „не всегда“ 5, „нет“ 4',
    );
    expect(flat(await page.getByTestId('result-3').innerText())).toContain('нет данных');
    expect((await storedSurvey(app, id)).respondents).toBe(31);

    await page.getByRole('link', { name: 'Главная' }).click();
    const card = page.getByTestId('survey-card');
    await expect.poll(async () => flat(await card.innerText())).toContain('0,87 — высокий');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);

  it('shows the running sum above the forms returned, and refuses to save it with a Russian message naming the question', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByRole('link', { name: 'Анкетирование' }).click();
    const id = await createSurvey(page);
    await page.getByLabel('Анкет вернулось').fill('31');
    await fillTally(page, 2, { Да: 30, Иногда: 5 });
    expect(await page.getByTestId('tally-2').getByTestId('tally-sum').innerText()).toBe(
      'Ответов 35 — больше, чем анкет (31)',
    );
    await page.getByRole('button', { name: 'Сохранить результаты' }).first().click();
    const refusal = page.getByTestId('tally-refusal');
    await refusal.waitFor();
    expect(flat(await refusal.innerText())).toBe(
      'Вопрос 2 «Проявляет ли ваш ребёнок интерес к мероприятиям, которые проводятся вместе с социальными ' +
        'партнёрами?»: ответов 35, а анкет вернулось 31. Ответов на вопрос не может быть больше, чем анкет: ' +
        'проверьте числа. Проверьте 1 поле: оно отмечено красным.',
    );
    const stored = await storedSurvey(app, id);
    expect(stored.respondents).toBe(0);
    expect(stored.questions.flatMap((q) => q.options.map((o) => o.tally)).every((t) => t === 0)).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
