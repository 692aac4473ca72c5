import type Database from 'better-sqlite3';
import type { SchoolProfile } from '../contract/settings';
import { readProgram } from '../program/repository';
import type { ReviewsService } from '../reviews/service';
import { buildAnalyticReport } from './analytic-report';
import type { DocumentBuilders } from './builders';

export interface ReviewDocumentsDeps {
  db: Database.Database;
  reviews: ReviewsService;
  school: () => SchoolProfile;
}

/** «Аналитическая справка» of an academic year, from its review (the approved figures once it is approved). */
export function reviewDocumentBuilders({ db, reviews, school }: ReviewDocumentsDeps) {
  return {
    analyticReport: (request) =>
      buildAnalyticReport({
        review: reviews.get(request.year),
        dynamics: reviews.dynamics(request.year),
        school: school(),
        programGoal: readProgram(db).goal,
      }),
  } satisfies Partial<DocumentBuilders>;
}
