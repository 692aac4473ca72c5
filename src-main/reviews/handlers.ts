import type { reviewsChannels } from '../contract/reviews';
import { suggestedFileName } from '../documents/file-name';
import type { Handlers } from '../ipc/dispatcher';
import { reviewTitle, reviewXlsx } from './export-xlsx';
import type { ReviewsService } from './service';

type ReviewChannels = keyof typeof reviewsChannels;

export interface ReviewsHandlersDeps {
  reviews: ReviewsService;
  saveFile: (bytes: Uint8Array, name: string, kind: 'xlsx') => Promise<string | null>;
  now: () => Date;
}

export function reviewsHandlers({ reviews, saveFile, now }: ReviewsHandlersDeps): Pick<Handlers, ReviewChannels> {
  return {
    'reviews:get': ({ year }) => reviews.get(year),
    'reviews:members': ({ year, indicator, partnerId, level }) =>
      reviews.members(year, { indicator, partnerId, level }),
    'reviews:saveTargets': ({ year, targets }) => reviews.saveTargets(year, targets),
    'reviews:saveTexts': ({ year, conclusions, nextTasks }) => reviews.saveTexts(year, { conclusions, nextTasks }),
    'reviews:saveDecision': ({ year, partnerId, rating, decision, prospects }) =>
      reviews.saveDecision(year, partnerId, { rating, decision, prospects }),
    'reviews:decisionEffects': ({ year, partnerId }) => reviews.decisionEffects(year, partnerId),
    'reviews:applyDecision': ({ year, partnerId, date }) => reviews.applyDecision(year, partnerId, date),
    'reviews:approve': ({ year, approvedBy, date }) => reviews.approve(year, approvedBy, date),
    'reviews:reopen': ({ year }) => reviews.reopen(year),
    'reviews:dynamics': () => reviews.dynamics(),
    'reviews:exportXlsx': async ({ year }) => {
      const bytes = await reviewXlsx(reviews.get(year), now());
      return { path: await saveFile(bytes, suggestedFileName(reviewTitle(year), 'xlsx'), 'xlsx') };
    },
  };
}
