import { DEFAULT_TEMPLATES } from '../../../../src-main/agreements/templates/defaults';
import { fillTemplate, placeholderValues } from '../../../../src-main/agreements/templates/placeholders';
import type { AgreementFields, AgreementType } from '../../../../src-main/contract/agreements';
import type { SchoolProfile } from '../../../../src-main/contract/settings';
import type { AgreementPartner } from '../../../../src-main/agreements/documents/agreement';
import { defaultSchoolProfile } from '../../../../src-main/settings/service';

export const SCHOOL: SchoolProfile = {
  ...defaultSchoolProfile(''),
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа',
  shortName: 'МБОУ Первомайская СОШ',
  legalAddress: '346311, Ростовская область, г. Зверево, ул. Обухова, д. 12',
  postalAddress: '346311, Ростовская область, г. Зверево, ул. Обухова, д. 12',
  directorName: 'Иванова Мария Петровна',
  directorPosition: 'Директор',
  inn: '6151005675',
  kpp: '615101001',
  ogrn: '1026102104566',
  phone: '+7 (86355) 6-12-34',
  email: 'school@zverevo-edu.ru',
  website: '',
};

export const PARTNER: AgreementPartner = {
  fullName: 'Муниципальное бюджетное учреждение культуры города Зверево «Городской дом культуры»',
  shortName: 'МБУК «ГДК»',
  headName: 'Сидоров Сергей Викторович',
  headPosition: 'Директор',
  headBasis: 'Устава',
  headNameGenitive: '',
  headPositionGenitive: '',
  headAttorneyNumber: '',
  headAttorneyDate: null,
  legalAddress: '346311, Ростовская область, г. Зверево, ул. Ленина, д. 5',
  inn: '6151001230',
  kpp: '615101001',
  ogrn: '1026102100122',
  contacts: [
    { phone: '', email: '' },
    { phone: '+7 (86355) 6-45-67', email: 'gdk@zverevo.ru' },
  ],
};

export function agreementFields(overrides: Partial<AgreementFields> = {}): AgreementFields {
  return {
    partnerId: 1,
    type: 'cooperation',
    number: 'СП-2026-07',
    city: 'Зверево',
    signedOn: '2026-11-26',
    startsOn: '2026-12-01',
    endsOn: '2029-08-31',
    prolongation: 'auto',
    prolongationYears: 1,
    noticeDays: 30,
    responsible: 'Петрова А.И., заместитель директора по ВР',
    subject:
      'организация совместной деятельности по художественно-эстетическому и патриотическому воспитанию ' +
      'обучающихся, развитию их творческих способностей и организации досуга.',
    schoolObligations: [
      'согласовывать с Партнёром план совместной деятельности на учебный год;',
      'обеспечивать участие обучающихся в совместных мероприятиях и сопровождение их педагогами;',
      'размещать информацию о совместных мероприятиях на официальном сайте Школы.',
    ].join('\n'),
    partnerObligations: [
      'предоставлять помещения и оборудование Дома культуры для проведения совместных мероприятий;',
      'проводить для обучающихся концерты, выставки, мастер-классы и занятия творческих коллективов;',
      'назначить ответственного за организацию совместной деятельности.',
    ].join('\n'),
    safetyResponsibility:
      'во время мероприятий на территории Партнёра ответственность за жизнь и здоровье обучающихся несут ' +
      'сопровождающие педагоги Школы, назначенные приказом директора; Партнёр обеспечивает безопасность ' +
      'помещений и оборудования, используемых при проведении мероприятий.',
    appendices: ['План совместной деятельности на 2026/2027 учебный год.'],
    notes: '',
    text: '',
    templateId: null,
    ...overrides,
  };
}

/** An agreement whose text is the bundled template of its type, filled from the data above. */
export function filledAgreement(overrides: Partial<AgreementFields> = {}): AgreementFields & { id: number } {
  const fields = agreementFields(overrides);
  const type: AgreementType = fields.type === 'network' ? 'network' : 'cooperation';
  const template = DEFAULT_TEMPLATES.find((t) => t.type === type);
  if (!template) throw new Error(`no template of type ${type}`);
  const text = fillTemplate(template.body, placeholderValues({ school: SCHOOL, partner: PARTNER, agreement: fields }));
  return { ...fields, text, id: 7 };
}
