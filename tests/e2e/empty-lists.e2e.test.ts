import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call } from '../kit';
import { LAPTOP_SCREEN, useBrowser, openApp } from './support';

const browser = useBrowser();

interface EmptyPlace {
  route: string;
  tab?: string;
  /** The words of the next step its empty state must name: a button's label, or the place records come from. */
  words: string[];
}

/** Every list of the app on a store with nothing of the office's in it, and what each says to do next. */
const PLACES: EmptyPlace[] = [
  { route: '/', words: ['На этой неделе мероприятий нет', '«Календарь»', '«План»'] },
  { route: '/partners', words: ['Партнёров пока нет', '«Добавить партнёра»', '«Импорт»'] },
  { route: '/agreements', words: ['Договоров не найдено', '«Новый договор»'] },
  { route: '/calendar', words: ['мероприятий нет', '«Новое мероприятие»'] },
  { route: '/loans', words: ['Пока ничего не записано', '«Записать получение»'] },
  { route: '/clubs', words: ['Кружков', 'пока нет', '«Классы и численность»', '«Добавить кружок»'] },
  { route: '/staff', tab: 'Педагоги', words: ['Педагогов пока нет', '«Добавить педагога»'] },
  // No teachers yet: the records wait for them, and the list says where to add them.
  { route: '/staff', tab: 'Мероприятия', words: ['сначала добавьте педагогов', 'Перейти к списку педагогов'] },
  { route: '/staff', tab: 'Итоги года', words: ['итогов пока нет', 'Добавьте записи'] },
  {
    route: '/surveys',
    tab: 'Анкетирования года',
    words: ['анкетирований родителей ещё не было', '«Новое анкетирование»'],
  },
  { route: '/acquisitions', words: ['пока нет позиций', '«Добавить позицию»'] },
  { route: '/analysis', tab: 'Партнёры', words: ['с партнёрами ничего не было', '«Договоры»', '«Календарь»'] },
];

async function emptyStateAt(page: Page, place: EmptyPlace): Promise<string> {
  await page.goto(`${new URL(page.url()).origin}/#${place.route}`);
  await page.locator(`main[data-screen="${place.route}"]`).waitFor();
  if (place.tab) await page.getByRole('tab', { name: place.tab, exact: true }).click();
  // Every one of them in the app's one frame for an empty list.
  const said = page.locator('main [data-empty-list]');
  await said.first().waitFor();
  return (await said.first().innerText()).replace(/\s+/g, ' ');
}

describe('empty lists', () => {
  it('say on every screen and tab what to do next, naming the button or the place', async () => {
    const app = await openApp(browser(), { viewport: LAPTOP_SCREEN });
    const { page } = app;
    // The store starts with the programme's partners: the office's own list is emptied first.
    for (const partner of await call(app.harness.core, 'partners:list', {})) {
      await call(app.harness.core, 'partners:delete', { id: partner.id });
    }
    await page.reload();
    const shots = join(tmpdir(), 'sodruzhestvo-screenshots');
    mkdirSync(shots, { recursive: true });
    const missing: string[] = [];
    for (const place of PLACES) {
      const text = await emptyStateAt(page, place);
      const name = `${place.route.slice(1) || 'home'}${place.tab ? `-${place.tab}` : ''}`.replace(/\s+/g, '-');
      await page.screenshot({ path: join(shots, `empty-${name}-1366x768.png`) });
      for (const word of place.words) {
        if (!text.includes(word)) missing.push(`${place.route} ${place.tab ?? ''}: «${word}» not in «${text}»`);
      }
    }
    expect(missing).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
