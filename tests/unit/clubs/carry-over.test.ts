import { describe, expect, it } from 'vitest';
import { carryOverSchoolProfile } from '../../../src-main/clubs/carry-over';
import type { SchoolProfile } from '../../../src-main/contract/settings';
import { defaultSchoolProfile } from '../../../src-main/settings/service';
import { createAppCore } from '../../../src-main/app-core';
import {
  call,
  createRecordingFileOpener,
  memoryDocumentOutput,
  memorySettingsFile,
  openCore,
  silentLogger,
  useTempDirs,
} from '../../kit';

const tempDir = useTempDirs();
/** 26 November 2026: the academic year 2026/2027. */
const now = () => new Date(2026, 10, 26, 10, 0);

/** A settings file as an older version of the app left it: one enrolment, families and teachers for all years. */
function oldSettings(profile: Partial<SchoolProfile>) {
  const file = memorySettingsFile();
  file.set('school', { ...defaultSchoolProfile('МБОУ Первомайская СОШ'), ...profile });
  return file;
}

async function coreWith(settingsFile: ReturnType<typeof memorySettingsFile>, dataDir = tempDir()) {
  return createAppCore({
    dataDir,
    settingsFile,
    logger: silentLogger,
    validateOutput: true,
    documentOutput: memoryDocumentOutput(),
    fileOpener: createRecordingFileOpener(),
    now,
  });
}

describe('the figures Настройки kept for every year, at start', () => {
  it('become the current year’s: families and teachers, and the enrolment by level while the year has no classes', async () => {
    const settingsFile = oldSettings({ enrolment: { noo: 120, ooo: 150, soo: 40 }, families: 260, teachers: 31 });
    const core = await coreWith(settingsFile);
    try {
      const year = await call(core, 'classes:list', { year: '2026/2027' });
      expect(year).toMatchObject({ families: 260, teachers: 31 });
      expect(year.levels.map((l) => [l.level, l.pupils, l.carriedPupils])).toEqual([
        ['НОО', 0, 120],
        ['ООО', 0, 150],
        ['СОО', 0, 40],
      ]);
      // Other years get nothing: a figure of today is not that of another year.
      expect(await call(core, 'classes:list', { year: '2025/2026' })).toMatchObject({ families: null, teachers: null });
      // The profile is saved without them, so the carry-over happens once.
      const school = (await call(core, 'settings:get', {})).school;
      expect(school).not.toHaveProperty('families');
      expect(school).not.toHaveProperty('enrolment');
      expect(school.shortName).toBe('МБОУ Первомайская СОШ');
    } finally {
      core.close();
    }
  });

  it('leave a year’s own figures and class list as they are', async () => {
    const dataDir = tempDir();
    const first = await openCore(dataDir, { now });
    await call(first, 'classes:save', { year: '2026/2027', classes: [{ name: '5А', pupils: 25 }] });
    await call(first, 'classes:saveCounts', { year: '2026/2027', counts: { families: 190, teachers: null } });
    first.close();
    const core = await coreWith(
      oldSettings({ enrolment: { noo: 120, ooo: 150, soo: 40 }, families: 260, teachers: 31 }),
      dataDir,
    );
    try {
      const year = await call(core, 'classes:list', { year: '2026/2027' });
      expect(year).toMatchObject({ families: 190, teachers: 31 });
      expect(year.levels.map((l) => l.carriedPupils)).toEqual([null, null, null]);
    } finally {
      core.close();
    }
  });

  it('carry nothing from a profile that never had them filled in (zeros), and do nothing for a new profile', async () => {
    const core = await openCore(tempDir(), { now });
    try {
      const settingsFile = oldSettings({ enrolment: { noo: 0, ooo: 0, soo: 0 }, families: 0, teachers: 0 });
      const settings = {
        read: () => ({ school: settingsFile.get('school') as SchoolProfile }),
        saveSchool: (school: SchoolProfile) => settingsFile.set('school', school),
      };
      expect(carryOverSchoolProfile(core.db, settings, now())).toBe(true);
      expect(await call(core, 'classes:list', { year: '2026/2027' })).toMatchObject({ families: null, teachers: null });
      expect(carryOverSchoolProfile(core.db, settings, now())).toBe(false);
    } finally {
      core.close();
    }
  });
});
