import { describe, expect, it } from 'vitest';
import type { PlanItem } from '@contract/plans';
import { groupsOf, matches, NO_FILTER, options } from '../../../../src-renderer/src/screens/plans/plan-filter';
import { groupCountText } from '../../../../src-renderer/src/screens/plans/plan-text';
import { addItem } from '../../plans/fixtures';
import { PARTNER_NAMES } from '../../../fixtures/review-scenario';
import { call, partnerId, type TestCore, useCores } from '../../../kit';

const YEAR = '2026/2027';
const core = useCores();

/** A plan of four items read back from a real store: the filter works on what the screen is given. */
async function plan(app: TestCore): Promise<{ items: PlanItem[]; library: number; culture: number }> {
  await call(app, 'plans:create', { year: YEAR, copyFrom: null });
  const library = partnerId(app, PARTNER_NAMES.library);
  const culture = partnerId(app, PARTNER_NAMES.houseOfCulture);
  await addItem(app, YEAR, { title: 'Беседа о безопасности', partnerIds: [library] });
  await addItem(app, YEAR, {
    title: 'Родительское собрание «Читаем вместе»',
    partnerIds: [library, culture],
    dateFrom: '2026-10-06',
    participants: [{ kind: 'parents', value: '' }],
  });
  await addItem(app, YEAR, {
    title: 'Концерт ко Дню матери',
    partnerIds: [culture],
    timing: 'month',
    month: '2026-11',
    dateFrom: null,
    timeFrom: null,
    participants: [{ kind: 'level', value: 'НОО' }],
  });
  await addItem(app, YEAR, {
    title: 'Классный час «ЁЛКА»',
    partnerIds: [],
    participants: [{ kind: 'class', value: '10Б' }],
  });
  const { items } = await call(app, 'plans:get', { year: YEAR });
  return { items, library, culture };
}

const titles = (items: readonly PlanItem[]) => items.map((i) => i.title);

describe('the plan filter', () => {
  it('keeps every item with no filter, and narrows by partner, audience and a word of the title', async () => {
    const { items, library } = await plan(await core());
    const kept = (filter: Partial<typeof NO_FILTER>) =>
      titles(items.filter((i) => matches(i, { ...NO_FILTER, ...filter })));
    expect(kept({})).toHaveLength(4);
    expect(kept({ partnerId: String(library) })).toEqual([
      'Беседа о безопасности',
      'Родительское собрание «Читаем вместе»',
    ]);
    expect(kept({ audience: 'parents' })).toEqual(['Родительское собрание «Читаем вместе»']);
    // A class serves its level: 5А is ООО, 10Б is СОО; the concert is for the whole of НОО.
    expect(kept({ audience: 'ООО' })).toEqual(['Беседа о безопасности']);
    expect(kept({ audience: 'СОО' })).toEqual(['Классный час «ЁЛКА»']);
    expect(kept({ audience: 'НОО' })).toEqual(['Концерт ко Дню матери']);
    // Cyrillic case is folded, «ё» included, and spaces around the word do not count.
    expect(kept({ search: '  ёлка ' })).toEqual(['Классный час «ЁЛКА»']);
    expect(kept({ search: 'ЧИТАЕМ' })).toEqual(['Родительское собрание «Читаем вместе»']);
    expect(kept({ partnerId: String(library), audience: 'НОО' })).toEqual([]);
  });

  it('groups by month: every month of the year, only those with items while filtered', async () => {
    const { items } = await plan(await core());
    const all = groupsOf(YEAR, items, 'month', false);
    expect(all).toHaveLength(12);
    expect(all[0]).toMatchObject({ key: '2026-09', month: '2026-09', partnerId: null });
    expect(all.map((g) => g.items.length)).toEqual([2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(groupCountText(all[0]?.items ?? [])).toBe('2 мероприятия, проведено 0');
    const filtered = groupsOf(YEAR, items, 'month', true);
    expect(filtered.map((g) => g.month)).toEqual(['2026-09', '2026-10', '2026-11']);
  });

  it("shows a month in the printed plan's order, items of the same day and time by title, however they arrive", async () => {
    const app = await core();
    await call(app, 'plans:create', { year: YEAR, copyFrom: null });
    const day = { timing: 'exact' as const, month: null, dateFrom: '2026-12-10', timeFrom: '10:00' };
    await addItem(app, YEAR, { ...day, title: 'Яблочный спас: выставка' });
    await addItem(app, YEAR, { ...day, title: 'Акция «Покорми птиц»' });
    await addItem(app, YEAR, { ...day, title: 'Ёлочная игрушка своими руками' });
    const { items } = await call(app, 'plans:get', { year: YEAR });
    const printedOrder = titles(items);
    expect(printedOrder).toEqual(['Акция «Покорми птиц»', 'Ёлочная игрушка своими руками', 'Яблочный спас: выставка']);
    const december = groupsOf(YEAR, [...items].reverse(), 'month', true)[0];
    expect(titles(december?.items ?? [])).toEqual(printedOrder);
  });

  it('groups by partner in alphabetical order, an item under each of its partners, the rest last', async () => {
    const { items, library, culture } = await plan(await core());
    const groups = groupsOf(YEAR, items, 'partner', false);
    expect(groups.map((g) => [g.partnerId, titles(g.items)])).toEqual([
      [culture, ['Родительское собрание «Читаем вместе»', 'Концерт ко Дню матери']],
      [library, ['Беседа о безопасности', 'Родительское собрание «Читаем вместе»']],
      [null, ['Классный час «ЁЛКА»']],
    ]);
    expect(groups.at(-1)?.title).toBe('Без партнёра');
  });

  it('offers each partner of the plan once, in alphabetical order', async () => {
    const { items, library, culture } = await plan(await core());
    const partners = options(items, (i) =>
      i.partnerIds.map((id, n) => [id, i.partnerNames[n] ?? ''] as [number, string]),
    );
    expect(partners).toEqual([
      { value: String(culture), label: PARTNER_NAMES.houseOfCulture },
      { value: String(library), label: PARTNER_NAMES.library },
    ]);
  });
});
