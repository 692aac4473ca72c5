import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clubCoverage, percentOf, type CoverageClub } from '../../../src-main/clubs/coverage';
import { ratioText } from '../../../src-main/contract/clubs';

const club = (partnerId: number, attendance: Record<string, number>): CoverageClub => ({
  partnerId,
  partnerName: partnerId === 1 ? 'ЦДО' : 'Школа искусств',
  attendance: Object.entries(attendance).map(([className, pupils]) => ({ className, pupils })),
});

describe('coverage by partners’ clubs', () => {
  // 1А 20, 3Б 25 (НОО 45); 5А 25, 7А 30 (ООО 55); 11А 10 (СОО 10); 110 pupils in all.
  const classes = [
    { name: '7А', pupils: 30 },
    { name: '1А', pupils: 20 },
    { name: '11А', pupils: 10 },
    { name: '5А', pupils: 25 },
    { name: '3Б', pupils: 25 },
  ];
  const clubs = [
    club(1, { '1А': 12, '5А': 20, '11А': 10 }), // хореография at the centre
    club(2, { '1А': 11, '5А': 10 }), // гитара at the arts school
    club(2, { '5А': 6, '7А': 3 }), // баян at the arts school
  ];
  const coverage = clubCoverage({ classes, clubs });

  it('caps each class’s sum over the clubs by its enrolment, since a pupil may attend two clubs', () => {
    // 1А: 12 + 11 = 23 → 20; 5А: 20 + 10 + 6 = 36 → 25; 7А: 3; 11А: 10; 3Б: none.
    expect(coverage.classes.map((c) => [c.className, c.level, c.attended, c.enrolment, c.clubsCount])).toEqual([
      ['1А', 'НОО', 20, 20, 2],
      ['3Б', 'НОО', 0, 25, 0],
      ['5А', 'ООО', 25, 25, 3],
      ['7А', 'ООО', 3, 30, 1],
      ['11А', 'СОО', 10, 10, 1],
    ]);
  });

  it('sums the capped counts per level and overall: m of N', () => {
    expect(coverage.levels.map((l) => [l.level, l.attended, l.enrolment])).toEqual([
      ['НОО', 20, 45],
      ['ООО', 28, 55],
      ['СОО', 10, 10],
    ]);
    expect(coverage.overall).toEqual({ attended: 58, enrolment: 110, percent: (58 * 100) / 110 });
    expect(coverage.levels.map(ratioText)).toEqual(['20 из 45 = 44,4 %', '28 из 55 = 50,9 %', '10 из 10 = 100,0 %']);
    expect(ratioText(coverage.overall)).toBe('58 из 110 = 52,7 %');
  });

  it('counts a partner’s pupils over its own clubs, capped per class too, out of the whole school', () => {
    // Centre: 1А 12, 5А 20, 11А 10 = 42. Arts school: 1А 11, 5А 10 + 6 = 16, 7А 3 = 30.
    expect(coverage.partners.map((p) => [p.partnerId, p.clubsCount, p.attended, p.enrolment])).toEqual([
      [1, 1, 42, 110],
      [2, 2, 30, 110],
    ]);
    const capped = clubCoverage({ classes, clubs: [club(2, { '5А': 20 }), club(2, { '5А': 20 })] });
    expect(capped.partners[0]).toMatchObject({ attended: 25, enrolment: 110 });
  });

  it('has no percent where there is no one to count, never 0 or NaN', () => {
    expect(percentOf(0, 0)).toBeNull();
    const empty = clubCoverage({ classes: [], clubs: [] });
    expect(empty.overall).toEqual({ attended: 0, enrolment: 0, percent: null });
    expect(empty.levels.map((l) => l.percent)).toEqual([null, null, null]);
    expect(ratioText(empty.overall)).toBe('нет данных');
    // Only НОО classes: ООО and СОО have no percent; a class of no pupils has none either.
    const primary = clubCoverage({
      classes: [
        { name: '2А', pupils: 0 },
        { name: '1А', pupils: 20 },
      ],
      clubs: [],
    });
    expect(primary.levels.map((l) => l.percent)).toEqual([0, null, null]);
    expect(primary.classes.map((c) => c.percent)).toEqual([0, null]);
  });

  it('does not count pupils of a class missing from the year’s list, whose enrolment is unknown', () => {
    const stray = clubCoverage({ classes: [{ name: '5А', pupils: 25 }], clubs: [club(1, { '6А': 10, '5А': 5 })] });
    expect(stray.overall).toEqual({ attended: 5, enrolment: 25, percent: 20 });
    expect(stray.partners[0]).toMatchObject({ attended: 5 });
  });
});

const className = fc
  .tuple(fc.integer({ min: 1, max: 11 }), fc.constantFrom('А', 'Б', 'В'))
  .map(([grade, letter]) => `${grade}${letter}`);

const inputs = fc
  .uniqueArray(fc.record({ name: className, pupils: fc.integer({ min: 0, max: 200 }) }), {
    selector: (c) => c.name,
    maxLength: 20,
  })
  .chain((classes) =>
    fc.record({
      classes: fc.constant(classes),
      clubs: fc.array(
        fc.record({
          partnerId: fc.integer({ min: 1, max: 4 }),
          partnerName: fc.constant('Партнёр'),
          attendance: fc.uniqueArray(fc.record({ className, pupils: fc.integer({ min: 1, max: 200 }) }), {
            selector: (row) => row.className,
            maxLength: 8,
          }),
        }),
        { maxLength: 8 },
      ),
    }),
  );

describe('coverage of any classes and clubs', () => {
  test.prop([inputs])('never counts more pupils than there are, and its percents lie within 0–100', (input) => {
    const coverage = clubCoverage(input);
    const ratios = [...coverage.classes, ...coverage.levels, coverage.overall, ...coverage.partners];
    for (const ratio of ratios) {
      expect(ratio.attended).toBeLessThanOrEqual(ratio.enrolment);
      if (ratio.enrolment === 0) expect(ratio.percent).toBeNull();
      else {
        expect(ratio.percent).not.toBeNull();
        expect(ratio.percent).toBeGreaterThanOrEqual(0);
        expect(ratio.percent).toBeLessThanOrEqual(100);
      }
    }
    expect(coverage.overall.enrolment).toBe(input.classes.reduce((sum, c) => sum + c.pupils, 0));
    expect(coverage.levels.reduce((sum, l) => sum + l.attended, 0)).toBe(coverage.overall.attended);
    for (const partner of coverage.partners) expect(partner.attended).toBeLessThanOrEqual(coverage.overall.attended);
  });
});
