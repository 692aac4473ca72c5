import type { Handlers } from '../ipc/dispatcher';
import type { SettingsService } from './service';

export function settingsHandlers(
  settings: SettingsService,
): Pick<Handlers, 'settings:get' | 'settings:saveSchool' | 'settings:saveAgreements' | 'settings:saveCalendar'> {
  return {
    'settings:get': () => settings.read(),
    'settings:saveSchool': (school) => settings.saveSchool(school),
    'settings:saveAgreements': (agreements) => settings.saveAgreements(agreements),
    'settings:saveCalendar': (calendar) => settings.saveCalendar(calendar),
  };
}
