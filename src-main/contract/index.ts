import { z } from 'zod';
import { agreementsChannels } from './agreements';
import { archiveChannels } from './archive';
import { backupsChannels } from './backups';
import { diagnosticsChannels } from './diagnostics';
import { documentsChannels } from './documents';
import { eventsChannels } from './events';
import { homeChannels } from './home';
import { jobsChannels } from './jobs';
import { partnerImportChannels } from './partner-import';
import { partnersChannels } from './partners';
import { planImportChannels } from './plan-import';
import { plansChannels } from './plans';
import { programChannels } from './program';
import { reviewsChannels } from './reviews';
import { russianIssues } from './russian-issues';
import { settingsChannels } from './settings';
import { loansChannels } from './loans';
import { clubsChannels } from './clubs';
import { acquisitionsChannels } from './acquisitions';
import { staffChannels } from './staff';
import { surveysChannels } from './surveys';
import { templateImportChannels } from './template-import';
import { VALUE_LABELS } from './value-labels';

// Every message zod makes itself (those the schemas do not name) is in Russian words too, with no name from the code.
z.config({ localeError: russianIssues(VALUE_LABELS) });

/** The whole IPC contract: one input and one output schema per channel, named `domain:verb`. */
export const contract = {
  ...settingsChannels,
  ...partnersChannels,
  ...partnerImportChannels,
  ...programChannels,
  ...homeChannels,
  ...documentsChannels,
  ...agreementsChannels,
  ...templateImportChannels,
  ...plansChannels,
  ...planImportChannels,
  ...eventsChannels,
  ...backupsChannels,
  ...diagnosticsChannels,
  ...archiveChannels,
  ...jobsChannels,
  ...reviewsChannels,
  ...loansChannels,
  ...clubsChannels,
  ...acquisitionsChannels,
  ...staffChannels,
  ...surveysChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS: readonly Channel[] = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export type { ApiErrorData, Envelope, ErrorCode } from './envelope';
export { CHECK_INPUT } from './envelope';
