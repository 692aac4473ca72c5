import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { LoanActVariant } from '../../../src-main/contract/loans';
import { call, partnerId, type TestCore, useCores } from '../../kit';
import { LIBRARY, loanFields } from './fixtures';
import { readable } from '../documents/readable-text';

const cores = useCores();
/** A clock past every date below: returns in 2027 and 2028 are not in the future. */
const core = () => cores({ now: () => new Date(2029, 0, 15, 10, 0) });

/** Opens the act as the office does before printing it: the first look issues its number. */
async function issue(app: TestCore, id: number, variant: LoanActVariant = 'receipt'): Promise<string> {
  return (await call(app, 'documents:preview', { kind: 'loanAct', id, variant })).title.replace(/ — .*/, '');
}

async function loan(app: TestCore, receivedOn: string, dueOn = receivedOn): Promise<number> {
  return (await call(app, 'loans:create', loanFields(partnerId(app, LIBRARY), { receivedOn, dueOn }))).id;
}

describe('the numbers of the acts of partners’ resources', () => {
  it('run per year of the act by the pattern of Настройки, given when an act is first issued', async () => {
    const app = await core();
    const first = await loan(app, '2026-11-01');
    const second = await loan(app, '2026-11-05');
    const nextYear = await loan(app, '2027-01-10');
    expect((await call(app, 'loans:get', { id: first })).receiptActNumber).toBeNull();
    // Issued in the order the acts are opened, not the order the loans were recorded.
    expect(await issue(app, second)).toBe('Акт приёма-передачи № А-2026-1');
    expect(await issue(app, nextYear)).toBe('Акт приёма-передачи № А-2027-1');
    expect(await issue(app, first)).toBe('Акт приёма-передачи № А-2026-2');
    expect((await call(app, 'loans:get', { id: first })).receiptActNumber).toBe('А-2026-2');
  });

  it('are kept after the loan, its dates and the pattern change, and new acts follow the new pattern', async () => {
    const app = await core();
    const id = await loan(app, '2026-11-01', '2026-12-15');
    expect(await issue(app, id)).toBe('Акт приёма-передачи № А-2026-1');
    const detail = await call(app, 'loans:get', { id });
    await call(app, 'loans:update', {
      id,
      fields: { ...loanFields(detail.partnerId), receivedOn: '2027-01-09', dueOn: '2027-02-01', items: detail.items },
    });
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveAgreements', { ...settings.agreements, actNumberPattern: '{№}/{год}' });
    expect(await issue(app, id)).toBe('Акт приёма-передачи № А-2026-1');

    await call(app, 'loans:markReturned', { id, returnedOn: '2027-02-01', condition: '', remarks: '' });
    expect(await issue(app, id, 'return')).toBe('Акт возврата № 1/2027');
    const preview = await call(app, 'documents:preview', { kind: 'loanAct', id, variant: 'return' });
    expect(readable(preview.html)).toContain('по акту приёма-передачи № А-2026-1 от 09.01.2027');
    // Undoing the return and recording it again keeps the act of return its number.
    await call(app, 'loans:undoReturn', { id });
    await call(app, 'loans:markReturned', { id, returnedOn: '2027-02-02', condition: '', remarks: '' });
    expect(await issue(app, id, 'return')).toBe('Акт возврата № 1/2027');
  });

  it('number the act of receipt too when the act of return is the first issued, which names it', async () => {
    const app = await core();
    const id = await loan(app, '2026-11-01', '2026-12-15');
    await call(app, 'loans:markReturned', { id, returnedOn: '2026-11-20', condition: '', remarks: '' });
    expect(await issue(app, id, 'return')).toBe('Акт возврата № А-2026-2');
    expect(await call(app, 'loans:get', { id })).toMatchObject({
      receiptActNumber: 'А-2026-1',
      returnActNumber: 'А-2026-2',
    });
  });

  it('are not given to an act refused, and leave with a deleted loan', async () => {
    const app = await core();
    const id = await loan(app, '2026-11-01', '2026-12-15');
    const refused = await app.dispatch('documents:preview', { kind: 'loanAct', id, variant: 'return' });
    expect(refused.ok).toBe(false);
    expect(app.db.prepare('SELECT count(*) FROM loan_acts').pluck().get()).toBe(0);
    await issue(app, id);
    await call(app, 'loans:delete', { id });
    expect(app.db.prepare('SELECT count(*) FROM loan_acts').pluck().get()).toBe(0);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 2026, max: 2028 }), fc.boolean()), { minLength: 1, maxLength: 12 })], {
    numRuns: 5,
  })('are unique in the store, whatever years and kinds of act are issued in whatever order', async (acts) => {
    const app = await core();
    for (const [year, returned] of acts) {
      const id = await loan(app, `${year}-03-01`, `${year}-03-10`);
      if (returned) {
        await call(app, 'loans:markReturned', { id, returnedOn: `${year}-03-05`, condition: '', remarks: '' });
        await issue(app, id, 'return');
      } else {
        await issue(app, id);
      }
    }
    const numbers = app.db.prepare('SELECT number FROM loan_acts').pluck().all() as string[];
    expect(numbers).toHaveLength(acts.length + acts.filter(([, returned]) => returned).length);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const year of [2026, 2027, 2028]) {
      const ofYear = numbers.filter((n) => n.startsWith(`А-${year}-`)).map((n) => Number(n.split('-')[2]));
      // Each year counts from 1 with no gap.
      expect(ofYear.sort((a, b) => a - b)).toEqual(ofYear.map((_, i) => i + 1));
    }
  });
});
