import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { agreementFieldsOf, type AgreementFields } from '../../../src-main/contract/agreements';
import { call, partnerId, useCores } from '../../kit';

const core = useCores();

async function draft(app: AppCore, partnerName = 'ГИБДД') {
  const [template] = await call(app, 'templates:list', {});
  return call(app, 'agreements:createFromTemplate', {
    partnerId: partnerId(app, partnerName),
    templateId: template?.id ?? 0,
  });
}

async function update(app: AppCore, id: number, fields: AgreementFields, patch: Partial<AgreementFields>) {
  return call(app, 'agreements:update', { id, fields: { ...fields, ...patch } });
}

describe('agreements', () => {
  it('drafts from a template with the next number of the year, its text rendered from the card until edited by hand', async () => {
    const app = await core();
    const first = await draft(app);
    const second = await draft(app, 'МЧС');
    expect([first.number, second.number]).toEqual(['СП-2026-1', 'СП-2026-2']);
    expect(first.term.status).toBe('draft');
    expect(first.text).toBe('');
    const rendered = await call(app, 'agreements:text', { id: first.id });
    expect(rendered.source).toBe('template');
    expect(rendered.text).toContain('Первомайская средняя общеобразовательная школа');
    expect(rendered.text).toContain('ГИБДД');
    const filled = await call(app, 'templates:fill', {
      templateId: first.templateId ?? 0,
      fields: { ...agreementFieldsOf(first), subject: 'Профилактика детского травматизма.' },
    });
    expect(filled.text).toContain('Профилактика детского травматизма.');
    expect(filled.missing).toContain('руководитель партнёра');
  });

  it('keeps numbers unique without regard to case and spaces, with a Russian message', async () => {
    const app = await core();
    const first = await draft(app);
    const second = await draft(app);
    const answer = await app.dispatch('agreements:update', {
      id: second.id,
      fields: { ...agreementFieldsOf(second), number: ` сп-2026-${first.number.slice(-1)} `.replace(' ', '') },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { number: expect.stringMatching(/^Номер «сп-2026-1» уже есть у другого договора$/) } },
    });
  });

  it('refuses an end before the start, naming the field', async () => {
    const app = await core();
    const a = await draft(app);
    const answer = await app.dispatch('agreements:update', {
      id: a.id,
      fields: { ...agreementFieldsOf(a), startsOn: '2026-09-01', endsOn: '2026-08-31' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { 'fields.endsOn': 'Дата окончания раньше даты начала' } },
    });
  });

  it('derives the status from the dates and shows the agreement in force among the stage checks of its partner', async () => {
    const app = await core();
    const a = await draft(app);
    const signed = await update(app, a.id, agreementFieldsOf(a), {
      signedOn: '2026-09-01',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    expect(signed.term).toEqual({
      status: 'active',
      currentEndsOn: '2027-08-31',
      effectiveEndsOn: '2027-08-31',
      daysLeft: 278,
    });
    const partner = await call(app, 'partners:get', { id: a.partnerId });
    expect(partner.stageChecks.find((c) => c.label === 'Действует договор с партнёром')?.met).toBe(true);
  });

  it('numbers amendments within their agreement, takes the term from the latest, and deletes only the last', async () => {
    const app = await core();
    const a = await draft(app);
    await update(app, a.id, agreementFieldsOf(a), {
      signedOn: '2025-09-01',
      startsOn: '2025-09-01',
      endsOn: '2026-12-01',
    });
    expect((await call(app, 'agreements:get', { id: a.id })).term.status).toBe('expiring');
    await call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2026-11-01', newEndsOn: '2027-08-31', makesOpenEnded: false, text: 'Продлить срок.' },
    });
    const twice = await call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2026-11-20', newEndsOn: null, makesOpenEnded: false, text: 'Изменить реквизиты.' },
    });
    expect(twice.amendments.map((m) => m.number)).toEqual([1, 2]);
    expect(twice.term).toMatchObject({ status: 'active', effectiveEndsOn: '2027-08-31' });
    const refused = await app.dispatch('agreements:deleteAmendment', { id: twice.amendments[0]?.id ?? 0 });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'Удалить можно только последнее дополнительное соглашение (№ 2).' },
    });
    const early = await app.dispatch('agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2025-01-01', newEndsOn: null, makesOpenEnded: false, text: 'Изменить реквизиты.' },
    });
    expect(early).toMatchObject({
      ok: false,
      error: { fields: { signedOn: 'Дополнительное соглашение не может быть подписано раньше договора' } },
    });
  });

  it('refuses an amendment with no text, or only spaces, in Russian at its field, and keeps none', async () => {
    const app = await core();
    const a = await draft(app);
    await update(app, a.id, agreementFieldsOf(a), { signedOn: '2025-09-01', startsOn: '2025-09-01' });
    for (const text of ['', '   \n ']) {
      const refused = await app.dispatch('agreements:addAmendment', {
        agreementId: a.id,
        fields: { signedOn: '2026-11-01', newEndsOn: null, makesOpenEnded: false, text },
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { fields: { 'fields.text': 'Введите текст дополнительного соглашения' } },
      });
    }
    const added = await call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2026-11-01', newEndsOn: null, makesOpenEnded: false, text: 'Изменить реквизиты.' },
    });
    expect(added.amendments).toHaveLength(1);
    const emptied = await app.dispatch('agreements:updateAmendment', {
      id: added.amendments[0]?.id ?? 0,
      fields: { signedOn: '2026-11-01', newEndsOn: null, makesOpenEnded: false, text: '' },
    });
    expect(emptied).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call(app, 'agreements:get', { id: a.id })).amendments[0]?.text).toBe('Изменить реквизиты.');
  });

  it('terminates a signed agreement from a date with a reason, and refuses to terminate a draft', async () => {
    const app = await core();
    const a = await draft(app);
    expect(
      await app.dispatch('agreements:terminate', { id: a.id, date: '2026-11-01', reason: 'Реорганизация' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await update(app, a.id, agreementFieldsOf(a), { signedOn: '2025-09-01' });
    const ended = await call(app, 'agreements:terminate', {
      id: a.id,
      date: '2026-11-01',
      reason: 'Реорганизация партнёра',
    });
    expect(ended.term.status).toBe('terminated');
    expect(ended.terminationReason).toBe('Реорганизация партнёра');
  });

  it('lists for Главная the agreements expiring within the window and drafts older than a month', async () => {
    const app = await core();
    const soon = await draft(app);
    await update(app, soon.id, agreementFieldsOf(soon), { signedOn: '2026-01-10', endsOn: '2026-12-31' });
    const later = await draft(app, 'МЧС');
    await update(app, later.id, agreementFieldsOf(later), { signedOn: '2026-01-10', endsOn: '2027-06-30' });
    const old = await draft(app, 'РДК г. Красный Сулин');
    app.db.prepare('UPDATE agreements SET created_at = ? WHERE id = ?').run('2026-10-20T09:00:00.000Z', old.id);
    const attention = await call(app, 'home:attention', {});
    expect(attention.expiring.map((a) => [a.number, a.daysLeft])).toEqual([[soon.number, 35]]);
    expect(attention.staleDrafts.map((a) => a.id)).toEqual([old.id]);
  });

  it('lists on Главная an agreement that has expired while events with its partner are still planned', async () => {
    const app = await core();
    const ended = await draft(app);
    await update(app, ended.id, agreementFieldsOf(ended), {
      signedOn: '2025-09-01',
      endsOn: '2026-10-31',
      prolongation: 'none',
    });
    const quiet = await draft(app, 'МЧС');
    await update(app, quiet.id, agreementFieldsOf(quiet), {
      signedOn: '2025-09-01',
      endsOn: '2026-10-31',
      prolongation: 'none',
    });
    const event = {
      title: 'Декада дорожной безопасности',
      allDay: true,
      venue: '',
      classes: [],
      planItemId: null,
      rrule: null,
      notes: '',
    };
    await call(app, 'events:create', {
      ...event,
      start: '2026-12-10',
      end: '2026-12-10',
      partnerIds: [ended.partnerId],
    });
    // An event before the end, or one already held, does not count.
    await call(app, 'events:create', {
      ...event,
      start: '2026-10-10',
      end: '2026-10-10',
      partnerIds: [quiet.partnerId],
    });
    const attention = await call(app, 'home:attention', {});
    expect(attention.expiredWithPlannedEvents.map((a) => a.id)).toEqual([ended.id]);
  });

  it('names only the last agreement that ended with a partner, and none once a new one is in force', async () => {
    const app = await core();
    const older = await draft(app);
    await update(app, older.id, agreementFieldsOf(older), {
      signedOn: '2023-09-01',
      endsOn: '2024-08-31',
      prolongation: 'none',
    });
    const last = await draft(app);
    await update(app, last.id, agreementFieldsOf(last), {
      signedOn: '2024-09-01',
      endsOn: '2026-08-31',
      prolongation: 'none',
    });
    await call(app, 'events:create', {
      title: 'Декада дорожной безопасности',
      start: '2026-12-10',
      end: '2026-12-10',
      allDay: true,
      venue: '',
      classes: [],
      planItemId: null,
      rrule: null,
      notes: '',
      partnerIds: [last.partnerId],
    });
    const before = await call(app, 'home:attention', {});
    expect(before.expiredWithPlannedEvents.map((a) => a.id)).toEqual([last.id]);

    const renewal = await draft(app);
    await update(app, renewal.id, agreementFieldsOf(renewal), {
      signedOn: '2026-09-01',
      endsOn: '2029-08-31',
      prolongation: 'none',
    });
    const after = await call(app, 'home:attention', {});
    expect(after.expiredWithPlannedEvents).toEqual([]);
  });

  it('deletes an agreement with its amendments and its scans’ files', async () => {
    const app = await core();
    const a = await draft(app);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const withScan = await call(app, 'agreements:attachScan', {
      agreementId: a.id,
      fileName: 'скан.png',
      content: png,
    });
    const path = app.attachments.pathOf(withScan.scans[0]?.id ?? 0);
    await call(app, 'agreements:delete', { id: a.id });
    expect(app.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    const { existsSync } = await import('node:fs');
    expect(existsSync(path)).toBe(false);
  });

  it('exports the register to Excel through the shell', async () => {
    const app = await core();
    await draft(app);
    const saved = await call(app, 'agreements:exportRegister', {});
    expect(saved.path).toMatch(/Реестр договоров 2026-11-26\.xlsx$/);
    expect(await app.dispatch('agreements:exportRegister', { statuses: ['expired'] })).toMatchObject({
      ok: false,
      error: { message: 'В реестре нет договоров: измените условия отбора.' },
    });
  });
});
