import { describe, expect, it } from 'vitest';
import { parseParticipants } from '../../../../src-main/plans/import/participants';
import type { Participant } from '../../../../src-main/contract/plans';

const CLASSES = ['1А', '1Б', '2А', '5А', '5Б', '6А', '7А', '7Б', '8А', '10А', '11А'];
const cls = (...names: string[]): Participant[] => names.map((value) => ({ kind: 'class', value }));
const lvl = (...names: ('НОО' | 'ООО' | 'СОО')[]): Participant[] => names.map((value) => ({ kind: 'level', value }));
const PARENTS: Participant = { kind: 'parents', value: '' };
const TEACHERS: Participant = { kind: 'teachers', value: '' };

describe('the «Участники» of a plan row', () => {
  it.each<[string, Participant[]]>([
    ['5–7 классы', cls('5А', '5Б', '6А', '7А', '7Б')],
    ['5-7 кл.', cls('5А', '5Б', '6А', '7А', '7Б')],
    ['обучающиеся 5-х классов', cls('5А', '5Б')],
    ['учащиеся 8 кл.', cls('8А')],
    ['1А, 1Б', cls('1А', '1Б')],
    ['5а,6а', cls('5А', '6А')],
    ['10 «А»', cls('10А')],
    ['1-А; 2 а', cls('1А', '2А')],
    ['НОО', lvl('НОО')],
    ['начальная школа', lvl('НОО')],
    ['ООО, СОО', lvl('ООО', 'СОО')],
    ['5-9 кл', lvl('ООО')],
    ['1–4 классы', lvl('НОО')],
    ['1-11 классы', lvl('НОО', 'ООО', 'СОО')],
    ['все классы', lvl('НОО', 'ООО', 'СОО')],
    ['педагоги', [TEACHERS]],
    ['классные руководители 5-7 классов', [TEACHERS]],
    ['родители', [PARENTS]],
    ['Педагоги, родители (законные представители)', [PARENTS, TEACHERS]],
    ['родители и обучающиеся 1-х классов', [PARENTS, ...cls('1А', '1Б')]],
  ])('reads «%s»', (text, participants) => {
    expect(parseParticipants(text, CLASSES)).toEqual({ participants, unread: [], noClasses: [] });
  });

  it('names the grades the school has no classes of that year, and reads the rest', () => {
    expect(parseParticipants('2-4 классы', CLASSES)).toEqual({
      participants: cls('2А'),
      unread: [],
      noClasses: ['3–4 классов'],
    });
    expect(parseParticipants('9 класс', CLASSES)).toEqual({ participants: [], unread: [], noClasses: ['9 класса'] });
    expect(parseParticipants('5-7 классы', [])).toEqual({ participants: [], unread: [], noClasses: ['5–7 классов'] });
  });

  it('leaves words that name no participant unread', () => {
    expect(parseParticipants('волонтёры, 5А', CLASSES)).toEqual({
      participants: cls('5А'),
      unread: ['волонтёры'],
      noClasses: [],
    });
  });

  it('reads an empty cell as no participants', () => {
    expect(parseParticipants('', CLASSES)).toEqual({ participants: [], unread: [], noClasses: [] });
    expect(parseParticipants('—', CLASSES)).toEqual({ participants: [], unread: [], noClasses: [] });
  });
});
