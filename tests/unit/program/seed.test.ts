import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programModel } from '../../../src-main/program/program-model';
import { openCore, partnerId, useTempDirs } from '../../kit';

const tempDir = useTempDirs();

function core(dataDir = tempDir()) {
  return openCore(dataDir);
}

describe('the first start', () => {
  it('holds every partner of the program model with its forms and effects', async () => {
    const app = await core();
    const list = await app.dispatch('partners:list', {});
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const partners = list.value as { fullName: string; formsCount: number; effectsCount: number; category: string }[];
    expect(partners).toHaveLength(programModel.partners.length);
    for (const source of programModel.partners) {
      const stored = partners.find((p) => p.fullName === source.name);
      expect(stored, source.name).toMatchObject({
        category: source.category,
        formsCount: source.forms.length,
        effectsCount: source.effects.length,
      });
    }
    app.close();
  });

  it('keeps the forms of a partner in the order of the program', async () => {
    const app = await core();
    const id = partnerId(app, 'ГИБДД');
    const detail = await app.dispatch('partners:get', { id });
    const gibdd = programModel.partners.find((p) => p.name === 'ГИБДД');
    expect(detail).toMatchObject({
      ok: true,
      value: { forms: gibdd?.forms.map((text) => ({ text, taskIds: [] })), effects: gibdd?.effects },
    });
    app.close();
  });

  it('holds the goal, tasks, principles, four stages, venues, resources and forms of staff development', async () => {
    const app = await core();
    const program = await app.dispatch('program:get', {});
    expect(program).toEqual({
      ok: true,
      value: {
        goal: programModel.goal,
        tasks: programModel.tasks.map((text) => ({ id: expect.any(Number), text })),
        principles: programModel.principles,
        stages: programModel.stages,
        venues: programModel.venues,
        lendableResources: programModel.lendableResources,
        staffDevelopmentForms: programModel.staffDevelopmentForms,
      },
    });
    app.close();
  });

  it('counts the partners by stage for Главная', async () => {
    const app = await core();
    const summary = await app.dispatch('home:summary', {});
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    const value = summary.value as { partnersTotal: number; byStage: { stage: number; count: number; name: string }[] };
    expect(value.partnersTotal).toBe(11);
    expect(value.byStage.map((s) => [s.stage, s.name, s.count])).toEqual([
      [1, 'Мотивация', 11],
      [2, 'Разработка стратегии', 0],
      [3, 'Реализация', 0],
      [4, 'Подведение итогов', 0],
    ]);
    app.close();
  });

  it('seeds only once: a second start finds the same partners, not twice as many', async () => {
    const dataDir = tempDir();
    (await core(dataDir)).close();
    const again = await core(dataDir);
    expect(again.db.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 11 });
    again.close();
  });

  it('uses its own data directory', async () => {
    const dataDir = tempDir();
    const app = await core(dataDir);
    expect(app.db.name).toBe(join(dataDir, 'sodruzhestvo.sqlite3'));
    app.close();
  });
});
