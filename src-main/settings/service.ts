import type { z } from 'zod';
import { DEFAULT_BASIS } from '../contract/signer';
import {
  agreementSettingsSchema,
  DEFAULT_ACT_NUMBER_PATTERN,
  DEFAULT_DEPUTY_POSITION,
  calendarSettingsSchema,
  schoolProfileSchema,
  type AgreementSettings,
  type CalendarSettings,
  type SchoolProfile,
  type Settings,
} from '../contract/settings';
import type { Logger } from '../errors';
import type { SettingsFile } from './settings-file';

export function defaultSchoolProfile(shortName: string): SchoolProfile {
  return {
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа',
    shortName,
    legalAddress: '',
    postalAddress: '',
    directorName: '',
    directorPosition: 'Директор',
    directorNameGenitive: '',
    directorPositionGenitive: '',
    directorBasis: DEFAULT_BASIS,
    directorAttorneyNumber: '',
    directorAttorneyDate: null,
    deputyName: '',
    deputyPosition: DEFAULT_DEPUTY_POSITION,
    inn: '',
    kpp: '',
    ogrn: '',
    phone: '',
    email: '',
    website: '',
  };
}

export const DEFAULT_AGREEMENT_SETTINGS: AgreementSettings = {
  numberPattern: 'СП-{год}-{№}',
  actNumberPattern: DEFAULT_ACT_NUMBER_PATTERN,
  warningDays: 60,
  city: '',
};

/** The school holidays of 2026/2027 as most regions set them; the office corrects them in Настройки. */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  holidays: [
    { name: 'Осенние каникулы', from: '2026-10-26', to: '2026-11-03' },
    { name: 'Зимние каникулы', from: '2026-12-29', to: '2027-01-11' },
    { name: 'Весенние каникулы', from: '2027-03-22', to: '2027-03-31' },
    { name: 'Летние каникулы', from: '2027-05-27', to: '2027-08-31' },
  ],
};

const SETUP_HIDDEN_KEY = 'setupHidden';

export class SettingsService {
  /** The settings as last read: every call of a list or a review reads them, and only the saves below change them. */
  private cached: Settings | null = null;

  constructor(
    private readonly file: SettingsFile,
    private readonly defaults: Settings,
    private readonly logger: Logger,
  ) {}

  private section<K extends keyof Settings>(key: K, schema: z.ZodType<Settings[K]>): Settings[K] {
    const stored = this.file.get(key);
    if (stored === undefined) return this.defaults[key];
    const parsed = schema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.logger.warn(`Stored settings section ${key} is invalid; using its defaults`, parsed.error.issues);
    return this.defaults[key];
  }

  /** The stored settings; a section that is missing or was damaged by hand falls back to its defaults. */
  read(): Settings {
    this.cached ??= Object.freeze({
      school: this.section('school', schoolProfileSchema),
      agreements: this.section('agreements', agreementSettingsSchema),
      calendar: this.section('calendar', calendarSettingsSchema),
    });
    return this.cached;
  }

  private write<K extends keyof Settings>(key: K, value: Settings[K]): Settings {
    this.file.set(key, value);
    this.cached = null;
    return this.read();
  }

  /** `school` has been validated at the seam. */
  saveSchool(school: SchoolProfile): Settings {
    return this.write('school', school);
  }

  saveAgreements(agreements: AgreementSettings): Settings {
    return this.write('agreements', agreements);
  }

  saveCalendar(calendar: CalendarSettings): Settings {
    return this.write('calendar', calendar);
  }

  /** Whether the office hid Главная's setup list: a choice of the office, kept beside the settings. */
  setupHidden(): boolean {
    return this.file.get(SETUP_HIDDEN_KEY) === true;
  }

  hideSetup(hidden: boolean): void {
    this.file.set(SETUP_HIDDEN_KEY, hidden);
  }
}
