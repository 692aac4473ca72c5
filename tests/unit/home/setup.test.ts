import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE_NAME } from '../../../src-main/settings/settings-file';
import { call, openCore, partnerId, refusal, useTempDirs } from '../../kit';
import { saveClasses } from '../clubs/fixtures';
import { addItem } from '../plans/fixtures';
import { addTeacher } from '../staff/fixtures';

const tempDir = useTempDirs();
const YEAR = '2026/2027';

/** The core on a real store with its settings in `settings.json` of the same data directory, as the app keeps them. */
function open(dataDir: string) {
  const settingsFile = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'sodruzhestvo',
  });
  return openCore(dataDir, { settingsFile });
}

type Core = Awaited<ReturnType<typeof open>>;

async function doneSteps(core: Core, year = YEAR): Promise<string[]> {
  const setup = await call(core, 'home:setup', { year });
  return setup.steps.filter((s) => s.done).map((s) => s.step);
}

describe('the setup list of Главная', () => {
  it('on a fresh store lists the five steps in order, none done, for the current year, and is shown', async () => {
    const core = await open(tempDir());
    const setup = await call(core, 'home:setup', {});
    expect(setup).toEqual({
      year: YEAR,
      hidden: false,
      steps: ['school', 'classes', 'teachers', 'agreements', 'plan'].map((step) => ({ step, done: false })),
    });
    core.close();
  });

  it('ticks each step from the records as they are now, and unticks it when they go', async () => {
    const core = await open(tempDir());
    const school = (await call(core, 'settings:get', {})).school;
    await call(core, 'settings:saveSchool', { ...school, directorName: 'Иванова Мария Петровна' });
    expect(await doneSteps(core)).toEqual([]);
    await call(core, 'settings:saveSchool', {
      ...school,
      directorName: 'Иванова Мария Петровна',
      legalAddress: '346350, Ростовская обл., г. Красный Сулин, ул. Школьная, 1',
      inn: '7707083893',
    });
    expect(await doneSteps(core)).toEqual(['school']);

    await saveClasses(core, { '5А': 25 });
    await addTeacher(core, 'Петрова Анна Сергеевна');
    const [template] = await call(core, 'templates:list', {});
    const agreement = await call(core, 'agreements:createFromTemplate', {
      partnerId: partnerId(core, 'ГИБДД'),
      templateId: template?.id ?? 0,
    });
    await call(core, 'plans:create', { year: YEAR, copyFrom: null });
    expect(await doneSteps(core)).toEqual(['school', 'classes', 'teachers', 'agreements']);
    await addItem(core, YEAR);
    expect(await doneSteps(core)).toEqual(['school', 'classes', 'teachers', 'agreements', 'plan']);

    // The year's classes and plan are the year's own: the next year has neither yet.
    expect(await doneSteps(core, '2027/2028')).toEqual(['school', 'teachers', 'agreements']);

    await call(core, 'agreements:delete', { id: agreement.id });
    expect(await doneSteps(core)).toEqual(['school', 'classes', 'teachers', 'plan']);
    core.close();
  });

  it('stays hidden once hidden, after the app is opened again, and shows again when told', async () => {
    const dataDir = tempDir();
    const core = await open(dataDir);
    expect(await call(core, 'home:hideSetup', { hidden: true })).toEqual({ hidden: true });
    core.close();

    const reopened = await open(dataDir);
    expect((await call(reopened, 'home:setup', {})).hidden).toBe(true);
    expect(await call(reopened, 'home:hideSetup', { hidden: false })).toEqual({ hidden: false });
    expect((await call(reopened, 'home:setup', {})).hidden).toBe(false);
    reopened.close();
  });

  it('refuses a year written wrongly and a hidden flag that is not yes or no, in Russian', async () => {
    const core = await open(tempDir());
    expect((await refusal(core, 'home:setup', { year: '2026-2027' })).fields).toEqual({
      year: 'Учебный год записывается как «2026/2027»',
    });
    expect((await refusal(core, 'home:hideSetup', { hidden: 'да' })).fields).toEqual({
      hidden: 'Ожидается «да» или «нет»',
    });
    expect((await call(core, 'home:setup', {})).hidden).toBe(false);
    core.close();
  });
});
