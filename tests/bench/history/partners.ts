import { academicYearOf, academicYearStart } from '../../../src-main/contract/academic-year';
import {
  blankPartnerFields,
  type PartnerFields,
  type PartnerStatus,
  type Stage,
} from '../../../src-main/contract/partners';
import {
  findPartner,
  insertPartner,
  replaceStageHistory,
  saveStatusOverride,
  updatePartner,
  type StageHistoryRow,
} from '../../../src-main/partners/repository';
import { stampOn, type HistoryContext, type PartnerInfo } from './context';
import { fullName, person, phone, shortPersonName, transliterate } from './people';
import { kppOf, ogrn, organisationInn } from './requisites';
import { INTERACTION_FORMS, organisationName, SOCIAL_EFFECTS, STREETS, TOWNS } from './words';

const LEGAL_FORMS = [
  'МБУК',
  'МБУ ДО',
  'МБУ',
  'МБУЗ',
  'ГБУ ДПО РО',
  'ГБУ РО',
  'ГБПОУ РО',
  'ФГАОУ ВО',
  'АНО ДО',
  'ООО',
  'ПАО',
];
const HEAD_POSITIONS = ['Директор', 'Заведующий', 'Начальник', 'Председатель', 'Руководитель'];

/** The stage a partner has reached, and its status, from the years the school worked with it. */
function standing(
  context: HistoryContext,
  info: Pick<PartnerInfo, 'from' | 'to'>,
): { status: PartnerStatus; stage: Stage } {
  const last = context.years.length - 1;
  if (info.from > last) return { status: 'potential', stage: 1 };
  if (info.to < last) return { status: context.random.chance(0.15) ? 'suspended' : 'former', stage: 4 };
  const stage = context.random.weighted<Stage>([
    [3, 70],
    [2, 20],
    [4, 10],
  ]);
  return { status: 'active', stage: stage === 4 && info.from === last ? 3 : stage };
}

/** The stages a partner went through, the latest first (as the card lists them). */
function stageHistory(context: HistoryContext, info: PartnerInfo, stage: Stage): Omit<StageHistoryRow, 'id'>[] {
  const last = context.years.length - 1;
  const start = academicYearStart(context.years[Math.min(info.from, last)] ?? '');
  // Stage 4 comes in the May after the last year worked, and never after today.
  const end = Math.min(
    academicYearStart(context.years[info.to] ?? '') + 1,
    academicYearStart(context.years[last] ?? ''),
  );
  const day = () => String(context.random.int(10, 28)).padStart(2, '0');
  const steps: [Stage, string, string][] = [
    [1, `${start}-05-${day()}`, 'Первая встреча'],
    [2, `${start}-08-${day()}`, 'Подписан договор'],
    [3, `${start}-09-${day()}`, 'Начаты совместные мероприятия'],
    [4, `${end}-05-${day()}`, 'Подведены итоги года'],
  ];
  return steps
    .filter(([to]) => to <= stage)
    .map(([to, date, comment]) => ({
      year: academicYearOf(date),
      fromStage: to === 1 ? null : ((to - 1) as Stage),
      toStage: to,
      date,
      comment,
      recordedAt: stampOn(date, 15 * 60),
    }))
    .reverse();
}

function partnerFields(context: HistoryContext, category: string, taken: Set<string>): PartnerFields {
  const { random } = context;
  let [name, short] = organisationName(random, category);
  for (let attempt = 0; taken.has(name) && attempt < 8; attempt += 1) {
    [name, short] = organisationName(random, category);
  }
  // A name the registry has already is a branch of that organisation.
  let branch = 2;
  while (taken.has(`${name} (филиал № ${branch})`)) branch += 1;
  if (taken.has(name)) name = `${name} (филиал № ${branch})`;
  taken.add(name);
  const head = person(random, 0.6);
  const withRequisites = random.chance(0.7);
  const inn = withRequisites ? organisationInn(random) : '';
  const town = random.pick(TOWNS);
  const contacts = Array.from({ length: random.int(1, 3) }, () => {
    const p = person(random);
    return {
      name: fullName(p),
      role: random.pick(['Методист', 'Заместитель директора', 'Специалист по работе с молодёжью', 'Инспектор', '']),
      phone: phone(random),
      email: random.chance(0.6) ? `${transliterate(p.surname)}.${transliterate(p.name[0] ?? '')}@example.ru` : '',
    };
  });
  const forms = random.sample(INTERACTION_FORMS[category] ?? INTERACTION_FORMS['Другое'] ?? [], random.int(2, 4));
  return {
    ...blankPartnerFields(context.categories.get(category) ?? 1),
    fullName: name,
    shortName: short,
    legalForm: LEGAL_FORMS.find((form) => name.startsWith(`${form} `)) ?? '',
    inn,
    kpp: inn ? kppOf(inn) : '',
    ogrn: withRequisites ? ogrn(random, random.int(1995, 2015)) : '',
    legalAddress: withRequisites
      ? `3463${random.int(10, 99)}, Ростовская обл., ${town}, ${random.pick(STREETS)}, д. ${random.int(1, 120)}`
      : '',
    headName: fullName(head),
    headPosition: random.pick(HEAD_POSITIONS),
    headBasis: 'Устава',
    website: random.chance(0.3) ? `${transliterate(short || name.split('«')[1] || 'partner').slice(0, 20)}.ru` : '',
    contacts,
    forms: forms.map((text) => ({
      text,
      taskIds: random.sample(context.taskIds, random.int(0, 2)).sort((a, b) => a - b),
    })),
    effects: random.sample(SOCIAL_EFFECTS, random.int(1, 3)),
  };
}

/**
 * The registry: the programme's own partners (already seeded), who work with the school all the years, and others
 * who come and go. Written with the app's own repository, so names, search text and children are as it writes them.
 */
export function writePartners(context: HistoryContext): void {
  const { db, random, years } = context;
  const last = years.length - 1;
  const seeded = db
    .prepare(
      'SELECT p.id, c.name AS category, p.full_name AS fullName FROM partners p JOIN partner_categories c ON c.id = p.category_id ORDER BY p.id',
    )
    .all() as { id: number; category: string; fullName: string }[];
  const taken = new Set(seeded.map((p) => p.fullName));
  const formsOf = db.prepare('SELECT text FROM partner_forms WHERE partner_id = ? ORDER BY position').pluck();
  for (const row of seeded) {
    const info: PartnerInfo = {
      id: row.id,
      category: row.category,
      from: 0,
      to: last,
      core: true,
      forms: formsOf.all(row.id) as string[],
      contact: shortPersonName(person(random)),
    };
    const stage: Stage = 3;
    // The office has typed in who heads each of the programme's partners, for their agreements.
    const record = findPartner(db, row.id);
    if (record) {
      const head = person(random, 0.6);
      updatePartner(
        db,
        row.id,
        { ...record, headName: fullName(head), headPosition: 'Директор', headBasis: 'Устава' },
        stampOn(context.today),
      );
    }
    replaceStageHistory(
      db,
      row.id,
      stageHistory(context, info, stage).map((e, i) => ({ ...e, id: i + 1 })),
    );
    context.partners.push(info);
  }
  const categories = [...context.categories.keys()];
  const weights = categories.map((c) => [c, c === 'Культура' ? 4 : c === 'Семья' ? 0.5 : 2] as const);
  for (let i = seeded.length; i < context.counts.partners; i += 1) {
    const category = random.weighted(weights);
    const from = random.chance(0.04) ? last + 1 : random.int(0, last);
    const to = Math.min(last, from + random.int(1, 14));
    const fields = partnerFields(context, category, taken);
    const info: PartnerInfo = {
      id: 0,
      category,
      from,
      to,
      core: false,
      forms: fields.forms.map((f) => f.text),
      contact: shortPersonName(person(random)),
    };
    // The partner's status and stage follow from the records generated for it; only the history is written.
    const { status, stage } = standing(context, info);
    const created = stampOn(`${academicYearStart(years[Math.min(from, last)] ?? '')}-05-15`);
    info.id = insertPartner(db, fields, { createdAt: created, updatedAt: created });
    if (status === 'former' || status === 'suspended') {
      const setOn = `${academicYearStart(years[Math.min(to, last)] ?? '') + 1}-06-20`;
      saveStatusOverride(db, info.id, {
        status,
        reason: status === 'former' ? 'Сотрудничество завершено' : 'Сотрудничество приостановлено',
        setOn,
        recordedAt: stampOn(setOn),
      });
    }
    replaceStageHistory(
      db,
      info.id,
      stageHistory(context, info, stage).map((e, i) => ({ ...e, id: i + 1 })),
    );
    context.partners.push(info);
  }
}
