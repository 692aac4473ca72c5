import { agreementFieldsOf } from '../../../../src-main/contract/agreements';
import { blankPartnerFields, type PartnerFields } from '../../../../src-main/contract/partners';
import { agreementFormDocx, FORM_PARTNER, FORM_SCHOOL } from '../../../fixtures/agreement-form';
import { call, type TestCore } from '../../../kit';

/** The other partner the new template prints an agreement for. */
export const OTHER = {
  fullName: 'Муниципальное бюджетное учреждение культуры «Центральная детская библиотека»',
  shortName: 'МБУК «ЦДБ»',
  headName: 'Орлова Анна Сергеевна',
  headPosition: 'Директор',
  headBasis: 'Устава',
  legalAddress: '346310, Ростовская область, г. Зверево, ул. Гагарина, д. 3',
  inn: '6151009990',
  kpp: '615101003',
  ogrn: '1026102109990',
  phone: '+7 (86355) 7-77-77',
};

async function partner(app: TestCore, p: typeof OTHER): Promise<number> {
  const category = (await call(app, 'partners:categories', {}))[0];
  const { phone, ...fields } = p;
  const created = await call(app, 'partners:create', {
    ...blankPartnerFields(category?.id ?? 0),
    ...(fields as Partial<PartnerFields>),
    contacts: [{ name: 'Секретарь', role: '', phone, email: '' }],
  });
  return created.id;
}

/** The school of the form in Настройки, the form's partner and another one in the registry. */
export async function fillStore(app: TestCore): Promise<{ sample: number; other: number }> {
  const settings = await call(app, 'settings:get', {});
  await call(app, 'settings:saveSchool', { ...settings.school, ...FORM_SCHOOL });
  return { sample: await partner(app, FORM_PARTNER), other: await partner(app, OTHER) };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * The form turned into a template with every proposal accepted, and an agreement drafted from it for the other
 * partner, its term on the card.
 */
export async function agreementFromForm(app: TestCore, partnerId: number): Promise<number> {
  const file = { fileName: 'Договор ГДК.docx', content: base64(await agreementFormDocx()), partnerId: null };
  const proposal = await call(app, 'templates:importRead', file);
  const made = await call(app, 'templates:importCreate', {
    ...file,
    fingerprint: proposal.fingerprint,
    name: proposal.suggestedName,
    type: proposal.type,
    decisions: [],
  });
  const draft = await call(app, 'agreements:createFromTemplate', { partnerId, templateId: made.id });
  await call(app, 'agreements:update', {
    id: draft.id,
    fields: { ...agreementFieldsOf(draft), signedOn: '2026-09-01', startsOn: '2026-09-01', endsOn: '2029-08-31' },
  });
  return draft.id;
}
