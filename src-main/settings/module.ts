import type { CoreContext, DomainModule } from '../core-context';

type SettingsChannel = 'settings:get' | 'settings:saveSchool' | 'settings:saveAgreements' | 'settings:saveCalendar';

/** Настройки: the school profile, the agreements' numbering and city, the calendar's holidays. */
export function settingsModule({ settings }: CoreContext): DomainModule<SettingsChannel> {
  return {
    handlers: {
      'settings:get': () => settings.read(),
      'settings:saveSchool': (school) => settings.saveSchool(school),
      'settings:saveAgreements': (agreements) => settings.saveAgreements(agreements),
      'settings:saveCalendar': (calendar) => settings.saveCalendar(calendar),
    },
  };
}
