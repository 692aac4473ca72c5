import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPartner, type MatchablePartner } from '../../../src-main/imports/partner-match';

const REGISTRY: MatchablePartner[] = [
  {
    id: 1,
    fullName: 'Муниципальное бюджетное учреждение культуры «Центральная детская библиотека»',
    shortName: 'МБУК ЦДБ',
  },
  { id: 2, fullName: 'Дом культуры «Юность»', shortName: 'ДК «Юность»' },
  { id: 3, fullName: 'МАУ ДО «Детская школа искусств № 2»', shortName: 'ДШИ № 2' },
  {
    id: 4,
    fullName: 'Отдел Государственной инспекции безопасности дорожного движения ОМВД России по району',
    shortName: 'ГИБДД',
  },
  { id: 5, fullName: 'Главное управление МЧС России по области', shortName: 'МЧС' },
  { id: 6, fullName: 'Центр дополнительного образования «Поиск»', shortName: 'ЦДО «Поиск»' },
  { id: 7, fullName: 'Сельский дом культуры «Ёлочка»', shortName: 'СДК «Ёлочка»' },
  { id: 8, fullName: 'Музей истории города', shortName: 'Музей' },
  { id: 9, fullName: 'Краеведческий музей', shortName: 'Краеведческий музей' },
];

describe('matchPartner', () => {
  it.each([
    ['МБУК «ЦДБ»', 1, 'name'],
    ['ЦДБ', 1, 'name'],
    ['Центральная детская библиотека', 1, 'name'],
    ['центральная  ДЕТСКАЯ библиотека.', 1, 'name'],
    ['ДК "Юность"', 2, 'name'],
    ['ДК „Юность“', 2, 'name'],
    ['МБУК Дом культуры Юность', 2, 'name'],
    ['Дом культуры', null, null],
    ['Детская школа искусств №2', 3, 'name'],
    ['МАУ ДО ДШИ № 2', 3, 'name'],
    ['ГИБДД', 4, 'name'],
    ['МЧС', 5, 'name'],
    ['Центр доп. образования «Поиск»', 6, 'words'],
    ['Центр дополнительного образования Поиск', 6, 'name'],
    ['СДК «Елочка»', 7, 'name'],
    ['Сельский ДК Ёлочка', 7, 'abbreviation'],
    ['«Юность»', 2, 'words'],
    ['ДК Юность', 2, 'name'],
    ['Юность', 2, 'words'],
    ['Библиотека', 1, 'words'],
  ] as const)('%s → %s', (text, id, how) => {
    const match = matchPartner(text, REGISTRY);
    expect(match.id).toBe(id);
    if (id !== null) expect(match.how).toBe(how);
  });

  it('reads abbreviations both ways', () => {
    const spelled: MatchablePartner[] = [
      { id: 1, fullName: 'МБУК «Центральная детская библиотека»', shortName: '' },
      { id: 2, fullName: 'ЦДО', shortName: '' },
      { id: 3, fullName: 'Комплексный центр социального обслуживания', shortName: '' },
    ];
    expect(matchPartner('ЦДБ', spelled)).toEqual({ id: 1, candidates: [1], how: 'abbreviation' });
    expect(matchPartner('Центр дополнительного образования', spelled)).toEqual({
      id: 2,
      candidates: [2],
      how: 'abbreviation',
    });
    expect(matchPartner('КЦСО', spelled)).toEqual({ id: 3, candidates: [3], how: 'abbreviation' });
  });

  it('offers the candidates when a name fits several, and nothing when none', () => {
    expect(matchPartner('дом культуры', REGISTRY)).toEqual({ id: null, candidates: [2, 7], how: 'words' });
    expect(matchPartner('музей', REGISTRY)).toEqual({ id: 8, candidates: [8], how: 'name' });
    expect(matchPartner('Пожарная часть № 5', REGISTRY)).toEqual({ id: null, candidates: [], how: null });
    expect(matchPartner('', REGISTRY)).toEqual({ id: null, candidates: [], how: null });
    expect(matchPartner('«»', REGISTRY)).toEqual({ id: null, candidates: [], how: null });
  });

  it('always matches a partner by its own full or short name, in any case and quotes', () => {
    const word = fc.stringMatching(/^[а-яё]{2,9}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const registry = fc
      .uniqueArray(fc.tuple(name, name), { minLength: 1, maxLength: 8, selector: ([full]) => full })
      .map((names) => names.map(([fullName, shortName], i) => ({ id: i + 1, fullName, shortName })));
    const dressed = (text: string, style: number, upper: readonly boolean[]) => {
      const cased = [...text].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
      const words = cased.split(' ');
      const last = words.pop() ?? '';
      const quote = [
        ['«', '»'],
        ['"', '"'],
        ['„', '“'],
        ['', ''],
      ][style % 4] ?? ['', ''];
      return [...words, `${quote[0]}${last}${quote[1]}`].join(' ').replaceAll('е', style % 2 ? 'ё' : 'е');
    };
    fc.assert(
      fc.property(
        registry,
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.nat(),
        (partners, pick, upper, style) => {
          const partner = partners[pick % partners.length];
          if (!partner) return;
          for (const own of [partner.fullName, partner.shortName]) {
            // Only a name no other partner holds too can be expected to point at one partner.
            const others = partners.filter((p) => p.id !== partner.id);
            const shared = (text: string) => matchPartner(text, others).how === 'name';
            if (shared(own)) continue;
            expect(matchPartner(dressed(own, style, upper), partners).id).toBe(partner.id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
