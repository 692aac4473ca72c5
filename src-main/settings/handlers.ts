import type { Handlers } from '../ipc/dispatcher';
import type { SettingsService } from './service';

export function settingsHandlers(settings: SettingsService): Pick<Handlers, 'settings:get' | 'settings:saveSchool'> {
  return {
    'settings:get': () => settings.read(),
    'settings:saveSchool': (school) => settings.saveSchool(school),
  };
}
