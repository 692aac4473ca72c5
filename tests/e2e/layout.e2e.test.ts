import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { blankPartnerFields } from '../../src-main/contract/partners';
import { blankPlanItemFields } from '../../src-main/contract/plans';
import { ownTextAgainstCard } from '../fixtures/agreement-own-text';
import {
  buildLongNames,
  LONG_EVENT_TITLE,
  LONG_FORM_TEXT,
  LONG_HELD_TITLE,
  LONG_PARTNER_NAME,
  LONG_SERIES_TITLE,
  LONG_SURVEY_TITLE,
  LONG_TEACHER_NAME,
  LONG_TEMPLATE_NAME,
  type LongNames,
} from '../fixtures/long-names';
import { buildReviewScenario, SCENARIO_YEAR } from '../fixtures/review-scenario';
import { call } from '../kit/channels';
import { layoutProblems } from './layout-check';
import { fillTime, openApp, requestsInFlight, useBrowser, type AppSession } from './support';

const browser = useBrowser();

/**
 * A dialog a screen opens: by one of its buttons (the button's name), or by steps of its own. `depth` is how many
 * dialogs are open once it shows (a confirmation over a dialog: 2); `menu` says it is a menu that shows, not a dialog;
 * `stages` are what the dialog shows next (a wizard's steps, a tab), each measured in turn.
 */
type Opener = string | RegExp | Steps;

interface Steps {
  name: string;
  open(page: Page): Promise<void>;
  depth?: number;
  menu?: boolean;
  stages?: Stage[];
}

interface Stage {
  name: string;
  go(page: Page): Promise<void>;
}

interface Stop {
  route: string;
  /** The screen's tab to open first, when the dialog's button is on it. */
  tab?: string;
  dialogs?: Opener[];
}

const LONG_TITLE = new RegExp(LONG_EVENT_TITLE.slice(0, 40).replace(/[«»]/g, '.'));
const LONG_PARTNER = new RegExp(LONG_PARTNER_NAME.slice(0, 40));
const LONG_CLUB = /^Изменить: Кружок технического творчества/;

const main = (page: Page): Locator => page.locator('.mantine-AppShell-main');
const dialogs = (page: Page): Locator => page.locator('.mantine-Modal-content, .mantine-Drawer-content');
const menus = (page: Page): Locator => page.locator('.mantine-Menu-dropdown');
const topDialog = (page: Page): Locator => dialogs(page).last();
const nameOf = (opener: Opener) => (typeof opener === 'object' && 'open' in opener ? opener.name : String(opener));
const depthOf = (opener: Opener) => (typeof opener === 'object' && 'open' in opener ? (opener.depth ?? 1) : 1);

/** A row's menu («…», «Ещё: …», «Действия: …») opened by its name, then one of its items. */
function fromRowMenu(menu: string | RegExp, item: string | RegExp): Opener {
  return {
    name: `${String(menu)} → ${String(item)}`,
    open: async (page) => {
      await main(page).getByRole('button', { name: menu }).first().click();
      await page.getByRole('menuitem', { name: item }).click();
    },
  };
}

/** A menu of the screen's, opened and measured as it shows. */
function menuOf(button: string | RegExp, scope: 'main' | 'dialog' = 'main'): Opener {
  return {
    name: `the menu «${String(button)}»`,
    menu: true,
    open: async (page) => {
      await (scope === 'main' ? main(page) : topDialog(page)).getByRole('button', { name: button }).first().click();
    },
  };
}

/** A dialog, then one of its buttons that opens another over it (a confirmation, a question). */
function over(first: Opener, button: string | RegExp): Opener {
  return {
    name: `${nameOf(first)} → «${String(button)}»`,
    depth: depthOf(first) + 1,
    open: async (page) => {
      await openDialog(page, first);
      await topDialog(page).getByRole('button', { name: button }).first().click();
    },
  };
}

/** A dialog whose field is changed, then closed by Esc: the unsaved-changes guard asks over it. */
function unsaved(first: Opener, field: string | RegExp): Opener {
  return {
    name: `${nameOf(first)} → changed, Esc`,
    depth: depthOf(first) + 1,
    open: async (page) => {
      await openDialog(page, first);
      await topDialog(page).getByRole('textbox', { name: field }).first().fill(LONG_FORM_TEXT);
      await page.keyboard.press('Escape');
    },
  };
}

/** A screen's form changed, then left by the side menu: the guard asks whether to leave. */
function leaving(field: string | RegExp): Opener {
  return {
    name: `changed «${String(field)}», then «Главная»`,
    open: async (page) => {
      await main(page).getByRole('textbox', { name: field }).first().fill(LONG_FORM_TEXT);
      await page.locator('.mantine-AppShell-navbar').getByRole('link', { name: 'Главная' }).click();
    },
  };
}

const step = (name: string, open: (page: Page) => Promise<unknown>, depth = 1): Steps => ({
  name,
  depth,
  open: async (page) => void (await open(page)),
});

/** The import wizard given a CSV of long names, then each of its steps: mapping, preview, and the result. */
const IMPORT_WIZARD: Opener = {
  name: 'Импорт with a file',
  open: async (page) => {
    await main(page).getByRole('button', { name: 'Импорт', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Импорт партнёров из файла' });
    await wizard.locator('input[type="file"]').setInputFiles(LONG_NAMES_CSV);
    // The file is read in a worker thread: slow on a loaded machine.
    await wizard.getByTestId('import-file-summary').waitFor({ timeout: 30_000 });
  },
  stages: ['Далее', 'Далее', 'Загрузить'].map((button, i) => ({
    name: ['the columns', 'the preview', 'the result'][i] ?? button,
    go: async (page) => {
      const next = topDialog(page).getByRole('button', { name: button });
      await expect.poll(() => next.isEnabled()).toBe(true);
      await next.click();
    },
  })),
};

/** A tab of the dialog on top. */
const tabOfDialog = (tab: string | RegExp): Stage => ({
  name: `[${String(tab)}]`,
  go: (page) => topDialog(page).getByRole('tab', { name: tab }).click(),
});

/** Partners as an office keeps them in Excel, named in full (a CSV in UTF-8, «;»). */
const LONG_NAMES_CSV = {
  name: 'Социальные партнёры школы на 2026–2027 учебный год (выгрузка из реестра муниципалитета).csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Полное наименование организации-партнёра по договору;Направление сотрудничества;ИНН;Статус;Контактное лицо',
      `${LONG_PARTNER_NAME.slice(0, 150)} — филиал;Профориентация и профессиональное обучение;7736207543;Действующий;Константинопольская Виктория Александровна`,
      `Муниципальное бюджетное учреждение культуры «Межпоселенческая центральная библиотека Красносулинского района»;Культура;;Потенциальный;`,
    ].join('\r\n'),
  ),
};

/**
 * Every route, and on it every dialog, confirmation, guard and menu the office can open (the tabs are visited one by
 * one, whatever they are). Found by a search of src-renderer/src for `<Modal`, `<Drawer`, `modals.open`,
 * `openConfirmModal`, `confirmAction`/`confirmDelete`, `ask(`, `useRecordDialog` and `<Menu`. Those marked * show
 * only after a history: the second sweep builds it (`buildHistories`) and opens them over it (`historyStops`):
 *
 * | Screen            | Dialogs opened (how)                                                                          |
 * | ----------------- | --------------------------------------------------------------------------------------------- |
 * | Главная           | EventDialog (week card), reschedule and cancel (status-actions)                               |
 * | Партнёры          | import wizard: file, columns, preview, result (a CSV of long names); model of interaction     |
 * | Новый партнёр     | new category (CategorySelect); the leave-unsaved guard (side menu)                            |
 * | Карточка партнёра | status, stage, «В архив», delete; new agreement (Договоры); a loan (Ресурсы); the undo        |
 * |                   | notice; *«Удалить нельзя» (PartnerActions): a delete the store refuses, the partner having an |
 * |                   | agreement                                                                                     |
 * | Договоры          | new agreement; templates: field menu, delete a template                                       |
 * | Карточка договора | terminate, delete, preview; amendment new (+ *guard) / edit / delete; delete a scan; *«Текст  |
 * |                   | договора расходится с карточкой» (TextCheck): «Сохранить PDF» of an agreement whose own text  |
 * |                   | says another term than its card                                                               |
 * | Договор: правка   | field menu; the leave-unsaved guard; *«Вернуть текст шаблона» of that agreement               |
 * | План              | approval; item new (+ guard) / edit / «Удалить из плана»; generate events (button, row menu); |
 * |                   | row menu: edit, generate, delete (and the question of an item's events); *«Мероприятие        |
 * |                   | изменено в календаре вручную» (item-calendar): an item's new time saved over its event moved  |
 * |                   | on the calendar; *«Серия попадает на каникулы» (holidays-offer): a weekly series of an item   |
 * |                   | made over the holidays of Настройки                                                           |
 * | Календарь         | new event (+ guard); the .ics menu; an event, its tabs, reschedule, cancel, delete, guard; a  |
 * |                   | held event's outcome; deleting one of a series (one or all)                                   |
 * | Ресурсы партнёров | new loan (+ guard); return; row menu: edit (+ its delete), delete, act, change/undo a return  |
 * | Кружки            | new, edit (+ «Удалить кружок», + guard), delete; *«Заполнить по …?» (ClassesCard): a year     |
 * |                   | with classes whose year before has classes too                                                |
 * | Педагоги          | new; row menu: history drawer, edit (+ guard), delete; records: new, edit (+ its delete)      |
 * | Анкетирование     | new run; a template's preview, delete a copy, *leaving a changed one (survey-actions); a run: |
 * |                   | results, blank, details, delete, a form new (+ guard), edit, delete                           |
 * | Приобретение      | approval; item new / edit (+ guard) / acquired; row menu: edit, delete                        |
 * | Анализ            | targets, approval, an indicator's members; a partner's figure members, carrying out a         |
 * |                   | decision; *reopening the year's review (reopen.ts), approved and changed since                |
 * | Настройки         | restore a backup; *«Загрузить архив?» (ArchiveCard: it asks before the file picker);          |
 * |                   | *«Отменить восстановление» (BackupsCard), after a restore                                     |
 *
 * Partners' and agreements' tables have no row menus (a row opens its card); classes and the year's counts are edited
 * in place. Every dialog the search found is opened.
 */
function stops(ids: LongNames & { tallyId: number }): Stop[] {
  const event = (title: RegExp) =>
    step(`the event ${String(title)}`, (page) => page.locator('.sod-event', { hasText: title }).first().click());
  const today = event(LONG_TITLE);
  const todayWithTabs = { ...today, name: 'the event, its tabs', stages: [tabOfDialog('История')] };
  // Yesterday's event: on the first of a month that starts on a Monday, it is a month back.
  const heldTitle = new RegExp(LONG_HELD_TITLE.slice(0, 30));
  const held = step('the held event', async (page) => {
    const shown = page.locator('.sod-event', { hasText: heldTitle });
    if ((await shown.count()) === 0) await main(page).getByRole('button', { name: 'Назад' }).click();
    await shown.first().click();
  });
  const series = event(new RegExp(LONG_SERIES_TITLE.slice(0, 30)));
  const amendments = (page: Page) => page.getByRole('tabpanel', { name: /^Дополнительные соглашения/ });
  return [
    {
      route: '',
      dialogs: [
        step('the event of the week', (page) => main(page).getByRole('button', { name: LONG_TITLE }).first().click()),
        /^Перенести: Открытый урок/,
        /^Отменить: Открытый урок/,
      ],
    },
    {
      route: 'partners',
      dialogs: ['Импорт', IMPORT_WIZARD, 'Модель взаимодействия'],
    },
    { route: 'partners/new', dialogs: ['Добавить направление', leaving('Полное наименование')] },
    { route: `partners/${ids.partnerId}`, dialogs: ['Статус', 'Этап', 'В архив', 'Удалить'] },
    { route: `partners/${ids.partnerId}`, tab: 'Договоры', dialogs: ['Новый договор'] },
    { route: `partners/${ids.partnerId}`, tab: 'Ресурсы', dialogs: ['Записать получение'] },
    { route: `partners/${ids.partnerId}/edit`, dialogs: [leaving('Полное наименование')] },
    { route: 'agreements', dialogs: ['Новый договор'] },
    {
      route: 'agreements/templates',
      dialogs: [
        menuOf('Вставить поле'),
        step('delete a template', async (page) => {
          await main(page).locator('.mantine-NavLink-root', { hasText: LONG_TEMPLATE_NAME }).click();
          await main(page).getByLabel(`Удалить шаблон ${LONG_TEMPLATE_NAME}`).click();
        }),
      ],
    },
    { route: `agreements/${ids.agreementId}`, dialogs: ['Расторгнуть', 'Удалить', 'Предпросмотр'] },
    {
      route: `agreements/${ids.agreementId}`,
      tab: 'Дополнительные соглашения (1)',
      dialogs: [
        'Добавить дополнительное соглашение',
        step('edit an amendment', (page) => amendments(page).getByRole('button', { name: 'Изменить' }).click()),
        step('delete an amendment', (page) => amendments(page).getByRole('button', { name: 'Удалить' }).click()),
      ],
    },
    {
      route: `agreements/${ids.agreementId}`,
      tab: 'Сканы (1)',
      dialogs: [
        step('delete a scan', (page) =>
          main(page)
            .getByRole('button', { name: /^Удалить Скан_договора/ })
            .click(),
        ),
      ],
    },
    {
      route: `agreements/${ids.agreementId}/edit`,
      dialogs: [menuOf('Вставить поле'), leaving('Номер')],
    },
    {
      route: 'plan',
      dialogs: [
        'Утверждение',
        'Добавить мероприятие',
        unsaved('Добавить мероприятие', 'Мероприятие'),
        /^Изменить: Открытый урок/,
        over(/^Изменить: Открытый урок/, 'Удалить из плана'),
        /^Создать мероприятия: Открытый урок/,
        fromRowMenu(/^Ещё: Открытый урок/, 'Изменить'),
        fromRowMenu(/^Ещё: Открытый урок/, 'Создать мероприятия'),
        fromRowMenu(/^Ещё: Открытый урок/, 'Удалить'),
        fromRowMenu('Ещё: Библиотечный урок', 'Удалить'),
      ],
    },
    {
      route: 'calendar',
      dialogs: [
        'Новое мероприятие',
        unsaved('Новое мероприятие', 'Название'),
        menuOf('Экспорт в календарь (.ics)'),
        todayWithTabs,
        over(today, 'Перенести…'),
        over(today, 'Отменить…'),
        over(today, 'Удалить'),
        unsaved(today, 'Название'),
        { ...held, stages: [tabOfDialog(/^Итоги/), tabOfDialog('История')] },
        over(series, 'Удалить'),
      ],
    },
    {
      route: 'loans',
      dialogs: [
        'Записать получение',
        unsaved('Записать получение', 'Ответственный в школе'),
        /^Отметить возврат: Макет/,
        fromRowMenu(/^Действия: Макет/, 'Изменить'),
        over(fromRowMenu(/^Действия: Макет/, 'Изменить'), 'Удалить запись'),
        fromRowMenu(/^Действия: Макет/, 'Удалить'),
        fromRowMenu(/^Действия: Макет/, 'Акт приёма-передачи'),
        fromRowMenu('Действия: Баян', 'Изменить возврат'),
        fromRowMenu('Действия: Баян', 'Отменить возврат'),
      ],
    },
    {
      route: 'clubs',
      dialogs: [
        'Добавить кружок',
        LONG_CLUB,
        over(LONG_CLUB, 'Удалить кружок'),
        unsaved(LONG_CLUB, 'Педагог'),
        /^Удалить: Кружок технического творчества/,
      ],
    },
    {
      route: 'staff',
      dialogs: [
        'Добавить педагога',
        fromRowMenu(`Действия: ${LONG_TEACHER_NAME}`, 'История повышения квалификации'),
        fromRowMenu(`Действия: ${LONG_TEACHER_NAME}`, 'Изменить'),
        unsaved(fromRowMenu(`Действия: ${LONG_TEACHER_NAME}`, 'Изменить'), 'Должность'),
        fromRowMenu(`Действия: ${LONG_TEACHER_NAME}`, 'Удалить'),
      ],
    },
    {
      route: 'staff',
      tab: 'Мероприятия',
      dialogs: [
        'Добавить запись',
        step('a record', (page) => main(page).locator('[data-record-row]').first().click()),
        over(
          step('a record', (page) => main(page).locator('[data-record-row]').first().click()),
          'Удалить запись',
        ),
      ],
    },
    { route: 'surveys', dialogs: ['Новое анкетирование'] },
    {
      route: 'surveys',
      tab: 'Анкеты и бланки',
      dialogs: [
        'Предпросмотр',
        step('delete the office’s own questionnaire', async (page) => {
          await main(page).locator('.mantine-NavLink-root', { hasText: '(копия)' }).click();
          await main(page).getByRole('button', { name: 'Удалить', exact: true }).click();
        }),
      ],
    },
    { route: `surveys?survey=${ids.tallyId}`, dialogs: ['Результаты для печати', 'Изменить', 'Удалить'] },
    {
      route: `surveys?survey=${ids.surveyId}`,
      dialogs: [
        'Бланк анкеты',
        'Изменить',
        'Удалить',
        'Добавить анкету',
        unsaved('Добавить анкету', /./),
        'Изменить анкету № 1',
        'Удалить анкету № 1',
      ],
    },
    {
      route: 'acquisitions',
      dialogs: [
        'Утверждение',
        'Добавить позицию',
        /^Изменить: Интерактивная панель/,
        unsaved(/^Изменить: Интерактивная панель/, 'Наименование'),
        /^Приобретено: Интерактивная панель/,
        fromRowMenu(/^Ещё: Интерактивная панель/, 'Изменить'),
        fromRowMenu(/^Ещё: Интерактивная панель/, 'Удалить'),
      ],
    },
    {
      route: 'analysis',
      dialogs: [
        'Цели на год',
        'Утвердить',
        step('what makes up an indicator', (page) => page.locator('[data-indicator="planFulfilment"]').click()),
      ],
    },
    {
      route: 'analysis',
      tab: 'Партнёры',
      dialogs: [
        step('who counts in a partner’s figure', (page) =>
          main(page)
            .getByRole('button', { name: new RegExp(`^Охват — ${LONG_PARTNER.source}`) })
            .click(),
        ),
        step('carrying out a partner’s decision', (page) =>
          main(page)
            .getByRole('form', { name: new RegExp(`^Решение: ${LONG_PARTNER.source}`) })
            .getByRole('button', { name: 'Выполнить решение' })
            .click(),
        ),
      ],
    },
    { route: 'settings', dialogs: [/^Восстановить копию от /] },
  ];
}

/** The scenario year's plan item with a day and a time, put on the calendar as it is saved. */
const DATED_ITEM = { date: '2026-03-10', title: LONG_SERIES_TITLE } as const;
const DATED_ITEM_ROW = new RegExp(`: ${DATED_ITEM.title.slice(0, 30)}`);

interface Histories {
  /** An agreement of the long-named partner whose own text says another term than its card. */
  ownTextId: number;
}

/**
 * What the states of the second sweep need, built over the long names in the scenario's year: its review approved
 * and changed since; classes in the year before it; the plan item of `DATED_ITEM`, its event moved on the calendar by
 * hand, with holidays over the weeks after it; an agreement's own text against its card; and, last, a restore of a
 * copy of all that (the data stay as they are, and the restore can be undone).
 */
async function buildHistories(core: AppCore, ids: LongNames): Promise<Histories> {
  await call(core, 'reviews:approve', {
    year: SCENARIO_YEAR,
    approvedBy: 'Директор Константинопольская В. А.',
    date: localIsoDate(new Date()),
    number: '01-12/7',
  });
  await call(core, 'classes:save', { year: '2024/2025', classes: [{ name: '8А', pupils: 25 }] });
  await call(core, 'planItems:create', {
    year: SCENARIO_YEAR,
    fields: {
      ...blankPlanItemFields(DATED_ITEM.date.slice(0, 7), [ids.partnerId]),
      title: DATED_ITEM.title,
      timing: 'exact',
      dateFrom: DATED_ITEM.date,
      timeFrom: '10:00',
      timeTo: '11:00',
    },
  });
  const placed = await call(core, 'events:range', { from: DATED_ITEM.date, to: DATED_ITEM.date });
  const event = placed.find((o) => o.title === DATED_ITEM.title);
  if (!event) throw new Error('the dated plan item is not on the calendar');
  await call(core, 'events:move', {
    id: event.eventId,
    start: `${DATED_ITEM.date}T09:00`,
    end: `${DATED_ITEM.date}T10:00`,
  });
  // A weekly series from the item's Tuesday falls on 24 and 31 March.
  await call(core, 'settings:saveCalendar', {
    holidays: [{ name: 'Весенние каникулы', from: '2026-03-23', to: '2026-03-31' }],
  });
  const ownTextId = await ownTextAgainstCard(core, ids.partnerId);
  const copy = await call(core, 'backups:create', {});
  await call(core, 'backups:restore', { name: copy.name });
  return { ownTextId };
}

/** The states `buildHistories` leads to, each opened through the screens as the office would reach it. */
function historyStops(ids: LongNames, { ownTextId }: Histories): Stop[] {
  const asked = (name: string, open: (page: Page) => Promise<unknown>, shows: string | RegExp, depth = 1) =>
    step(
      name,
      async (page) => {
        await open(page);
        await page.getByRole('dialog', { name: shows }).waitFor();
      },
      depth,
    );
  return [
    {
      // The partner's card with its year's review approved: stage 4, «Подведение итогов».
      route: `partners/${ids.partnerId}`,
      dialogs: [
        asked(
          'a delete the store refuses',
          async (page) => {
            await main(page).getByRole('button', { name: 'Удалить', exact: true }).click();
            await topDialog(page).getByRole('button', { name: 'Удалить', exact: true }).click();
          },
          'Удалить нельзя',
        ),
      ],
    },
    {
      route: `agreements/${ids.agreementId}`,
      tab: 'Дополнительные соглашения (1)',
      dialogs: [unsaved('Добавить дополнительное соглашение', /^Текст дополнительного соглашения/)],
    },
    { route: `agreements/${ownTextId}`, dialogs: ['Сохранить PDF'] },
    { route: `agreements/${ownTextId}/edit`, dialogs: ['Вернуть текст шаблона'] },
    {
      route: 'plan',
      dialogs: [
        asked(
          'an item’s new time saved over its event moved by hand',
          async (page) => {
            await main(page)
              .getByRole('button', { name: new RegExp(`^Изменить${DATED_ITEM_ROW.source}`) })
              .click();
            const item = page.getByRole('dialog', { name: 'Мероприятие плана' });
            await fillTime(item, 'Время начала', '12:00');
            await fillTime(item, 'Время окончания', '13:00');
            await item.getByRole('button', { name: 'Сохранить', exact: true }).click();
          },
          'Мероприятие изменено в календаре вручную',
          2,
        ),
        asked(
          'a weekly series of the item made over the holidays',
          async (page) => {
            await main(page)
              .getByRole('button', { name: new RegExp(`^Создать мероприятия${DATED_ITEM_ROW.source}`) })
              .click();
            const generate = page.getByRole('dialog', { name: 'Создать мероприятия в календаре' });
            await generate.locator('label', { hasText: /^Каждую неделю$/ }).click();
            await generate.getByRole('button', { name: 'Создать серию' }).click();
          },
          'Серия попадает на каникулы',
        ),
      ],
    },
    { route: 'clubs', dialogs: ['Заполнить по прошлому году с переводом'] },
    {
      route: 'surveys',
      tab: 'Анкеты и бланки',
      dialogs: [
        asked(
          'a questionnaire changed, then another chosen',
          async (page) => {
            const templates = main(page).locator('.mantine-NavLink-root');
            await templates.filter({ hasText: '(копия)' }).click();
            await main(page).getByRole('textbox', { name: 'Название анкеты' }).fill(LONG_SURVEY_TITLE);
            await templates.filter({ hasNotText: '(копия)' }).first().click();
          },
          'Несохранённые изменения',
        ),
      ],
    },
    { route: 'analysis', dialogs: ['Открыть для изменений'] },
    { route: 'settings', dialogs: ['Загрузить архив…', 'Отменить восстановление'] },
  ];
}

async function settled(page: Page) {
  await expect.poll(() => requestsInFlight(page), { interval: 25 }).toBe(0);
  // A button spins while its save waits on a question (a plan item's, over events changed by hand): its request is
  // answered, and the question is what shows.
  await expect
    .poll(() => page.locator('.mantine-Loader-root:not(.mantine-Button-loader *)').count(), { interval: 25 })
    .toBe(0);
  // What the answers change is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function openRoute(app: AppSession, route: string) {
  await app.page.goto(`${app.harness.url}#/${route}`);
  // The screen is lazy: the one before stays until its code has loaded and the router has moved to it.
  const screen = app.page.locator(`.mantine-AppShell-main[data-screen="/${route.split('?')[0]}"]`);
  await screen.locator('h2, h1').first().waitFor();
  await settled(app.page);
}

async function problemsAt(page: Page, where: string, within: 'page' | 'dialogs' = 'page'): Promise<string[]> {
  return (await layoutProblems(page, within)).map((problem) => `${where}: ${problem}`);
}

async function openDialog(page: Page, opener: Opener) {
  if (typeof opener === 'object' && 'open' in opener) await opener.open(page);
  else await main(page).getByRole('button', { name: opener }).first().click();
  if (typeof opener === 'object' && 'open' in opener && opener.menu) await menus(page).first().waitFor();
  else await expect.poll(() => dialogs(page).count()).toBeGreaterThanOrEqual(depthOf(opener));
  await shown(page);
}

async function shown(page: Page) {
  await settled(page);
  // The dialog's opening transition ends before it is measured.
  await page.waitForTimeout(250);
}

/** Closes what is open, leaving changed forms unsaved: the sweep changes nothing it has not made itself. */
async function closeDialogs(page: Page) {
  const leave = page.getByRole('button', { name: /^(Закрыть без сохранения|Уйти без сохранения)$/ });
  while ((await dialogs(page).count()) + (await menus(page).count()) > 0) {
    // A window that is closing already is gone before it takes the click.
    if (await leave.count())
      await leave
        .first()
        .click({ timeout: 1_000 })
        .catch(() => undefined);
    else await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
  }
}

/** Where the sweep puts a screenshot of each dialog it opens, to look at: SCREENSHOT_DIR, else nowhere. */
const SHOTS = process.env['SCREENSHOT_DIR'];

async function shoot(page: Page, where: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const name = where.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 100);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Opens the route, then each of its tabs in turn, and each dialog of the stop, collecting what is wrong. */
async function sweep(app: AppSession, stop: Stop): Promise<string[]> {
  const { page } = app;
  const found: string[] = [];
  await openRoute(app, stop.route);
  if (stop.tab) {
    await main(page).getByRole('tab', { name: stop.tab, exact: true }).click();
    await settled(page);
  } else {
    found.push(...(await problemsAt(page, `#/${stop.route}`)));
    const tabs = main(page).getByRole('tab');
    for (let i = 1; i < (await tabs.count()); i++) {
      const name = (await tabs.nth(i).innerText()).trim();
      await tabs.nth(i).click();
      await settled(page);
      found.push(...(await problemsAt(page, `#/${stop.route} [${name}]`)));
    }
    if ((await tabs.count()) > 1) await tabs.first().click();
  }
  for (const opener of stop.dialogs ?? []) {
    const where = `#/${stop.route} ${stop.tab ?? ''} «${nameOf(opener)}»`;
    try {
      await openDialog(page, opener);
      found.push(...(await problemsAt(page, where, 'dialogs')));
      await shoot(page, where);
      for (const stage of (typeof opener === 'object' && 'open' in opener && opener.stages) || []) {
        await stage.go(page);
        await shown(page);
        found.push(...(await problemsAt(page, `${where} → ${stage.name}`, 'dialogs')));
      }
    } catch (error) {
      // A dialog the sweep cannot open is a failure too, told with the others.
      found.push(`${where}: not opened: ${String(error).split('\n').slice(0, 14).join(' | ')}`);
    }
    await closeDialogs(page);
  }
  return found;
}

/**
 * The app over the review scenario and the long names (and what `more` builds over them), at 1280×720, on the
 * scenario's year: its plan, clubs, staff, surveys and review are all there to be shown.
 */
async function openSwept<T>(more: (core: AppCore, ids: LongNames) => Promise<T>) {
  const app = await openApp(browser());
  const { page } = app;
  await buildReviewScenario(app.harness.core);
  const ids = await buildLongNames(app.harness.core);
  const built = await more(app.harness.core, ids);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.reload();
  await page.getByRole('combobox', { name: 'Учебный год' }).click();
  await page.getByRole('option', { name: `${SCENARIO_YEAR} уч. год` }).click();
  return { app, ids, built };
}

/** Sweeps the stops in turn, and says how long it took. */
async function sweepAll(app: AppSession, all: Stop[]): Promise<string[]> {
  const found: string[] = [];
  const started = Date.now();
  for (const stop of all) found.push(...(await sweep(app, stop)));
  console.log(`The sweep took ${Math.round((Date.now() - started) / 1000)} s.`);
  return found;
}

describe('Layout at 1280×720', () => {
  it('no screen, tab or dialog scrolls sideways or cuts text off with no way to read it whole, over long names', async () => {
    const {
      app,
      ids,
      built: tally,
    } = await openSwept(async (core, { surveyId }) => {
      const other = (await call(core, 'surveys:list', { year: SCENARIO_YEAR })).find((s) => s.id !== surveyId);
      if (!other) throw new Error('no survey in the scenario year');
      return other;
    });
    const { page } = app;
    const found = await sweepAll(app, stops({ ...ids, tallyId: tally.id }));

    // What is done says so with a way back: a deleted partner's long name beside «Отменить».
    await openRoute(app, `partners/${ids.spareId}`);
    await page.getByRole('button', { name: 'Удалить', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click();
    await page.locator('.mantine-Notification-root', { hasText: 'Партнёр удалён' }).waitFor();
    found.push(...(await problemsAt(page, 'the notice of a deleted partner', 'dialogs')));

    expect(found).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 300_000);

  it('nor do the states that need a history: a refused delete, a text against its card, a hand edit, the holidays, a restore…', async () => {
    const { app, ids, built } = await openSwept(buildHistories);
    const found = await sweepAll(app, historyStops(ids, built));
    expect(found).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);

  it('a form of interaction given the programme’s long tasks keeps «Формы и эффекты» and its buttons inside a 1366×768 window', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const core = app.harness.core;
    const [category] = await call(core, 'partners:categories', {});
    if (!category) throw new Error('no partner category');
    const created = await call(core, 'partners:create', {
      ...blankPartnerFields(category.id),
      fullName: LONG_PARTNER_NAME,
      forms: [{ text: LONG_FORM_TEXT, taskIds: [] }],
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await openRoute(app, `partners/${created.id}`);
    await page.getByRole('tab', { name: 'Формы и эффекты' }).click();

    // The office picks every task the form serves, the longest among them.
    const tasks = page.getByRole('combobox', { name: 'Задачи программы для формы 1' });
    await tasks.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const count = await options.count();
    // The list closes after each pick: it is opened again for the next.
    for (let i = 0; i < count; i++) {
      if (!(await options.first().isVisible())) {
        await tasks.focus();
        await page.keyboard.press('ArrowDown');
      }
      await options.nth(i).click();
    }
    await page.keyboard.press('Escape');

    const inside = async (name: string) => {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 1366;
    };
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await inside('Сохранить формы и эффекты')).toBe(true);
    expect(await inside('Удалить: Форма 1')).toBe(true);
    expect(await layoutProblems(page)).toEqual([]);
    // The chosen tasks are all there to be saved.
    await page.getByRole('button', { name: 'Сохранить формы и эффекты', exact: true }).click();
    await expect
      .poll(async () => (await call(core, 'partners:get', { id: created.id })).forms[0]?.taskIds.length)
      .toBe(count);
    await app.close();
  }, 60_000);
});
