import { LEVELS } from '../contract/plans';
import { indicatorText } from '../contract/review-text';
import { INDICATOR_TITLES, type FigureChange, type Indicator, type YearFigures } from '../contract/reviews';
import { quoted } from '../contract/quote';

function same(a: Indicator, b: Indicator): boolean {
  return a.m === b.m && a.n === b.n && a.noData === b.noData;
}

function compare(what: string, was: Indicator | undefined, now: Indicator | undefined): FigureChange[] {
  if (!was || !now || same(was, now)) return [];
  return [{ what, was: indicatorText(was), now: indicatorText(now) }];
}

/**
 * What differs between the figures a review was approved with and those the data give now: the indicators
 * overall, by level and by partner, and partners that appeared or dropped out — each said with both values.
 */
export function figureChanges(approved: YearFigures, current: YearFigures): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const was of approved.indicators) {
    changes.push(
      ...compare(
        INDICATOR_TITLES[was.key],
        was,
        current.indicators.find((i) => i.key === was.key),
      ),
    );
  }
  for (const level of LEVELS) {
    const was = approved.byLevel.find((l) => l.level === level);
    const now = current.byLevel.find((l) => l.level === level);
    changes.push(...compare(`${INDICATOR_TITLES.planFulfilment} — ${level}`, was?.planFulfilment, now?.planFulfilment));
    changes.push(...compare(`${INDICATOR_TITLES.pupilCoverage} — ${level}`, was?.pupilCoverage, now?.pupilCoverage));
    changes.push(...compare(`${INDICATOR_TITLES.clubCoverage} — ${level}`, was?.clubCoverage, now?.clubCoverage));
  }
  const nowPartners = new Map(current.byPartner.map((p) => [p.partnerId, p]));
  for (const was of approved.byPartner) {
    const now = nowPartners.get(was.partnerId);
    if (!now) {
      changes.push({ what: `Партнёр ${quoted(was.name)}`, was: 'в итогах года', now: 'больше не участвует в итогах' });
      continue;
    }
    changes.push(
      ...compare(`${INDICATOR_TITLES.planFulfilment} — ${was.name}`, was.planFulfilment, now.planFulfilment),
    );
    if (was.participants !== now.participants) {
      changes.push({
        what: `Участники мероприятий — ${was.name}`,
        was: String(was.participants),
        now: String(now.participants),
      });
    }
  }
  const approvedIds = new Set(approved.byPartner.map((p) => p.partnerId));
  for (const now of current.byPartner.filter((p) => !approvedIds.has(p.partnerId))) {
    changes.push({ what: `Партнёр ${quoted(now.name)}`, was: 'не было в итогах года', now: 'появился в итогах' });
  }
  return changes;
}
