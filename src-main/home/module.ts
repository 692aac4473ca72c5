import type { CoreContext, DomainModule } from '../core-context';
import { HomeService } from './service';

/** Главная's setup list: what the school has set up so far, and whether the office hid the list. */
export function homeModule({ db, now, settings }: CoreContext): DomainModule<'home:setup' | 'home:hideSetup'> {
  const home = new HomeService({ db, now, settings });
  return {
    handlers: {
      'home:setup': ({ year }) => home.setup(year),
      'home:hideSetup': ({ hidden }) => home.hideSetup(hidden),
    },
  };
}
