import Conf from 'conf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE_NAME } from '../../../src-main/settings/settings-file';
import { call, openCore, useTempDirs } from '../../kit';

const tempDir = useTempDirs();

function settingsFile(dataDir: string) {
  return new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'sodruzhestvo',
  });
}

function open(dataDir: string) {
  return openCore(dataDir, { settingsFile: settingsFile(dataDir) });
}

async function currentSchool(app: Awaited<ReturnType<typeof open>>) {
  const answer = await app.dispatch('settings:get', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { school: Record<string, unknown> }).school;
}

describe('the school profile in settings', () => {
  it('starts with the school of the program model', async () => {
    const app = await open(tempDir());
    const school = await currentSchool(app);
    expect(school).toMatchObject({ shortName: 'МБОУ Первомайская СОШ' });
    // The enrolment, families and teachers are kept per academic year, with the year's classes.
    expect(school).not.toHaveProperty('enrolment');
    app.close();
  });

  it('saves a valid profile to settings.json in the data directory and reads it back after a restart', async () => {
    const dataDir = tempDir();
    const app = await open(dataDir);
    const school = {
      ...(await currentSchool(app)),
      directorName: 'Иванова Мария Петровна',
      inn: '7707083893',
      kpp: '773601001',
      ogrn: '1027700132195',
      email: 'school@example.ru',
    };
    const saved = await app.dispatch('settings:saveSchool', school);
    expect(saved).toMatchObject({ ok: true, value: { school } });
    app.close();

    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).school).toEqual(school);
    const reopened = await open(dataDir);
    expect(await currentSchool(reopened)).toEqual(school);
    reopened.close();
  });

  it('refuses an empty name, an enrolment of its own and a nine-digit ИНН with Russian messages and saves nothing', async () => {
    const dataDir = tempDir();
    const app = await open(dataDir);
    const before = await currentSchool(app);
    const answer = await app.dispatch('settings:saveSchool', {
      ...before,
      fullName: '   ',
      inn: '770708389',
      enrolment: { noo: -5, ooo: 0, soo: 0 },
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.fields).toEqual({
      fullName: 'Укажите полное наименование школы',
      inn: 'ИНН организации: 10 цифр',
      _: 'Передано лишнее поле',
    });
    expect(await currentSchool(app)).toEqual(before);
    app.close();
  });

  it('refuses an ИНН with a wrong control digit', async () => {
    const app = await open(tempDir());
    const answer = await app.dispatch('settings:saveSchool', { ...(await currentSchool(app)), inn: '7707083894' });
    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { inn: 'ИНН организации: неверное контрольное число' } },
    });
    app.close();
  });

  it('reads a profile and agreement settings saved before the signers’ fields, keeping what they hold', async () => {
    const dataDir = tempDir();
    const file = settingsFile(dataDir);
    file.set('school', {
      fullName: 'МБОУ «Лицей № 2»',
      shortName: 'Лицей № 2',
      legalAddress: '',
      postalAddress: '',
      directorName: 'Петров Иван Сергеевич',
      directorPosition: 'Директор',
      inn: '',
      kpp: '',
      ogrn: '',
      phone: '',
      email: '',
      website: '',
    });
    file.set('agreements', { numberPattern: 'Д-{№}', warningDays: 30, city: 'Зверево' });
    const app = await open(dataDir);
    const answer = await app.dispatch('settings:get', {});
    expect(answer).toMatchObject({
      ok: true,
      value: {
        school: {
          shortName: 'Лицей № 2',
          directorName: 'Петров Иван Сергеевич',
          directorNameGenitive: '',
          directorBasis: 'Устава',
          directorAttorneyDate: null,
          deputyName: '',
          deputyPosition: 'Заместитель директора',
        },
        agreements: { numberPattern: 'Д-{№}', actNumberPattern: 'А-{год}-{№}', city: 'Зверево' },
      },
    });
    app.close();
  });

  it('refuses an act number pattern without {№}, in Russian, and saves nothing', async () => {
    const app = await open(tempDir());
    const before = await app.dispatch('settings:get', {});
    const { agreements } = await call(app, 'settings:get', {});
    const answer = await app.dispatch('settings:saveAgreements', {
      ...agreements,
      actNumberPattern: 'А-{год}',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { actNumberPattern: expect.stringMatching(/^Шаблон номера должен один раз содержать \{№\}/) } },
    });
    expect(await app.dispatch('settings:get', {})).toEqual(before);
    app.close();
  });

  it('falls back to the defaults when the stored profile was damaged by hand', async () => {
    const dataDir = tempDir();
    settingsFile(dataDir).set('school', { fullName: 42 });
    const app = await open(dataDir);
    expect(await currentSchool(app)).toMatchObject({ shortName: 'МБОУ Первомайская СОШ' });
    app.close();
  });
});
