import { describe, expect, it } from 'vitest';
import { agreementFieldsOf, type AgreementDetail } from '../../../../src-main/contract/agreements';
import type { DocumentRequest } from '../../../../src-main/contract/documents';
import { partnerFieldsOf, type PartnerFields } from '../../../../src-main/contract/partners';
import type { SchoolProfile } from '../../../../src-main/contract/settings';
import { readDocx } from '../../documents/docx-text';
import { call, partnerId, type TestCore, useCores } from '../../../kit';

const core = useCores();
const GIBDD = 'ГИБДД';

/** What a reader sees: no tags, no soft hyphens, every run of spaces (no-break ones too) one space. */
function pageText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('\u00AD', '')
    .replace(/[\s\u00A0]+/g, ' ');
}

async function bothTexts(app: TestCore, request: DocumentRequest): Promise<{ html: string; word: string }> {
  const html = pageText((await call(app, 'documents:preview', request)).html);
  await call(app, 'documents:saveDocx', request);
  const saved = app.output.saved.at(-1);
  if (saved?.kind !== 'docx' || typeof saved.content === 'string') throw new Error('no Word file saved');
  const word = (await readDocx(saved.content)).paragraphs
    .join('\n')
    .replaceAll('\u00AD', '')
    .replace(/[ \u00A0]+/g, ' ');
  return { html, word };
}

async function school(app: TestCore, patch: Partial<SchoolProfile>): Promise<SchoolProfile> {
  const settings = await call(app, 'settings:get', {});
  return (await call(app, 'settings:saveSchool', { ...settings.school, ...patch })).school;
}

async function head(app: TestCore, patch: Partial<PartnerFields>): Promise<number> {
  const id = partnerId(app, GIBDD);
  const partner = await call(app, 'partners:get', { id });
  await call(app, 'partners:update', { id, fields: { ...partnerFieldsOf(partner), ...patch } });
  return id;
}

async function agreement(app: TestCore, id: number): Promise<AgreementDetail> {
  const [template] = await call(app, 'templates:list', {});
  const made = await call(app, 'agreements:createFromTemplate', { partnerId: id, templateId: template?.id ?? 0 });
  return call(app, 'agreements:update', {
    id: made.id,
    fields: {
      ...agreementFieldsOf(made),
      signedOn: '2026-09-01',
      startsOn: '2026-09-01',
      endsOn: '2029-08-31',
      subject: 'Профилактика детского дорожно-транспортного травматизма.',
    },
  });
}

describe('the signers of an agreement and its amendment, in HTML and Word', () => {
  it('name a female director and a male head in the genitive, each participle agreeing with its signer', async () => {
    const app = await core();
    await school(app, { directorName: 'Иванова Мария Петровна', directorPosition: 'Директор' });
    const id = await head(app, { headName: 'Петров Иван Сергеевич', headPosition: 'Директор', headBasis: 'Устава' });
    const a = await agreement(app, id);
    const withAmendment = await call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2027-05-20', newEndsOn: null, makesOpenEnded: false, text: 'Дополнить пункт 2.2.' },
    });
    const amendmentId = withAmendment.amendments[0]?.id ?? 0;
    for (const request of [
      { kind: 'agreement', id: a.id },
      { kind: 'amendment', id: amendmentId },
    ] as const) {
      const { html, word } = await bothTexts(app, request);
      for (const text of [html, word]) {
        expect(text, request.kind).toContain(
          '(далее — Школа) в лице директора Ивановой Марии Петровны, действующей на основании Устава, и',
        );
        expect(text, request.kind).toContain(
          `${GIBDD} (далее — Партнёр) в лице директора Петрова Ивана Сергеевича, действующего на основании Устава,`,
        );
      }
    }
  });

  it('print a partner’s head acting by a power of attorney with its number and date', async () => {
    const app = await core();
    const id = await head(app, {
      headName: 'Петров Иван Сергеевич',
      headPosition: 'Заместитель начальника',
      headBasis: 'доверенности',
      headAttorneyNumber: '12',
      headAttorneyDate: '2026-09-01',
    });
    const { html, word } = await bothTexts(app, { kind: 'agreement', id: (await agreement(app, id)).id });
    for (const text of [html, word]) {
      expect(text).toContain(
        'в лице заместителя начальника Петрова Ивана Сергеевича, действующего на основании доверенности № 12 от 01.09.2026',
      );
    }
  });

  it('keep the office’s corrected forms, on the partner’s card and in the school profile, and print them', async () => {
    const app = await core();
    const profile = await school(app, {
      directorName: 'Ли Светлана',
      directorPosition: 'Директор',
      directorNameGenitive: 'Ли Светланы',
      directorBasis: 'доверенности',
      directorAttorneyNumber: '3-д',
      directorAttorneyDate: '2026-08-25',
    });
    expect(profile).toMatchObject({ directorNameGenitive: 'Ли Светланы', directorAttorneyNumber: '3-д' });
    const id = await head(app, {
      headName: 'Гусь Павел',
      headPosition: 'Смотритель',
      headNameGenitive: 'Гуся Павла',
      headPositionGenitive: 'смотрителя музея',
    });
    const kept = await call(app, 'partners:get', { id });
    expect(kept).toMatchObject({ headNameGenitive: 'Гуся Павла', headPositionGenitive: 'смотрителя музея' });
    const { html, word } = await bothTexts(app, { kind: 'agreement', id: (await agreement(app, id)).id });
    for (const text of [html, word]) {
      expect(text).toContain('в лице директора Ли Светланы, действующей на основании доверенности № 3-д от 25.08.2026');
      expect(text).toContain('в лице смотрителя музея Гуся Павла, действующего на основании Устава');
    }
    // The signatures keep the names as typed.
    expect(html).toContain('/ С. Ли /');
  });

  it('refuse a power of attorney dated on a day that does not exist, and keep the card as it was', async () => {
    const app = await core();
    const id = partnerId(app, GIBDD);
    const before = await call(app, 'partners:get', { id });
    const answer = await app.dispatch('partners:update', {
      id,
      fields: { ...partnerFieldsOf(before), headBasis: 'доверенности', headAttorneyDate: '2026-02-30' },
    });
    expect(answer).toMatchObject({ ok: false, error: { fields: { 'fields.headAttorneyDate': 'Такой даты нет' } } });
    expect(await call(app, 'partners:get', { id })).toEqual(before);
  });
});
