import { gradeOf } from '../../contract/classes';
import { LEVELS, type Participant } from '../../contract/plans';
import { foldForSearch, plainDashes } from '../../contract/text-folding';

/**
 * The «Участники» cell as schools write it («5–7 классы», «1А, 1Б», «обучающиеся 8-х классов», «НОО»,
 * «педагоги», «родители (законные представители)») as the plan's participants.
 *
 * A span of grades is the levels it covers exactly where it covers whole levels («1–4 классы» НОО, «5–11 классы»
 * ООО and СОО, «1–11 классы» every level); otherwise each class of those grades the school has that year
 * («Классы» screen). Words that are no participant are returned as `unread`, grades the school has no classes of
 * for the year as `noClasses` («5–7 классов»): the item keeps the cell's text in its notes.
 */
export interface ParsedParticipants {
  participants: Participant[];
  unread: string[];
  noClasses: string[];
}

const LEVEL_SPANS: readonly { level: (typeof LEVELS)[number]; from: number; to: number }[] = [
  { level: 'НОО', from: 1, to: 4 },
  { level: 'ООО', from: 5, to: 9 },
  { level: 'СОО', from: 10, to: 11 },
];

const LEVEL_WORDS: readonly [RegExp, (typeof LEVELS)[number]][] = [
  [/(?:^|[^а-я])ноо(?![а-я])|начальн/, 'НОО'],
  [/(?:^|[^а-я])ооо(?![а-я])|основн(?:ая|ой|ое) (?:школ|общ)/, 'ООО'],
  [/(?:^|[^а-я])соо(?![а-я])|старш(?:ая|ей|ие|их) (?:школ|класс)|старшеклассник/, 'СОО'],
];
const PARENTS = /родител|семь[ия]|законн\S* представ/;
const TEACHERS = /педагог|учител|классн\S* руковод|кл\.? ?рук|воспитател|коллектив|администрац|специалист/;
const EVERYONE = /^(?:все(?: классы)?|вся школа|обучающиеся школы|учащиеся школы|все обучающиеся|все учащиеся)$/;
/** Words around the grades that say nothing of who: «обучающиеся 5-х классов», «кл.», «параллель». */
const FILLER =
  /(?:обучающи\S*|учащи\S*|ученик\S*|школьник\S*|дет[иь]|воспитанник\S*|команд\S*|параллел\S*|класс\S*|кл\.?|-?[хе](?![а-я])|(?<=\d)-?[ыо]?[йхе](?![а-я])|\bи\b|\(|\))/g;

const foldText = (text: string) => foldForSearch(plainDashes(text));

/** The levels a span of grades is made of, when it is made of whole levels. */
function wholeLevels(from: number, to: number): (typeof LEVELS)[number][] | null {
  const inside = LEVEL_SPANS.filter((l) => l.from >= from && l.to <= to);
  const covered = inside.reduce((n, l) => n + (l.to - l.from + 1), 0);
  return covered === to - from + 1 && inside.length > 0 ? inside.map((l) => l.level) : null;
}

function splitParts(text: string): string[] {
  return text
    .split(/[,;\n/+]|(?:\s|^)и(?:\s|$)/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Reads the participants of a row; `schoolClasses` is the school's classes of the plan's year («5А», «5Б» …),
 * each span of grades that is not whole levels is read as those classes.
 */
export function parseParticipants(raw: string, schoolClasses: readonly string[]): ParsedParticipants {
  const participants: Participant[] = [];
  const unread: string[] = [];
  const noClasses: string[] = [];
  const text = foldText(raw);
  if (text === '' || /^[-–—.\s]*$/.test(text)) return { participants, unread, noClasses };
  if (PARENTS.test(text)) participants.push({ kind: 'parents', value: '' });
  if (TEACHERS.test(text)) participants.push({ kind: 'teachers', value: '' });

  for (const original of splitParts(raw)) {
    const part = foldText(original);
    // «родители обучающихся 1-х классов», «классные руководители 5–7 классов»: the grades say whose.
    if (PARENTS.test(part) || TEACHERS.test(part)) continue;
    if (EVERYONE.test(part)) {
      for (const level of LEVELS) participants.push({ kind: 'level', value: level });
      continue;
    }
    const levels = LEVEL_WORDS.filter(([re]) => re.test(part)).map(([, level]) => level);
    if (levels.length > 0 && !/\d/.test(part)) {
      for (const level of levels) participants.push({ kind: 'level', value: level });
      continue;
    }
    const found = readClasses(part, schoolClasses);
    if (found === null) {
      unread.push(original.trim());
      continue;
    }
    participants.push(...found.participants);
    noClasses.push(...found.noClasses);
  }
  return { participants: unique(participants), unread, noClasses };
}

function unique(list: Participant[]): Participant[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.kind}:${p.value}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Classes, spans and grades of one part («5–7», «1А», «8-х», «10 а»); null when the part is not such. */
function readClasses(
  part: string,
  schoolClasses: readonly string[],
): Pick<ParsedParticipants, 'participants' | 'noClasses'> | null {
  const participants: Participant[] = [];
  const noClasses: string[] = [];
  let rest = part;
  // «1А», «1 а», «1-А», «10«Б»»: one class.
  rest = rest.replace(
    /(?<!\d)(1[01]|[1-9]) ?[-«"]? ?([а-я])["»]?(?![а-я])/g,
    (whole, grade: string, letter: string) => {
      // «5 и» is no class: the conjunction was split off before, but a lone «и»/«к» (кл) is guarded anyway.
      if (letter === 'и' || letter === 'к' || letter === 'х' || letter === 'е' || letter === 'й') return whole;
      participants.push({ kind: 'class', value: `${grade}${letter.toUpperCase()}` });
      return ' ';
    },
  );
  rest = rest.replace(/(?<!\d)(1[01]|[1-9]) ?(?:-|по|до) ?(1[01]|[1-9])(?!\d)/g, (_whole, a: string, b: string) => {
    spanOf(Number(a), Number(b), schoolClasses, participants, noClasses);
    return ' ';
  });
  rest = rest.replace(/(?<!\d)(1[01]|[1-9])(?!\d)/g, (_whole, a: string) => {
    spanOf(Number(a), Number(a), schoolClasses, participants, noClasses);
    return ' ';
  });
  rest = rest.replace(FILLER, ' ').replace(/[\s.,«»"-]/g, '');
  if (rest !== '' || (participants.length === 0 && noClasses.length === 0)) return null;
  return { participants, noClasses };
}

function spanOf(
  from: number,
  to: number,
  schoolClasses: readonly string[],
  participants: Participant[],
  noClasses: string[],
): void {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const levels = wholeLevels(a, b);
  if (levels && a !== b) {
    for (const level of levels) participants.push({ kind: 'level', value: level });
    return;
  }
  const missing: number[] = [];
  for (let grade = a; grade <= b; grade += 1) {
    const own = schoolClasses.filter((c) => gradeOf(c) === grade);
    if (own.length === 0) missing.push(grade);
    for (const name of own) participants.push({ kind: 'class', value: name });
  }
  if (missing.length > 0) noClasses.push(gradesText(missing));
}

/** «9 класса», «5–7 классов», «5, 7 классов»: as «нет …» names them. */
function gradesText(grades: number[]): string {
  const runs: string[] = [];
  let start = grades[0] ?? 0;
  let last = start;
  for (const grade of grades.slice(1)) {
    if (grade !== last + 1) {
      runs.push(start === last ? String(start) : `${start}–${last}`);
      start = grade;
    }
    last = grade;
  }
  runs.push(start === last ? String(start) : `${start}–${last}`);
  return `${runs.join(', ')} ${grades.length === 1 ? 'класса' : 'классов'}`;
}
