import type { Migration } from '../migration';
import { initial } from './001-initial';
import { partnerRecords } from './002-partner-records';
import { agreements } from './003-agreements';
import { plansAndEvents } from './004-plans-and-events';
import { stageThreeRecords } from './005-stage-three-records';
import { reviews } from './006-reviews';
import { performanceIndexes } from './007-performance-indexes';
import { agreementOwnTexts } from './008-agreement-own-texts';
import { partnerStanding } from './009-partner-standing';
import { schoolYears } from './010-school-years';
import { planOnCalendar } from './011-plan-on-calendar';
import { signersAndActs } from './012-signers-and-acts';

/** Every migration the app knows, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [
  initial,
  partnerRecords,
  agreements,
  plansAndEvents,
  stageThreeRecords,
  reviews,
  performanceIndexes,
  agreementOwnTexts,
  partnerStanding,
  schoolYears,
  planOnCalendar,
  signersAndActs,
];
