import { localIsoDate } from '../contract/academic-year';
import type { reviewsChannels } from '../contract/reviews';
import type { CoreContext, DomainModule } from '../core-context';
import { buildAnalyticReport } from './documents/analytic-report';
import { reviewTitle, reviewXlsx } from './export-xlsx';

type ReviewChannel = keyof typeof reviewsChannels;

/** Анализ: the review of an academic year, its dynamics, decisions per partner and «Аналитическая справка». */
export function reviewsModule(ctx: CoreContext): DomainModule<ReviewChannel, 'analyticReport'> {
  const { reviews, program } = ctx.services;
  return {
    handlers: {
      'reviews:get': ({ year }) => reviews.get(year),
      'reviews:members': ({ year, indicator, partnerId, level }) =>
        reviews.members(year, { indicator, partnerId, level }),
      'reviews:saveTargets': ({ year, targets }) => reviews.saveTargets(year, targets),
      'reviews:saveTexts': ({ year, conclusions, nextTasks }) => reviews.saveTexts(year, { conclusions, nextTasks }),
      'reviews:saveDecision': ({ year, partnerId, rating, decision, prospects }) =>
        reviews.saveDecision(year, partnerId, { rating, decision, prospects }),
      'reviews:decisionEffects': ({ year, partnerId }) => reviews.decisionEffects(year, partnerId),
      'reviews:applyDecision': ({ year, partnerId, date }) => reviews.applyDecision(year, partnerId, date),
      'reviews:approve': ({ year, approvedBy, date, number }) => reviews.approve(year, approvedBy, date, number),
      'reviews:reopen': ({ year }) => reviews.reopen(year),
      'reviews:dynamics': () => reviews.dynamics(),
      'reviews:exportXlsx': async ({ year }) =>
        ctx.saveWorkbook(reviewTitle(year), (info) => reviewXlsx(reviews.get(year), info)),
    },
    documents: {
      // The approved figures once the review is approved; the dynamics only up to its year.
      analyticReport: (request) =>
        buildAnalyticReport({
          review: reviews.get(request.year),
          dynamics: reviews.dynamics(request.year),
          school: ctx.school(),
          programGoal: program.program().goal,
          today: localIsoDate(ctx.now()),
        }),
    },
  };
}
