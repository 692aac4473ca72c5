import { describe, expect, it } from 'vitest';
import { STORE_BUSY } from '../../../src-main/backups/store-work';
import { call, useCores } from '../../kit';
import { addPartner, partnerNames } from '../backups/core';

const core = useCores();

/** Lets `turns` rounds of the event loop pass, so the second call lands at another step of the first one's work. */
async function after(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('an archive import and a restore at the same moment', () => {
  it('run one after the other or the second is refused saying what runs; neither half-fails, the store stays sound', async () => {
    const app = await core();
    await addPartner(app, 'Городская библиотека');
    const copy = await call(app, 'backups:create', {});
    await addPartner(app, 'Краеведческий музей');
    await call(app, 'archive:export', {});
    const archive = app.output.saved.at(-1)?.content;
    if (!(archive instanceof Uint8Array)) throw new Error('no archive was saved');
    app.output.file = { path: '/memory/Архив.sodr', bytes: archive };
    const refusals = new Set([STORE_BUSY.import, STORE_BUSY.restore]);

    for (const [first, turns] of [0, 2, 8, 21].flatMap(
      (t) =>
        [
          ['import', t],
          ['restore', t],
        ] as const,
    )) {
      const importing = () => app.dispatch('archive:import', {});
      const restoring = () => app.dispatch('backups:restore', { name: copy.name });
      const [a, b] =
        first === 'import'
          ? await Promise.all([importing(), after(turns).then(restoring)])
          : await Promise.all([restoring(), after(turns).then(importing)]);
      const answers = [a, b];
      for (const answer of answers) {
        if (!answer.ok) {
          expect(answer.error.code).toBe('conflict');
          expect(refusals).toContain(answer.error.message);
        }
      }
      expect(answers.some((answer) => answer.ok)).toBe(true);
      expect(await call(app, 'store:status', {})).toEqual({ readOnly: false, reason: null });
      expect(app.db.pragma('quick_check', { simple: true })).toBe('ok');
      expect((await partnerNames(app)).length).toBeGreaterThan(0);
    }
    await addPartner(app, 'Дом культуры');
    expect(await partnerNames(app)).toContain('Дом культуры');
  });
});
