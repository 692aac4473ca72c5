import { describe, expect, it } from 'vitest';
import { programModel } from '../../../src-main/program/program-model';
import { call, useCores } from '../../kit';
import { readDocx } from './docx-text';

const cores = useCores();
const request = { kind: 'modelOfInteraction', year: '2026/2027' } as const;

describe('the document channels', () => {
  it('save a PDF under a Russian name that Windows accepts, and answer with the path', async () => {
    const core = await cores();
    const { output } = core;
    expect(await call(core, 'documents:savePdf', request)).toEqual({
      path: '/memory/Модель взаимодействия 2026-2027.pdf',
    });
    expect(output.saved).toHaveLength(1);
    expect(output.saved[0]).toMatchObject({ fileName: 'Модель взаимодействия 2026-2027.pdf', kind: 'pdf' });
    expect(output.saved[0]?.content).toContain('<!doctype html>');
    core.close();
  });

  it('save a Word file: a zip whose body has the heading and the table', async () => {
    const core = await cores();
    const { output } = core;
    expect(await call(core, 'documents:saveDocx', request)).toEqual({
      path: '/memory/Модель взаимодействия 2026-2027.docx',
    });
    const saved = output.saved[0];
    expect(saved).toMatchObject({ fileName: 'Модель взаимодействия 2026-2027.docx', kind: 'docx' });
    if (!(saved?.content instanceof Uint8Array)) throw new Error('no bytes');
    const { paragraphs } = await readDocx(saved.content);
    expect(paragraphs).toContain('Модель взаимодействия с социальными партнёрами');
    expect(paragraphs).toContain('Социальный партнёр');
    expect(paragraphs).toContain('на 2026/2027 учебный год');
    for (const partner of programModel.partners) expect(paragraphs, partner.name).toContain(partner.name);
    core.close();
  });

  it('print the page under the document’s title and report that it was printed', async () => {
    const core = await cores();
    const { output } = core;
    expect(await call(core, 'documents:print', request)).toEqual({ done: true });
    expect(output.printed).toEqual([
      { title: 'Модель взаимодействия 2026/2027', html: expect.stringContaining('<table') },
    ]);
    core.close();
  });

  it('answer with no path, and no error, when the user cancels', async () => {
    const core = await cores();
    const { output } = core;
    output.cancel = true;
    expect(await call(core, 'documents:savePdf', request)).toEqual({ path: null });
    expect(await call(core, 'documents:saveDocx', request)).toEqual({ path: null });
    expect(await call(core, 'documents:print', request)).toEqual({ done: false });
    core.close();
  });
});
