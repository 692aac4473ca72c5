import { describe, expect, it } from 'vitest';
import { agreementFieldsOf } from '../../../src-main/contract/agreements';
import { blankPartnerFields } from '../../../src-main/contract/partners';
import { blankPlanItemFields } from '../../../src-main/contract/plans';
import { call, type TestCore, useCores } from '../../kit';

// The test clock: 26 November 2026, academic year 2026/2027.
const core = useCores();
const YEAR = '2026/2027';

async function newPartner(app: TestCore, fullName = 'Музей истории города Зверево') {
  const [category] = await call(app, 'partners:categories', {});
  return call(app, 'partners:create', {
    ...blankPartnerFields(category?.id ?? 0),
    fullName,
    contacts: [{ name: 'Белова Ирина', role: '', phone: '', email: '' }],
  });
}

async function agreement(
  app: TestCore,
  partnerId: number,
  terms: { signedOn: string | null; endsOn: string | null; number?: string },
) {
  const [template] = await call(app, 'templates:list', {});
  const draft = await call(app, 'agreements:createFromTemplate', { partnerId, templateId: template?.id ?? 0 });
  return call(app, 'agreements:update', {
    id: draft.id,
    fields: {
      ...agreementFieldsOf(draft),
      ...(terms.number ? { number: terms.number } : {}),
      signedOn: terms.signedOn,
      startsOn: terms.signedOn,
      endsOn: terms.endsOn,
      prolongation: 'none',
    },
  });
}

async function heldEvent(app: TestCore, partnerId: number, day: string) {
  const event = await call(app, 'events:create', {
    title: 'Экскурсия «Шахтёрский край»',
    start: day,
    end: day,
    allDay: true,
    venue: '',
    rrule: null,
    partnerIds: [partnerId],
    classes: ['5А'],
    planItemId: null,
    notes: '',
  });
  await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
}

async function planItem(app: TestCore, partnerId: number, year = YEAR) {
  await call(app, 'plans:create', { year, copyFrom: null }).catch(() => undefined);
  await call(app, 'planItems:create', {
    year,
    fields: { ...blankPlanItemFields(`${year.slice(0, 4)}-11`, [partnerId]), title: 'Декада музеев' },
  });
}

describe('a partner’s stage of an academic year, derived from that year’s records', () => {
  it('is stage 1 with only contacts, saying so', async () => {
    const app = await core();
    const partner = await newPartner(app);
    expect(partner.stage).toBe(1);
    expect(partner.standing.stage).toMatchObject({ year: YEAR, stage: 1, derived: 1, byHand: null });
    expect(partner.standing.stage.reachedOn).toBe('2026-11-26');
    expect(partner.standing.stage.evidence).toBe(
      'в реестре с 26.11.2026; контактных лиц: 1; договоров и пунктов плана на 2026/2027 учебный год нет',
    );
  });

  it('is stage 2 with an agreement drafted, or with items of the year’s plan', async () => {
    const app = await core();
    const drafted = await newPartner(app, 'Музей А');
    await agreement(app, drafted.id, { signedOn: null, endsOn: null, number: 'СП-7' });
    const withDraft = await call(app, 'partners:get', { id: drafted.id });
    expect(withDraft.standing.stage).toMatchObject({ stage: 2, reachedOn: '2026-11-26' });
    expect(withDraft.standing.stage.evidence).toBe('договор № СП-7 — черновик (подготовлен 26.11.2026)');

    const planned = await newPartner(app, 'Музей Б');
    await planItem(app, planned.id);
    const withPlan = await call(app, 'partners:get', { id: planned.id });
    expect(withPlan.stage).toBe(2);
    expect(withPlan.standing.stage.evidence).toBe('в плане на 2026/2027 учебный год: 1 пункт с партнёром');
    // Held events alone, with no agreement, do not make stage 3.
    await heldEvent(app, planned.id, '2026-10-05');
    expect((await call(app, 'partners:get', { id: planned.id })).stage).toBe(2);
  });

  it('is stage 3 with an agreement in force and a held event, from the later of the two days', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await agreement(app, partner.id, { signedOn: '2026-09-10', endsOn: '2027-08-31', number: '5' });
    expect((await call(app, 'partners:get', { id: partner.id })).stage).toBe(2);
    await heldEvent(app, partner.id, '2026-10-05');
    await heldEvent(app, partner.id, '2026-11-20');
    const detail = await call(app, 'partners:get', { id: partner.id });
    expect(detail.status).toBe('active');
    expect(detail.standing.stage).toMatchObject({ stage: 3, reachedOn: '2026-10-05' });
    expect(detail.standing.stage.evidence).toBe('договор № 5 от 10.09.2026 действует; проведено мероприятий: 2');
    expect(detail.stageChecks.filter((c) => c.stage === 3).every((c) => c.met)).toBe(true);
  });

  it('is stage 3 with an agreement in force and a partner’s resource on loan', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await agreement(app, partner.id, { signedOn: '2026-09-01', endsOn: null, number: '6' });
    app.db
      .prepare(
        `INSERT INTO loans (partner_id, received_on, due_on, created_at, updated_at)
         VALUES (?, '2026-10-01', '2026-12-01', '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z')`,
      )
      .run(partner.id);
    const detail = await call(app, 'partners:get', { id: partner.id });
    expect(detail.standing.stage).toMatchObject({ stage: 3, reachedOn: '2026-10-01' });
    expect(detail.standing.stage.evidence).toBe('договор № 6 от 01.09.2026 действует; получено ресурсов партнёра: 1');
  });

  it('is stage 4 once the year’s review is approved with a decision for the partner', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await agreement(app, partner.id, { signedOn: '2026-09-01', endsOn: '2027-08-31', number: '8' });
    await heldEvent(app, partner.id, '2026-10-05');
    await call(app, 'reviews:saveDecision', {
      year: YEAR,
      partnerId: partner.id,
      rating: 'high',
      decision: 'continue',
      prospects: '',
    });
    // A decision alone, in a review not approved, is not stage 4.
    expect((await call(app, 'partners:get', { id: partner.id })).stage).toBe(3);
    await call(app, 'reviews:approve', { year: YEAR, approvedBy: 'Иванова И. И.', date: '2026-11-25' });
    const detail = await call(app, 'partners:get', { id: partner.id });
    expect(detail.standing.stage).toMatchObject({ stage: 4, reachedOn: '2026-11-25' });
    expect(detail.standing.stage.evidence).toBe(
      'справка за 2026/2027 учебный год утверждена 25.11.2026; решение: продолжить',
    );
  });

  it('keeps a stage per academic year: last year’s records give last year’s stage', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await agreement(app, partner.id, { signedOn: '2025-09-01', endsOn: '2026-08-31', number: '3' });
    await heldEvent(app, partner.id, '2026-03-10');
    const detail = await call(app, 'partners:get', { id: partner.id });
    // This year the agreement has ended and nothing was held: stage 1; last year it was stage 3.
    expect(detail.stage).toBe(1);
    expect(detail.status).toBe('potential');
    expect(detail.standing.statusEvidence).toBe(
      'действующих договоров нет: договор № 3 от 01.09.2025 истёк 31.08.2026',
    );
    expect(detail.yearStages.map((y) => [y.year, y.stage])).toEqual([
      ['2026/2027', 1],
      ['2025/2026', 3],
    ]);
    expect(detail.yearStages[1]?.evidence).toBe('договор № 3 от 01.09.2025 действовал; проведено мероприятий: 1');
    expect((await call(app, 'partners:get', { id: partner.id, year: '2025/2026' })).stage).toBe(3);
  });
});

describe('a partner’s status, derived from its agreements', () => {
  it('is «потенциальный» before the first agreement, «действующий» while one is in force, and again «потенциальный» after the last ends', async () => {
    const app = await core();
    const partner = await newPartner(app);
    expect(partner.status).toBe('potential');
    expect(partner.standing.statusEvidence).toBe('договоров с партнёром ещё не было');
    const signed = await agreement(app, partner.id, { signedOn: '2026-09-01', endsOn: '2027-08-31', number: '5' });
    const active = await call(app, 'partners:get', { id: partner.id });
    expect(active.status).toBe('active');
    expect(active.standing.statusEvidence).toBe('договор № 5 от 01.09.2026 действует до 31.08.2027');
    await call(app, 'agreements:terminate', { id: signed.id, date: '2026-11-20', reason: 'По соглашению сторон' });
    const ended = await call(app, 'partners:get', { id: partner.id });
    expect(ended.status).toBe('potential');
    expect(ended.standing.statusEvidence).toBe(
      'действующих договоров нет: договор № 5 от 01.09.2026 расторгнут 20.11.2026',
    );
  });

  it('lists, filters and counts partners on Главная by the derived status and stage', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await agreement(app, partner.id, { signedOn: '2026-09-01', endsOn: '2027-08-31' });
    await heldEvent(app, partner.id, '2026-10-05');
    const active = await call(app, 'partners:list', { statuses: ['active'] });
    expect(active.map((p) => p.id)).toEqual([partner.id]);
    expect(active[0]).toMatchObject({ status: 'active', stage: 3, statusSetByHand: false, stageSetByHand: false });
    expect((await call(app, 'partners:list', { stages: [3] })).map((p) => p.id)).toEqual([partner.id]);
    const byStage = await call(app, 'partners:list', { sort: 'stage', descending: true });
    expect(byStage[0]?.id).toBe(partner.id);
    const home = await call(app, 'home:summary', {});
    expect(home.byStage.find((s) => s.stage === 3)?.count).toBe(1);
    expect(home.byStage.find((s) => s.stage === 1)?.count).toBe(11);
    // Last year it was at no stage 3.
    expect((await call(app, 'home:summary', { year: '2025/2026' })).byStage.find((s) => s.stage === 3)?.count).toBe(0);
  });
});

describe('a status or a stage set by hand', () => {
  it('stays, with its reason, whatever the records show, until it is lifted', async () => {
    const app = await core();
    const partner = await newPartner(app);
    const suspended = await call(app, 'partners:setStatus', {
      id: partner.id,
      status: 'suspended',
      date: '2026-11-20',
      reason: 'Музей на ремонте до весны',
    });
    expect(suspended.status).toBe('suspended');
    expect(suspended.standing.statusByHand).toEqual({
      status: 'suspended',
      reason: 'Музей на ремонте до весны',
      setOn: '2026-11-20',
    });
    await agreement(app, partner.id, { signedOn: '2026-09-01', endsOn: '2027-08-31' });
    const still = await call(app, 'partners:get', { id: partner.id });
    expect(still.status).toBe('suspended');
    expect(still.standing.derivedStatus).toBe('active');
    expect((await call(app, 'partners:list', { statuses: ['suspended'] })).map((p) => p.statusSetByHand)).toEqual([
      true,
    ]);
    expect((await call(app, 'partners:liftStatus', { id: partner.id })).status).toBe('active');
    const again = await app.dispatch('partners:liftStatus', { id: partner.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: /не устанавливался вручную/ } });
  });

  it('keeps a stage set by hand for its academic year only, logs it, and lifts it back to the derived stage', async () => {
    const app = await core();
    const partner = await newPartner(app);
    const refused = await app.dispatch('partners:setStage', {
      id: partner.id,
      stage: 3,
      date: '2026-11-20',
      reason: '',
      year: YEAR,
    });
    expect(refused).toMatchObject({ ok: false, error: { fields: { reason: expect.stringMatching(/причину/) } } });
    const set = await call(app, 'partners:setStage', {
      id: partner.id,
      stage: 3,
      date: '2026-11-20',
      reason: 'Договор подписан на бумаге, в программу ещё не внесён',
      year: YEAR,
    });
    expect(set.standing.stage).toMatchObject({
      stage: 3,
      derived: 1,
      byHand: { stage: 3, reason: 'Договор подписан на бумаге, в программу ещё не внесён', setOn: '2026-11-20' },
    });
    expect(set.stageHistory.find((h) => h.toStage === 3)).toMatchObject({
      year: YEAR,
      fromStage: 1,
      date: '2026-11-20',
      comment: 'Установлен вручную: Договор подписан на бумаге, в программу ещё не внесён',
    });
    // Another year is not touched.
    expect((await call(app, 'partners:get', { id: partner.id, year: '2027/2028' })).stage).toBe(1);
    // Records that would raise the derived stage do not move a stage set by hand.
    await planItem(app, partner.id);
    expect((await call(app, 'partners:get', { id: partner.id })).standing.stage).toMatchObject({
      stage: 3,
      derived: 2,
    });
    const lifted = await call(app, 'partners:liftStage', { id: partner.id, year: YEAR });
    expect(lifted.standing.stage).toMatchObject({ stage: 2, byHand: null });
    expect(lifted.stageHistory[0]).toMatchObject({ fromStage: 3, toStage: 2, comment: expect.stringMatching(/снята/) });
  });

  it('archiving sets «бывший» by hand, and a deleted partner comes back with what was set by hand', async () => {
    const app = await core();
    const partner = await newPartner(app);
    await call(app, 'partners:setStage', { id: partner.id, stage: 2, date: '2026-11-20', reason: 'Переговоры' });
    const archived = await call(app, 'partners:archive', { id: partner.id });
    expect(archived.standing.statusByHand).toMatchObject({ status: 'former', reason: 'переведён в архив' });
    const { undoToken } = await call(app, 'partners:delete', { id: partner.id });
    const restored = await call(app, 'partners:undoDelete', { undoToken });
    expect(restored.status).toBe('former');
    expect(restored.standing.stage.byHand).toMatchObject({ stage: 2, reason: 'Переговоры' });
  });
});
