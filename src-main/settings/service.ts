import { schoolProfileSchema, type SchoolProfile, type Settings } from '../contract/settings';
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
    inn: '',
    kpp: '',
    ogrn: '',
    phone: '',
    email: '',
    website: '',
    enrolment: { noo: 0, ooo: 0, soo: 0 },
    families: 0,
    teachers: 0,
  };
}

export class SettingsService {
  constructor(
    private readonly file: SettingsFile,
    private readonly defaults: Settings,
    private readonly logger: Logger,
  ) {}

  /** The stored settings; a section that is missing or was damaged by hand falls back to its defaults. */
  read(): Settings {
    const stored = this.file.get('school');
    if (stored === undefined) return this.defaults;
    const school = schoolProfileSchema.safeParse(stored);
    if (!school.success) {
      this.logger.warn('Stored school profile is invalid; using defaults', school.error.issues);
      return this.defaults;
    }
    return { school: school.data };
  }

  /** `school` has been validated at the seam. */
  saveSchool(school: SchoolProfile): Settings {
    this.file.set('school', school);
    return this.read();
  }
}
