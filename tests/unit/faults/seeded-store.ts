import { cpSync } from 'node:fs';
import { dataPaths } from '../../../src-main/data-dir';
import { call, openCore } from '../../kit';
import { agreementFields } from '../agreements/documents/fixtures';
import { eventFields } from '../events/fixtures';
import { itemFields } from '../plans/fixtures';

const PDF = Buffer.from('%PDF-1.4\n% подписанный договор\n').toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');

/**
 * A store with a record of every kind, so that small ids reach real rows: the programme's partners, two
 * agreements (one amended, with a scan), a plan with items, a single event and a weekly series with an outcome
 * and a photo, a deleted partner that can be brought back.
 */
export async function seedStore(dataDir: string): Promise<void> {
  const core = await openCore(dataDir);
  try {
    const partners = await call(core, 'partners:list', {});
    const [first, second, third] = partners.map((p) => p.id);
    if (!first || !second || !third) throw new Error('the programme model has fewer than three partners');
    const agreement = await call(core, 'agreements:create', agreementFields({ partnerId: first }));
    await call(core, 'agreements:addAmendment', {
      agreementId: agreement.id,
      fields: { signedOn: '2026-11-26', newEndsOn: '2030-08-31', makesOpenEnded: false, text: 'Продлить срок.' },
    });
    await call(core, 'agreements:attachScan', { agreementId: agreement.id, fileName: 'скан.pdf', content: PDF });
    await call(
      core,
      'agreements:create',
      agreementFields({ partnerId: second, number: 'СП-2026-08', signedOn: null, startsOn: null, endsOn: null }),
    );
    await call(core, 'plans:create', { year: '2026/2027', copyFrom: null });
    const item = await call(core, 'planItems:create', {
      year: '2026/2027',
      fields: itemFields({ partnerIds: [first] }),
    });
    await call(core, 'planItems:create', {
      year: '2026/2027',
      fields: itemFields({ title: 'Экскурсия', timing: 'month', month: '2026-12', dateFrom: null, timeFrom: null }),
    });
    const single = await call(
      core,
      'events:create',
      eventFields({ partnerIds: [first], planItemId: item.id, start: '2026-11-20T10:00', end: '2026-11-20T11:00' }),
    );
    await call(core, 'events:create', {
      ...eventFields({ title: 'Кружок «Юный пожарный»', start: '2026-10-06T15:00', end: '2026-10-06T16:00' }),
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124',
      classes: ['5А'],
      venue: 'Кабинет ОБЖ',
    });
    await call(core, 'events:setStatus', { id: single.id, status: 'held', reason: '' });
    await call(core, 'events:saveOutcome', {
      id: single.id,
      outcome: { parents: 3, teachers: 2, summary: 'Прошло хорошо.', classes: [{ className: '5А', pupils: 25 }] },
      achievements: [
        { contest: 'Безопасное колесо', level: 'municipal', result: 'winner', pupil: '', className: '5А' },
      ],
    });
    await call(core, 'events:attachPhoto', { id: single.id, fileName: 'фото.png', content: PNG });
    await call(core, 'events:move', { id: single.id, start: '2026-11-19T10:00', end: '2026-11-19T11:00' });
    await call(core, 'partners:delete', { id: third });
  } finally {
    core.close();
  }
}

/** A copy of a seeded data directory, to be spoiled by one test. */
export function copyStore(from: string, to: string): { dataDir: string; attachments: string } {
  cpSync(from, to, { recursive: true });
  return { dataDir: to, attachments: dataPaths(to).attachments };
}
