import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isRealDate } from '../../../src-main/contract/dates';
import { agreementTerm, type TermFacts } from '../../../src-main/agreements/status';

const signed: TermFacts = {
  signedOn: '2025-09-01',
  endsOn: '2026-08-31',
  prolongation: 'none',
  prolongationYears: 1,
  terminatedOn: null,
  amendments: [],
};

const statusOn = (facts: TermFacts, today: string, warningDays = 60) => agreementTerm(facts, today, warningDays).status;

describe('the status of an agreement', () => {
  it('is a draft until it is signed, whatever its dates', () => {
    expect(statusOn({ ...signed, signedOn: null }, '2026-01-01')).toBe('draft');
    expect(statusOn({ ...signed, signedOn: null }, '2030-01-01')).toBe('draft');
  });

  it('is in force on its last day and expired the day after', () => {
    expect(statusOn(signed, '2026-08-31')).toBe('expiring');
    expect(statusOn(signed, '2026-09-01')).toBe('expired');
    expect(agreementTerm(signed, '2026-08-31', 60).daysLeft).toBe(0);
    expect(agreementTerm(signed, '2026-09-01', 60).daysLeft).toBe(-1);
  });

  it('starts expiring on the first day of the warning window, not the day before', () => {
    const firstDay = addDays('2026-08-31', -60);
    expect(firstDay).toBe('2026-07-02');
    expect(statusOn(signed, firstDay)).toBe('expiring');
    expect(statusOn(signed, addDays(firstDay, -1))).toBe('active');
  });

  it('never expires when open-ended', () => {
    const openEnded = { ...signed, endsOn: null };
    expect(agreementTerm(openEnded, '2090-01-01', 60)).toEqual({
      status: 'active',
      currentEndsOn: null,
      effectiveEndsOn: null,
      daysLeft: null,
    });
  });

  it('is prolonged by whole periods when prolongation is automatic, with the new end date', () => {
    const auto = { ...signed, prolongation: 'auto' as const };
    expect(agreementTerm(auto, '2026-09-01', 60)).toEqual({
      status: 'prolonged',
      // The current term is the agreed one; prolongation runs on from its end.
      currentEndsOn: '2026-08-31',
      effectiveEndsOn: '2027-08-31',
      daysLeft: 364,
    });
    expect(agreementTerm(auto, '2028-09-01', 60).effectiveEndsOn).toBe('2029-08-31');
    expect(agreementTerm({ ...auto, prolongationYears: 3 }, '2026-09-01', 60).effectiveEndsOn).toBe('2029-08-31');
    // Prolongation «by agreement of the parties» needs an amendment: without one the agreement expires.
    expect(statusOn({ ...signed, prolongation: 'byAgreement' }, '2026-09-01')).toBe('expired');
  });

  it('prolongs an agreement ending on 29 February to 28 February of a common year', () => {
    const leap = { ...signed, signedOn: '2023-03-01', endsOn: '2024-02-29', prolongation: 'auto' as const };
    expect(agreementTerm(leap, '2024-03-01', 60).effectiveEndsOn).toBe('2025-02-28');
    expect(agreementTerm(leap, '2024-02-29', 60).status).toBe('expiring');
  });

  it('takes its term from the latest amendment that changes it', () => {
    const amended: TermFacts = {
      ...signed,
      amendments: [
        { newEndsOn: '2027-08-31', makesOpenEnded: false },
        { newEndsOn: null, makesOpenEnded: false },
      ],
    };
    expect(agreementTerm(amended, '2026-10-01', 60)).toMatchObject({
      status: 'active',
      currentEndsOn: '2027-08-31',
      effectiveEndsOn: '2027-08-31',
    });
    // The current term stays the amended one after the agreement expires, is prolonged or is terminated.
    expect(agreementTerm({ ...amended, prolongation: 'auto' }, '2027-09-01', 60)).toMatchObject({
      status: 'prolonged',
      currentEndsOn: '2027-08-31',
      effectiveEndsOn: '2028-08-31',
    });
    expect(agreementTerm({ ...amended, terminatedOn: '2027-01-10' }, '2027-02-01', 60)).toMatchObject({
      status: 'terminated',
      currentEndsOn: '2027-08-31',
    });
    const openEnded: TermFacts = {
      ...amended,
      amendments: [...amended.amendments, { newEndsOn: null, makesOpenEnded: true }],
    };
    expect(agreementTerm(openEnded, '2030-10-01', 60)).toMatchObject({ status: 'active', effectiveEndsOn: null });
  });

  it('is terminated from the day of termination on, and in force before it', () => {
    const ended = { ...signed, terminatedOn: '2026-03-15' };
    expect(statusOn(ended, '2026-03-14')).toBe('active');
    expect(agreementTerm(ended, '2026-03-15', 60)).toMatchObject({
      status: 'terminated',
      effectiveEndsOn: '2026-03-15',
    });
  });

  it.each(['UTC', 'Europe/Moscow', 'Asia/Kamchatka', 'America/New_York'])('gives the same answers in %s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(statusOn(signed, '2026-08-31')).toBe('expiring');
      expect(statusOn(signed, '2026-09-01')).toBe('expired');
      expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    } finally {
      process.env.TZ = saved;
    }
  });
});

const isoDate = fc
  .date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('date arithmetic on calendar days', () => {
  test.prop([isoDate, fc.integer({ min: -20_000, max: 20_000 })])(
    'adding days and counting them back agree',
    (date, days) => {
      const later = addDays(date, days);
      expect(isRealDate(later)).toBe(true);
      expect(daysBetween(date, later)).toBe(days);
    },
  );

  test.prop([isoDate, fc.integer({ min: 1, max: 30 })])(
    'adding years keeps the month and never overshoots it',
    (date, years) => {
      const later = addYears(date, years);
      expect(isRealDate(later)).toBe(true);
      expect(later.slice(5, 7)).toBe(date.slice(5, 7));
      expect(Number(later.slice(0, 4))).toBe(Number(date.slice(0, 4)) + years);
      expect(Number(later.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      const year = later.slice(0, 4);
      expect(later).toBe(isRealDate(`${year}-${date.slice(5)}`) ? `${year}-${date.slice(5)}` : `${year}-02-28`);
    },
  );

  test.prop([
    isoDate,
    isoDate,
    fc.integer({ min: 0, max: 365 }),
    fc.constantFrom('none', 'auto', 'byAgreement' as const),
    fc.integer({ min: 1, max: 5 }),
  ])(
    'a signed agreement is in exactly one status, and in force on every day of its own term',
    (start, today, warningDays, prolongation, prolongationYears) => {
      const end = addDays(start, 365);
      const facts = { ...signed, signedOn: start, endsOn: end, prolongation, prolongationYears };
      const term = agreementTerm(facts, today, warningDays);
      if (today >= start && today <= end) expect(['active', 'expiring']).toContain(term.status);
      if (today > end) expect(term.status).toBe(prolongation === 'auto' ? 'prolonged' : 'expired');
      if (term.status === 'prolonged') {
        // The period that holds today: it ends on or after today, the one before it ended before today.
        const effective = term.effectiveEndsOn ?? '';
        expect(effective >= today).toBe(true);
        const periods = (Number(effective.slice(0, 4)) - Number(end.slice(0, 4))) / prolongationYears;
        expect(Number.isInteger(periods) && periods >= 1).toBe(true);
        expect(effective).toBe(addYears(end, periods * prolongationYears));
        if (periods > 1) expect(addYears(end, (periods - 1) * prolongationYears) < today).toBe(true);
      }
    },
  );
});
