import type { Random } from './random';

// Russian people as a school in Ростовская область meets them: surnames in their male form (the female one is made
// from it), first names, and patronymics made from fathers' names.

const SURNAMES = (
  'Иванов Петров Сидоров Кузнецов Смирнов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов ' +
  'Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин ' +
  'Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов ' +
  'Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов ' +
  'Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов ' +
  'Сидоренко Коваленко Бондаренко Шевченко Ткаченко Кравченко Мельников Калинин Ерёменко Денисов Чернов ' +
  'Логинов Гаврилов Пономарёв Исаев Мартынов Щербаков Голубев Вдовин Лукин Шубин Бирюков Астахов ' +
  'Литвинов Дроздов Быков Сафонов Гордеев Назаров Тимофеев Кудрявцев Рыбаков Савельев Субботин Ермаков ' +
  'Горбунов Голованов Белоусов Краснов Агафонов Островский Вишневский Ковальский Зеленский Яровой ' +
  'Черных'
).split(' ');

const MALE_NAMES = (
  'Александр Алексей Андрей Антон Артём Борис Вадим Василий Виктор Владимир Вячеслав Геннадий Георгий ' +
  'Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил ' +
  'Никита Николай Олег Павел Пётр Роман Сергей Степан Тимофей Фёдор Юрий Ярослав Матвей'
).split(' ');

const FEMALE_NAMES = (
  'Александра Алёна Алина Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина ' +
  'Елена Елизавета Жанна Зинаида Ирина Карина Ксения Лариса Любовь Людмила Маргарита Марина Мария ' +
  'Надежда Наталья Нина Оксана Ольга Полина Светлана Софья Тамара Татьяна Ульяна Юлия Яна Варвара'
).split(' ');

/** Fathers' names and the patronymics made from them, male and female. */
const PATRONYMICS = [
  ['Александрович', 'Александровна'],
  ['Алексеевич', 'Алексеевна'],
  ['Андреевич', 'Андреевна'],
  ['Борисович', 'Борисовна'],
  ['Васильевич', 'Васильевна'],
  ['Викторович', 'Викторовна'],
  ['Владимирович', 'Владимировна'],
  ['Геннадьевич', 'Геннадьевна'],
  ['Григорьевич', 'Григорьевна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Евгеньевич', 'Евгеньевна'],
  ['Иванович', 'Ивановна'],
  ['Игоревич', 'Игоревна'],
  ['Константинович', 'Константиновна'],
  ['Михайлович', 'Михайловна'],
  ['Николаевич', 'Николаевна'],
  ['Олегович', 'Олеговна'],
  ['Павлович', 'Павловна'],
  ['Петрович', 'Петровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Юрьевич', 'Юрьевна'],
  ['Фёдорович', 'Фёдоровна'],
  ['Анатольевич', 'Анатольевна'],
  ['Валерьевич', 'Валерьевна'],
] as const;

function femaleSurname(surname: string): string {
  if (/(ов|ев|ёв|ин)$/u.test(surname)) return `${surname}а`;
  if (surname.endsWith('ский')) return `${surname.slice(0, -4)}ская`;
  if (surname.endsWith('ой')) return `${surname.slice(0, -2)}ая`;
  return surname;
}

export interface Person {
  surname: string;
  name: string;
  patronymic: string;
  female: boolean;
}

/** Most of a school's staff and partners' contacts are women. */
export function person(random: Random, femaleShare = 0.75): Person {
  const female = random.chance(femaleShare);
  const [male, femalePatronymic] = random.pick(PATRONYMICS);
  const surname = random.pick(SURNAMES);
  return {
    surname: female ? femaleSurname(surname) : surname,
    name: female ? random.pick(FEMALE_NAMES) : random.pick(MALE_NAMES),
    patronymic: female ? femalePatronymic : male,
    female,
  };
}

/** «Петрова Анна Ивановна» */
export const fullName = (p: Person) => `${p.surname} ${p.name} ${p.patronymic}`;

/** «Петрова А. И.» */
export const shortPersonName = (p: Person) => `${p.surname} ${p.name[0]}. ${p.patronymic[0]}.`;

/** «А. И. Петрова», as a signature's transcript is written. */
export const signatureName = (p: Person) => `${p.name[0]}. ${p.patronymic[0]}. ${p.surname}`;

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => TRANSLIT[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join('');
}

/** A local phone of the Красносулинский район: «+7 (86367) 5-12-34». */
export function phone(random: Random): string {
  return random.chance(0.5)
    ? `+7 (86367) ${random.int(2, 7)}-${random.int(10, 99)}-${random.int(10, 99)}`
    : `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`;
}

/** A name a teacher could say of a pupil: «Иванов Артём». */
export function pupilName(random: Random): string {
  const p = person(random, 0.5);
  return `${p.surname} ${p.name}`;
}
