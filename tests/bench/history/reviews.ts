import { academicYearStart } from '../../../src-main/contract/academic-year';
import type { Decision, Rating } from '../../../src-main/contract/reviews';
import { partnersOf, stampOn, type HistoryContext } from './context';
import { REVIEW_CONCLUSIONS, REVIEW_TASKS } from './words';

const TARGETS = [
  ['planFulfilment', 90],
  ['pupilCoverage', 80],
  ['parentCoverage', 40],
  ['partnerActivity', 85],
  ['satisfaction', 0.8],
] as const;

/**
 * The office's review of every past year: its conclusions and tasks, its targets, and a rating and decision for
 * the partners it worked with (not yet approved, so that every figure is computed from the data).
 */
export function writeReviews(context: HistoryContext): void {
  const { db, random, years } = context;
  const review = db.prepare('INSERT INTO reviews (year, conclusions, next_tasks, updated_at) VALUES (?, ?, ?, ?)');
  const target = db.prepare('INSERT INTO review_targets (year, indicator, target) VALUES (?, ?, ?)');
  const decision = db.prepare(
    `INSERT INTO review_decisions (year, partner_id, rating, decision, prospects, applied_on, updated_at)
     VALUES (?, ?, ?, ?, '', NULL, ?)`,
  );
  years.slice(0, -1).forEach((year, index) => {
    const stamp = stampOn(`${academicYearStart(year) + 1}-06-${String(random.int(1, 20)).padStart(2, '0')}`);
    review.run(year, random.sample(REVIEW_CONCLUSIONS, 2).join(' '), random.sample(REVIEW_TASKS, 2).join('\n'), stamp);
    for (const [indicator, value] of TARGETS) target.run(year, indicator, value);
    const partners = partnersOf(context, index);
    for (const partner of random
      .sample(partners, Math.min(partners.length, random.int(10, 25)))
      .sort((a, b) => a.id - b.id)) {
      const rating = random.weighted<Rating>([
        ['high', 50],
        ['medium', 40],
        ['low', 10],
      ]);
      const choice = random.weighted<Decision>(
        rating === 'low'
          ? [
              ['revise', 70],
              ['continue', 30],
            ]
          : [
              ['continue', 70],
              ['expand', 30],
            ],
      );
      decision.run(year, partner.id, rating, choice, stamp);
    }
  });
}
