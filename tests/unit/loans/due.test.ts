import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import { isDueSoon, isOverdue, loanTerm, returnedOnTime } from '../../../src-main/loans/due';
import { inZone } from '../../kit/time-zone';

const TODAY = '2026-11-26';
const open = (dueOn: string) => ({ dueOn, returnedOn: null });

function expectBoundaries(today: string): void {
  expect(loanTerm(open(addDays(today, -1)), today)).toEqual({ status: 'overdue', daysLeft: -1, daysLate: null });
  expect(loanTerm(open(today), today)).toEqual({ status: 'dueSoon', daysLeft: 0, daysLate: null });
  expect(loanTerm(open(addDays(today, 14)), today)).toEqual({ status: 'dueSoon', daysLeft: 14, daysLate: null });
  expect(loanTerm(open(addDays(today, 15)), today)).toEqual({ status: 'onLoan', daysLeft: 15, daysLate: null });
}

describe('the due rules of a loan', () => {
  it('call a loan due yesterday overdue, due today or in 14 days due soon, due in 15 days simply on loan', () => {
    expectBoundaries(TODAY);
    expect(isOverdue(open('2026-11-25'), TODAY)).toBe(true);
    expect(isOverdue(open(TODAY), TODAY)).toBe(false);
    expect(isDueSoon(open(TODAY), TODAY)).toBe(true);
    expect(isDueSoon(open('2026-12-10'), TODAY)).toBe(true);
    expect(isDueSoon(open('2026-12-11'), TODAY)).toBe(false);
  });

  it('count a return on the due day as on time and a day later as one day late', () => {
    const onDueDay = { dueOn: '2026-11-20', returnedOn: '2026-11-20' };
    const dayLate = { dueOn: '2026-11-20', returnedOn: '2026-11-21' };
    expect(returnedOnTime(onDueDay)).toBe(true);
    expect(returnedOnTime(dayLate)).toBe(false);
    expect(loanTerm(onDueDay, TODAY)).toEqual({ status: 'returned', daysLeft: null, daysLate: 0 });
    expect(loanTerm(dayLate, TODAY)).toEqual({ status: 'returnedLate', daysLeft: null, daysLate: 1 });
  });

  it('never call a returned loan overdue or due soon, however long ago its due day passed', () => {
    const returned = { dueOn: '2026-01-10', returnedOn: '2026-03-01' };
    expect(isOverdue(returned, TODAY)).toBe(false);
    expect(isDueSoon(returned, TODAY)).toBe(false);
    expect(loanTerm(returned, TODAY)).toMatchObject({ status: 'returnedLate', daysLate: 50 });
  });

  it('count across a month, a year and a leap day by the calendar', () => {
    expect(loanTerm(open('2027-01-01'), '2026-12-31').daysLeft).toBe(1);
    expect(loanTerm(open('2028-03-01'), '2028-02-28').daysLeft).toBe(2);
    expect(loanTerm(open('2028-03-13'), '2028-02-28').status).toBe('dueSoon');
    expect(loanTerm(open('2028-03-14'), '2028-02-28').status).toBe('onLoan');
  });

  for (const zone of ['Asia/Vladivostok', 'America/Los_Angeles']) {
    it(`give the same answers with the computer's clock in ${zone}, today taken from the wall clock`, () => {
      inZone(zone, () => {
        expectBoundaries(TODAY);
        expectBoundaries('2027-03-28');
        // Just after midnight and just before it, today is the wall-clock day of that zone.
        expect(localIsoDate(new Date(2026, 10, 26, 0, 5))).toBe(TODAY);
        expect(localIsoDate(new Date(2026, 10, 26, 23, 55))).toBe(TODAY);
        expect(loanTerm(open('2026-11-25'), localIsoDate(new Date(2026, 10, 26, 0, 5))).status).toBe('overdue');
        expect(loanTerm(open(TODAY), localIsoDate(new Date(2026, 10, 26, 23, 55))).status).toBe('dueSoon');
      });
    });
  }

  const isoDate = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  test.prop([isoDate, isoDate])(
    'hold exactly one of overdue, due soon and on loan for a loan still at school, for any dates',
    (dueOn, today) => {
      const loan = open(dueOn);
      const ok = !isOverdue(loan, today) && !isDueSoon(loan, today);
      expect([isOverdue(loan, today), isDueSoon(loan, today), ok].filter(Boolean)).toHaveLength(1);
      const term = loanTerm(loan, today);
      expect(term.status).toBe(isOverdue(loan, today) ? 'overdue' : ok ? 'onLoan' : 'dueSoon');
      expect(term.daysLeft !== null && term.daysLeft < 0).toBe(term.status === 'overdue');
      if (term.status === 'onLoan') expect(term.daysLeft).toBeGreaterThan(14);
    },
  );

  test.prop([isoDate, isoDate, isoDate])(
    'call a returned loan returned or returned late by its own dates alone, whatever today is',
    (dueOn, returnedOn, today) => {
      const term = loanTerm({ dueOn, returnedOn }, today);
      expect(term.status).toBe(returnedOn <= dueOn ? 'returned' : 'returnedLate');
      expect(term.daysLate === 0).toBe(returnedOn <= dueOn);
      expect(isOverdue({ dueOn, returnedOn }, today) || isDueSoon({ dueOn, returnedOn }, today)).toBe(false);
    },
  );
});
