import { comparableName } from '../contract/text-folding';

/** A partner of the registry as a name in a file is matched to it. */
export interface MatchablePartner {
  id: number;
  fullName: string;
  shortName: string;
}

/**
 * The partner a name in a file means: `id` when exactly one fits, else null with the ones that fit equally well
 * (none when nothing fits). `how` says by what: the same name, an abbreviation of it (or it of an abbreviation),
 * or the words of the name (a name in quotes, a part of the full name).
 */
export interface PartnerMatch {
  id: number | null;
  candidates: number[];
  how: 'name' | 'abbreviation' | 'words' | null;
}

/**
 * Legal forms written as abbreviations before a name: «МБУК», «МАУ ДО», «ГБУЗ», «ООО». Only whole words, and only
 * at the head of a name, so «ГИБДД» or «МЧС» stay.
 */
const LEGAL_ABBREVIATIONS = new Set(
  (
    'му мбу мау мку мук мбук маук мкук моу мбоу маоу мкоу мдоу мбдоу мадоу мкдоу мудо мбудо маудо мкудо ' +
    'гу гбу гау гку гук гбук гаук гбоу гаоу гкоу гбуз гауз гкуз гбудо гаудо гбпоу гапоу ' +
    'огбу огау огбоу огаоу огбуз кгбу кгау кгбоу кгбуз фгбу фгау фгбоу фгаоу фгку фку фгуп муп гуп ' +
    'ооо оао зао пао ао нко ано ип роо'
  ).split(' '),
);

/** Words of a legal form written out: «Муниципальное бюджетное учреждение культуры». */
const LEGAL_WORDS = new Set(
  (
    'муниципальное муниципальная муниципальный государственное государственная государственный федеральное ' +
    'федеральная областное областная краевое краевая городское городская бюджетное бюджетная автономное ' +
    'автономная казенное казенная частное некоммерческая общеобразовательное образовательное дошкольное ' +
    'профессиональное учреждение организация унитарное предприятие общество с ограниченной ответственностью ' +
    'акционерное публичное открытое закрытое'
  ).split(' '),
);

/** What follows «учреждение» in a legal form: the field the institution works in. */
const LEGAL_FIELDS: readonly (readonly string[])[] = [
  ['дополнительного', 'образования', 'детей'],
  ['дополнительного', 'образования'],
  ['физической', 'культуры', 'и', 'спорта'],
  ['социального', 'обслуживания', 'населения'],
  ['социального', 'обслуживания'],
  ['культуры'],
  ['здравоохранения'],
  ['спорта'],
  ['образования'],
];

/** Abbreviations a school writes for the kinds of its partners, and what they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  дк: 'дом культуры',
  сдк: 'сельский дом культуры',
  рдк: 'районный дом культуры',
  гдк: 'городской дом культуры',
  кдц: 'культурно досуговый центр',
  дши: 'детская школа искусств',
  дмш: 'детская музыкальная школа',
  дхш: 'детская художественная школа',
  цдо: 'центр дополнительного образования',
  ддт: 'дом детского творчества',
  цдт: 'центр детского творчества',
  цдб: 'центральная детская библиотека',
  цбс: 'централизованная библиотечная система',
  дюсш: 'детско юношеская спортивная школа',
  сдюсшор: 'специализированная детско юношеская спортивная школа олимпийского резерва',
  сош: 'средняя общеобразовательная школа',
  оош: 'основная общеобразовательная школа',
  мчс: 'министерство по чрезвычайным ситуациям',
  гибдд: 'государственная инспекция безопасности дорожного движения',
  гаи: 'государственная автомобильная инспекция',
  пдн: 'подразделение по делам несовершеннолетних',
  кдн: 'комиссия по делам несовершеннолетних',
  кднизп: 'комиссия по делам несовершеннолетних и защите их прав',
  омвд: 'отдел министерства внутренних дел',
  овд: 'отдел внутренних дел',
  мвд: 'министерство внутренних дел',
  цсон: 'центр социального обслуживания населения',
  фок: 'физкультурно оздоровительный комплекс',
};

/** Short words an abbreviation leaves out: «Министерство по чрезвычайным ситуациям» is «МЧС». */
const SKIPPED_IN_ABBREVIATION = new Set(['и', 'по', 'в', 'во', 'на', 'с', 'со', 'для', 'при', 'об', 'о']);

/** Where a name's kind ends and its own name begins: «… имени Гайдара», «… г. Зверево», «… № 5». */
const NAME_STARTS = new Set(['им', 'имени', 'г', 'гор', 'город', 'пгт', 'пос', 'п', 'ст', 'х', 'р', 'района']);

/** A name folded to words: no case, ё as е, no quotes or punctuation; «детско-юношеская» as two words. */
function words(text: string): string[] {
  return comparableName(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

function startsWithWords(list: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, i) => list[at + i] === w);
}

/** The words without the legal form at their head (all of them kept when nothing else is left). */
function withoutLegalForm(list: readonly string[]): string[] {
  let at = 0;
  let sawInstitution = false;
  for (;;) {
    const word = list[at];
    if (word === undefined) break;
    if (LEGAL_ABBREVIATIONS.has(word) || LEGAL_WORDS.has(word)) {
      if (word === 'учреждение' || LEGAL_ABBREVIATIONS.has(word)) sawInstitution = true;
      at += 1;
      continue;
    }
    // «МАУ ДО», «МБУ ДО»: «ДО» is «дополнительного образования» only after a legal form.
    if (word === 'до' && at > 0 && LEGAL_ABBREVIATIONS.has(list[at - 1] ?? '')) {
      at += 1;
      continue;
    }
    const field = sawInstitution ? LEGAL_FIELDS.find((phrase) => startsWithWords(list, at, phrase)) : undefined;
    if (field && list[at - 1] === 'учреждение') {
      at += field.length;
      continue;
    }
    break;
  }
  return at < list.length ? list.slice(at) : [...list];
}

/** Known abbreviations spelled out: «дк юность» as «дом культуры юность». */
function expanded(list: readonly string[]): string[] {
  return list.flatMap((w) => (ABBREVIATIONS[w] ? (ABBREVIATIONS[w] as string).split(' ') : [w]));
}

/** The first letters of the words of a name's kind (up to «имени», a number or its end). */
function acronym(list: readonly string[]): string {
  let letters = '';
  for (const word of list) {
    if (NAME_STARTS.has(word) || /^\p{N}/u.test(word)) break;
    if (!SKIPPED_IN_ABBREVIATION.has(word)) letters += word[0] ?? '';
  }
  return letters;
}

/** Texts between quotes of any kind: «Юность», "Юность", „Юность“. */
function quotedParts(text: string): string[] {
  const parts: string[] = [];
  for (const match of text.matchAll(/[«"„“']([^«»"„“”']+)[»"“”']/g)) {
    const inner = words(match[1] ?? '');
    if (inner.length > 0) parts.push(inner.join(' '));
  }
  return parts;
}

interface NameForms {
  /** The name's words without its legal form. */
  key: string;
  /** The same with known abbreviations spelled out. */
  long: string;
  /** The first letters of the long form's words. */
  letters: string;
  wordSet: Set<string>;
}

function nameForms(name: string): NameForms | null {
  const own = withoutLegalForm(words(name));
  if (own.length === 0) return null;
  const long = expanded(own);
  return { key: own.join(' '), long: long.join(' '), letters: acronym(long), wordSet: new Set([...own, ...long]) };
}

function result(ids: Iterable<number>, how: PartnerMatch['how']): PartnerMatch | null {
  const candidates = [...new Set(ids)].sort((a, b) => a - b);
  if (candidates.length === 0) return null;
  return { id: candidates.length === 1 ? (candidates[0] ?? null) : null, candidates, how };
}

const NOTHING: PartnerMatch = { id: null, candidates: [], how: null };

/**
 * The partner of the registry a name written in a file means: «ДК „Юность“», «МБУК ЦДБ», «центральная детская
 * библиотека». Case, ё, quotes, punctuation and the legal form do not matter; abbreviations are read both ways.
 */
export function matchPartner(text: string, partners: readonly MatchablePartner[]): PartnerMatch {
  const mine = nameForms(text);
  if (!mine) return NOTHING;
  const theirs = partners.map((partner) => ({
    id: partner.id,
    names: [nameForms(partner.fullName), nameForms(partner.shortName)].filter((f): f is NameForms => f !== null),
  }));
  const pick = (test: (name: NameForms) => boolean) =>
    theirs.filter((partner) => partner.names.some(test)).map((partner) => partner.id);

  const byName = result(
    pick((name) => name.key === mine.key),
    'name',
  );
  if (byName) return byName;
  const single = !mine.key.includes(' ');
  const byAbbreviation = result(
    pick(
      (name) =>
        name.long === mine.long ||
        (single && name.letters.length > 1 && name.letters === mine.key) ||
        (!name.key.includes(' ') && mine.letters.length > 1 && mine.letters === name.key),
    ),
    'abbreviation',
  );
  if (byAbbreviation) return byAbbreviation;
  const all = (list: Iterable<string>, set: Set<string>) => [...list].every((w) => set.has(w));
  const byWords = result(
    pick((name) => all(mine.long.split(' '), name.wordSet)),
    'words',
  );
  if (byWords) return byWords;
  for (const quoted of quotedParts(text)) {
    const byQuoted = result(
      pick((name) => all(quoted.split(' '), name.wordSet)),
      'words',
    );
    if (byQuoted) return byQuoted;
  }
  return (
    result(
      pick((name) => name.key.length >= 3 && all(name.long.split(' '), mine.wordSet)),
      'words',
    ) ?? NOTHING
  );
}
