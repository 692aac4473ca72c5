import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src-main/documents/escape-html';
import { programModel } from '../../../src-main/program/program-model';
import { call, partnerId, useCores } from '../../kit';
import { readDocx } from './docx-text';
import { readable } from './readable-text';

const cores = useCores();
const YEAR = '2026/2027';
const allNames = programModel.partners.map((p) => p.name);

/** The text of the table's rows: one string per partner row, cells joined by « | ». */
function tableRows(html: string): string[] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr(?: class="long")?>([\s\S]*?)<\/tr>/g)].map((row) => row[1] ?? '');
}

describe('the model of interaction', () => {
  it('holds every active partner of the seeded program with its forms and effects, in the program’s order', async () => {
    const core = await cores();
    const { title, html: printed } = await call(core, 'documents:preview', { kind: 'modelOfInteraction', year: YEAR });
    const html = readable(printed);
    expect(title).toBe('Модель взаимодействия 2026/2027');
    const rows = tableRows(html);
    expect(rows).toHaveLength(11);
    programModel.partners.forEach((partner, i) => {
      const row = rows[i] ?? '';
      expect(row).toContain(`${i + 1}.`);
      expect(row).toContain(escapeHtml(partner.name));
      for (const form of partner.forms) expect(row).toContain(escapeHtml(`– ${form}`));
      for (const effect of partner.effects) expect(row).toContain(escapeHtml(`– ${effect}`));
    });
    core.close();
  });

  it('is headed by the school’s full name from its profile, the title and the academic year', async () => {
    const core = await cores();
    const { school } = await call(core, 'settings:get', {});
    const fullName = 'Муниципальное бюджетное общеобразовательное учреждение «Школа № 7» г. Зверево';
    await call(core, 'settings:saveSchool', { ...school, fullName });
    const html = readable(
      (await call(core, 'documents:preview', { kind: 'modelOfInteraction', year: '2027/2028' })).html,
    );
    expect(html).toContain(escapeHtml(fullName));
    expect(html).toContain('Модель взаимодействия с социальными партнёрами');
    expect(html).toContain('на 2027/2028 учебный год');
    expect(html).toMatch(
      /<th>№<\/th><th>Социальный партнёр<\/th><th>Формы взаимодействия<\/th><th>Социальный эффект<\/th>/,
    );
    core.close();
  });

  it('leaves out a partner the school no longer works with', async () => {
    const core = await cores();
    const former = 'ГИБДД';
    await call(core, 'partners:archive', { id: partnerId(core, former) });
    const html = readable((await call(core, 'documents:preview', { kind: 'modelOfInteraction', year: YEAR })).html);
    expect(tableRows(html)).toHaveLength(10);
    expect(html).not.toContain(former);
    for (const name of allNames.filter((n) => n !== former)) expect(html).toContain(escapeHtml(name));
    core.close();
  });

  it('shows only the partners chosen, whatever their status', async () => {
    const core = await cores();
    const chosen = ['МЧС', 'ДК «Маяк» г. Зверево'];
    await call(core, 'partners:setStatus', {
      id: partnerId(core, 'МЧС'),
      status: 'suspended',
      date: '2026-11-20',
      reason: 'Проверка',
    });
    const partnerIds = chosen.map((name) => partnerId(core, name));
    const html = readable(
      (await call(core, 'documents:preview', { kind: 'modelOfInteraction', year: YEAR, partnerIds })).html,
    );
    const rows = tableRows(html);
    expect(rows).toHaveLength(2);
    expect(rows.join('')).toContain(escapeHtml(chosen[0] ?? ''));
    expect(rows.join('')).toContain(escapeHtml(chosen[1] ?? ''));
    for (const name of allNames.filter((n) => !chosen.includes(n))) expect(html).not.toContain(escapeHtml(name));
    core.close();
  });

  it('refuses a chosen partner that does not exist, in Russian, instead of printing a shorter document', async () => {
    const core = await cores();
    const answer = await core.dispatch('documents:preview', {
      kind: 'modelOfInteraction',
      year: YEAR,
      partnerIds: [partnerId(core, 'МЧС'), 999_999],
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^Один из выбранных партнёров не найден/) },
    });
    core.close();
  });

  it('refuses an empty choice and a choice of more than a thousand partners', async () => {
    const core = await cores();
    const empty = await core.dispatch('documents:preview', { kind: 'modelOfInteraction', year: YEAR, partnerIds: [] });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { partnerIds: 'Выберите хотя бы одного партнёра' } },
    });
    const many = Array.from({ length: 1001 }, (_, i) => i + 1);
    const tooMany = await core.dispatch('documents:savePdf', {
      kind: 'modelOfInteraction',
      year: YEAR,
      partnerIds: many,
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });

  it('refuses a year that is not an academic year and fields it does not know', async () => {
    const core = await cores();
    const badYear = await core.dispatch('documents:preview', { kind: 'modelOfInteraction', year: '2026/2028' });
    expect(badYear).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { year: expect.any(String) } },
    });
    const extra = await core.dispatch('documents:preview', { kind: 'modelOfInteraction', year: YEAR, sql: 'x' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknownKind = await core.dispatch('documents:preview', { kind: 'agreement', year: YEAR });
    expect(unknownKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });

  it('explains, rather than printing an empty table, when the school works with no partner', async () => {
    const core = await cores();
    for (const { id } of await call(core, 'partners:list', {})) {
      await call(core, 'partners:setStatus', { id, status: 'suspended', date: '2026-11-20', reason: 'Каникулы' });
    }
    const answer = await core.dispatch('documents:print', { kind: 'modelOfInteraction', year: YEAR });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: /^Нет партнёров, с которыми школа работает/ },
    });
    core.close();
  });

  it('shows a partner’s name that looks like markup as text', async () => {
    const core = await cores();
    const { output } = core;
    const name = '<script>alert(1)</script>';
    core.db.prepare("UPDATE partners SET full_name = ? WHERE full_name = 'МЧС'").run(name);
    const html = readable((await call(core, 'documents:preview', { kind: 'modelOfInteraction', year: YEAR })).html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    await call(core, 'documents:saveDocx', { kind: 'modelOfInteraction', year: YEAR });
    const saved = output.saved[0]?.content;
    if (!(saved instanceof Uint8Array)) throw new Error('no Word file saved');
    expect((await readDocx(saved)).paragraphs).toContain(name);
    core.close();
  });
});
