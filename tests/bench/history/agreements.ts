import { academicYearStart } from '../../../src-main/contract/academic-year';
import type { AgreementFields, AgreementType, Prolongation } from '../../../src-main/contract/agreements';
import { addDays, addYears } from '../../../src-main/contract/dates';
import { insertAgreement, insertAmendment, setTermination } from '../../../src-main/agreements/repository';
import { fillTemplate, placeholderValues } from '../../../src-main/agreements/templates/placeholders';
import { findPartner, type PartnerRecord } from '../../../src-main/partners/repository';
import { pickPartner, stampOn, type HistoryContext } from './context';

const SIGNING_MONTHS = ['08', '09', '09', '09', '10', '10', '11', '12', '01', '02', '03'];
const SUBJECTS = [
  'Сотрудничество в организации досуга и духовно-нравственного воспитания обучающихся',
  'Совместная деятельность по профилактике детского дорожно-транспортного травматизма',
  'Организация занятий обучающихся в объединениях дополнительного образования',
  'Сетевое взаимодействие при реализации образовательных программ',
  'Совместная работа по формированию здорового образа жизни обучающихся',
];

const SCHOOL_OBLIGATIONS =
  'Согласовывать с Партнёром план совместной деятельности на учебный год.\n' +
  'Обеспечивать участие обучающихся в совместных мероприятиях.\n' +
  'Назначать ответственных за организацию мероприятий.';
const PARTNER_OBLIGATIONS =
  'Предоставлять площадку, специалистов и материалы для совместных мероприятий.\n' +
  'Сообщать Школе об изменениях в плане не позднее чем за 10 дней.';
const SAFETY =
  'Ответственность за жизнь и здоровье обучающихся во время совместных мероприятий несут сопровождающие их педагоги Школы.';

/** The month of an agreement's signing in its academic year, as a calendar «YYYY-MM». */
function signingMonth(start: number, month: string): string {
  return `${Number(month) >= 8 ? start : start + 1}-${month}`;
}

/**
 * Agreements drafted from the built-in templates, numbered «СП-{год}-{№}», signed in their academic year for one to
 * three years (some for calendar years, some open-ended), a few amended, prolonged or terminated; the current
 * year also has drafts. Written with the app's repository, so `number_key` and the text are as the app makes them.
 */
export function writeAgreements(context: HistoryContext): void {
  const { db, random, years, today } = context;
  const templates = new Map(
    (
      db.prepare('SELECT id, type, body FROM agreement_templates WHERE built_in = 1').all() as {
        id: number;
        type: AgreementType;
        body: string;
      }[]
    ).map((t) => [t.type, t]),
  );
  const partners = new Map<number, PartnerRecord>();
  const partnerOf = (id: number) => {
    const found = partners.get(id) ?? findPartner(db, id);
    if (!found) throw new Error(`partner ${id} is missing`);
    partners.set(id, found);
    return found;
  };
  const sequence = new Map<number, number>();
  const numberFor = (year: number) => {
    const next = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, next);
    return `СП-${year}-${next}`;
  };

  const write = (fields: AgreementFields, created: string): number => {
    const template = templates.get(fields.type);
    const text = template
      ? fillTemplate(
          template.body,
          placeholderValues({ school: context.school, partner: partnerOf(fields.partnerId), agreement: fields }),
          { missing: 'keep' },
        )
      : '';
    return insertAgreement(db, { ...fields, text, templateId: template?.id ?? null }, created);
  };

  const drafts = Math.min(6, Math.floor(context.counts.agreements / 20));
  const perYear = (context.counts.agreements - drafts) / years.length;
  years.forEach((year, index) => {
    const start = academicYearStart(year);
    const count = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    for (let i = 0; i < count; i += 1) {
      const partner = pickPartner(context, index);
      let signedOn = context.days.get(year)?.dayIn(random, signingMonth(start, random.pick(SIGNING_MONTHS))) ?? today;
      if (signedOn > today) signedOn = addDays(today, -random.int(1, 80));
      const ending = random.weighted([
        ['open', 10],
        ['calendar', 20],
        ['academic', 70],
      ] as const);
      const years = random.int(1, 3);
      const endsOn =
        ending === 'open'
          ? null
          : ending === 'calendar'
            ? `${Number(signedOn.slice(0, 4)) + years - 1}-12-31`
            : `${start + years}-08-31`;
      const type = random.weighted<AgreementType>([
        ['cooperation', 80],
        ['network', 15],
        ['other', 5],
      ]);
      const fields: AgreementFields = {
        partnerId: partner.id,
        type,
        number: numberFor(Number(signedOn.slice(0, 4))),
        city: 'х. Первомайский',
        signedOn,
        startsOn: signedOn,
        endsOn,
        prolongation: random.weighted<Prolongation>([
          ['auto', 45],
          ['byAgreement', 35],
          ['none', 20],
        ]),
        prolongationYears: random.weighted([
          [1, 80],
          [2, 15],
          [3, 5],
        ]),
        noticeDays: 30,
        responsible: context.school.directorName,
        subject: random.pick(SUBJECTS),
        schoolObligations: SCHOOL_OBLIGATIONS,
        partnerObligations: PARTNER_OBLIGATIONS,
        safetyResponsibility: SAFETY,
        appendices: ['План совместной деятельности на учебный год'],
        notes: '',
        text: '',
        templateId: null,
      };
      const created = stampOn(addDays(signedOn, -random.int(1, 14)), random.int(9 * 60, 17 * 60));
      const id = write(fields, created);
      amendOrTerminate(context, id, fields);
    }
  });
  // Drafts the office started lately, some of them forgotten for over a month.
  const last = years.length - 1;
  for (let i = 0; i < drafts; i += 1) {
    const created = stampOn(addDays(today, -random.int(3, 70)), random.int(9 * 60, 17 * 60));
    write(
      {
        partnerId: pickPartner(context, last).id,
        type: 'cooperation',
        number: numberFor(Number(today.slice(0, 4))),
        city: 'х. Первомайский',
        signedOn: null,
        startsOn: null,
        endsOn: null,
        prolongation: 'auto',
        prolongationYears: 1,
        noticeDays: 30,
        responsible: context.school.directorName,
        subject: '',
        schoolObligations: '',
        partnerObligations: '',
        safetyResponsibility: '',
        appendices: [],
        notes: '',
        text: '',
        templateId: null,
      },
      created,
    );
  }
}

/** Some agreements get an amendment that moves their end; a few are terminated early. */
function amendOrTerminate(context: HistoryContext, id: number, fields: AgreementFields): void {
  const { db, random, today } = context;
  const signedOn = fields.signedOn ?? today;
  if (fields.endsOn !== null && random.chance(0.1)) {
    const on = addDays(fields.endsOn, -random.int(10, 60));
    if (on > signedOn && on <= today) {
      const openEnded = random.chance(0.1);
      insertAmendment(
        db,
        id,
        {
          signedOn: on,
          newEndsOn: openEnded ? null : addYears(fields.endsOn, 1),
          makesOpenEnded: openEnded,
          text: openEnded ? 'Договор действует бессрочно.' : `Срок действия договора продлевается на один год.`,
        },
        stampOn(on, 11 * 60),
      );
      return;
    }
  }
  if (random.chance(0.02)) {
    const until = fields.endsOn !== null && fields.endsOn < today ? fields.endsOn : today;
    const on = addDays(signedOn, random.int(30, 300));
    if (on < until)
      setTermination(db, id, on, 'По соглашению сторон в связи с реорганизацией партнёра', stampOn(on, 12 * 60));
  }
}
