import { describe, expect, it } from 'vitest';
import { blankPartnerFields } from '../../../src-main/contract/partners';
import { buildReviewScenario, SCENARIO_YEAR } from '../../fixtures/review-scenario';
import { storeFingerprint as fingerprint } from '../faults/fingerprint';
import { call, useCores } from '../../kit';

const core = useCores();
const year = SCENARIO_YEAR;

describe('decisions on further cooperation', () => {
  it('records a rating, a decision and prospects per partner, and the stage-4 check of the partner is met', async () => {
    const app = await core();
    const { partners } = await buildReviewScenario(app);
    const saved = await call(app, 'reviews:saveDecision', {
      year,
      partnerId: partners.library,
      rating: 'high',
      decision: 'expand',
      prospects: 'Совместный проект «Читающая семья»',
    });
    expect(saved).toEqual({
      rating: 'high',
      decision: 'expand',
      prospects: 'Совместный проект «Читающая семья»',
      appliedOn: null,
    });
    const review = await call(app, 'reviews:get', { year });
    expect(review.decisions.find((d) => d.partnerId === partners.library)?.decision).toEqual(saved);
    // Stage 4 of the year needs the review approved as well.
    const partner = await call(app, 'partners:get', { id: partners.library, year });
    expect(partner.stageChecks.find((c) => c.stage === 4)).toMatchObject({ met: false });
    await call(app, 'reviews:approve', { year, approvedBy: 'Иванова И. И.', date: '2026-06-20' });
    const approved = await call(app, 'partners:get', { id: partners.library, year });
    expect(approved.stageChecks.find((c) => c.stage === 4)).toMatchObject({ met: true });
    expect(approved.standing.stage).toMatchObject({ stage: 4, reachedOn: '2026-06-20' });
    expect(approved.standing.stage.evidence).toBe(
      'справка за 2025/2026 учебный год утверждена 20.06.2026; решение: расширить',
    );
    const other = await call(app, 'partners:get', { id: partners.houseOfCulture, year });
    expect(other.stageChecks.find((c) => c.stage === 4)).toMatchObject({ met: false });
  });

  it('carries out a decision to go on for a partner without any agreement: it is stage 2 of the next year', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const [category] = await call(app, 'partners:categories', {});
    const museum = await call(app, 'partners:create', {
      ...blankPartnerFields(category?.id ?? 0),
      fullName: 'Музей истории города Зверево',
    });
    expect(await call(app, 'agreements:list', { partnerId: museum.id })).toEqual([]);
    await call(app, 'reviews:saveDecision', {
      year,
      partnerId: museum.id,
      rating: 'high',
      decision: 'continue',
      prospects: '',
    });
    const effects = await call(app, 'reviews:decisionEffects', { year, partnerId: museum.id });
    expect(effects.steps).toEqual([
      'Партнёр «Музей истории города Зверево» переходит на 2 этап («Разработка стратегии») 2026/2027 учебного года: основанием станет это решение.',
      'Договоры, план и мероприятия не меняются.',
    ]);
    // It used to refuse here, after its own confirmation: «не выполнено — действует договор о сотрудничестве».
    const applied = await call(app, 'reviews:applyDecision', { year, partnerId: museum.id, date: '2026-11-26' });
    expect(applied.appliedOn).toBe('2026-11-26');
    const partner = await call(app, 'partners:get', { id: museum.id, year: '2026/2027' });
    expect(partner.status).toBe('potential');
    expect(partner.standing.stage).toMatchObject({ stage: 2, reachedOn: '2026-11-26', byHand: null });
    expect(partner.standing.stage.evidence).toBe(
      'решение по итогам 2025/2026 учебного года «продолжить» выполнено 26.11.2026',
    );
    // Carried out once only, and not replaced by another decision afterwards.
    const again = await app.dispatch('reviews:applyDecision', { year, partnerId: museum.id, date: '2026-11-27' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Решение уже выполнено 26.11.2026.' },
    });
    const replaced = await app.dispatch('reviews:saveDecision', {
      year,
      partnerId: museum.id,
      rating: 'low',
      decision: 'end',
      prospects: '',
    });
    expect(replaced).toMatchObject({ ok: false, error: { message: expect.stringMatching(/уже выполнено/) } });
  });

  it('ends a partnership after confirmation: agreements terminated, its own planned events cancelled, partner former', async () => {
    const app = await core();
    const { partners } = await buildReviewScenario(app);
    const id = partners.library;
    // Future events: one with the library alone, one shared with the house of culture.
    const own = await call(app, 'events:create', {
      title: 'Неделя детской книги',
      start: '2027-03-23T10:00',
      end: '2027-03-23T11:00',
      allDay: false,
      venue: '',
      partnerIds: [id],
      classes: ['3А'],
      planItemId: null,
      rrule: null,
      notes: '',
    });
    const shared = await call(app, 'events:create', {
      title: 'Праздник книги',
      start: '2027-04-10T10:00',
      end: '2027-04-10T11:00',
      allDay: false,
      venue: '',
      partnerIds: [id, partners.houseOfCulture],
      classes: [],
      planItemId: null,
      rrule: null,
      notes: '',
    });
    await call(app, 'reviews:saveDecision', { year, partnerId: id, rating: 'low', decision: 'end', prospects: '' });
    const effects = await call(app, 'reviews:decisionEffects', { year, partnerId: id });
    expect(effects.steps).toEqual([
      `Будут расторгнуты действующие договоры: № СП-${id}.`,
      'Будут отменены запланированные мероприятия с партнёром: 1.',
      'Мероприятия с другими партнёрами (1) останутся в календаре.',
      'Партнёр «МБУК „Центральная детская библиотека“ г. Зверево» будет отмечен как бывший.',
    ]);
    await call(app, 'reviews:applyDecision', { year, partnerId: id, date: '2026-11-26' });
    expect((await call(app, 'partners:get', { id })).status).toBe('former');
    const agreements = await call(app, 'agreements:list', { partnerId: id });
    expect(agreements.map((a) => a.status)).toEqual(['terminated']);
    expect((await call(app, 'events:get', { id: own.id })).status).toBe('cancelled');
    expect((await call(app, 'events:get', { id: shared.id })).status).toBe('planned');
  });

  it('refuses to carry out a decision not yet taken, or for a partner that does not exist, changing nothing', async () => {
    const app = await core();
    const { partners } = await buildReviewScenario(app);
    const before = fingerprint(app.db);
    const none = await app.dispatch('reviews:applyDecision', { year, partnerId: partners.library, date: '2026-11-26' });
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ещё не принято/) } });
    const missing = await app.dispatch('reviews:saveDecision', {
      year,
      partnerId: 99_999,
      rating: 'high',
      decision: 'continue',
      prospects: '',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const tooLong = await app.dispatch('reviews:saveDecision', {
      year,
      partnerId: partners.library,
      rating: 'high',
      decision: 'continue',
      prospects: 'я'.repeat(10_000),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fingerprint(app.db)).toEqual(before);
  });
});

describe('targets', () => {
  it('keeps a target per indicator, shown beside the result; an index target above 1 is refused', async () => {
    const app = await core();
    await buildReviewScenario(app);
    await call(app, 'reviews:saveTargets', {
      year,
      targets: [
        { indicator: 'planFulfilment', target: 80 },
        { indicator: 'satisfaction', target: 0.8 },
      ],
    });
    expect((await call(app, 'reviews:get', { year })).targets).toEqual([
      { indicator: 'planFulfilment', target: 80 },
      { indicator: 'satisfaction', target: 0.8 },
    ]);
    const refused = await app.dispatch('reviews:saveTargets', {
      year,
      targets: [{ indicator: 'satisfaction', target: 80 }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const twice = await app.dispatch('reviews:saveTargets', {
      year,
      targets: [
        { indicator: 'planFulfilment', target: 80 },
        { indicator: 'planFulfilment', target: 90 },
      ],
    });
    expect(twice).toMatchObject({ ok: false });
    expect((await call(app, 'reviews:get', { year })).targets).toHaveLength(2);
  });
});
