import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../../src-main/files/file-name';

describe('suggestedFileName', () => {
  it('keeps a Russian title and turns the year’s slash into a dash', () => {
    expect(suggestedFileName('Модель взаимодействия 2026/2027', 'pdf')).toBe('Модель взаимодействия 2026-2027.pdf');
  });

  it('replaces every character Windows refuses in a name', () => {
    const name = suggestedFileName('Договор №5: "Маяк" <ДК> a\\b*c?d|e\tf', 'docx');
    expect(name).toBe('Договор №5- -Маяк- -ДК- a-b-c-d-e-f.docx');
    expect([...name.slice(0, -'.docx'.length)].filter((c) => '\\/:*?"<>|'.includes(c) || c < ' ')).toEqual([]);
  });

  it('drops dots and spaces at the end of the name, which Windows strips silently', () => {
    expect(suggestedFileName('Акт приёма-передачи ... ', 'pdf')).toBe('Акт приёма-передачи.pdf');
  });

  it('avoids the names of devices and empty names', () => {
    expect(suggestedFileName('CON', 'pdf')).toBe('CON_.pdf');
    expect(suggestedFileName('lpt1', 'docx')).toBe('lpt1_.docx');
    expect(suggestedFileName(' / ', 'pdf')).toBe('-.pdf');
    expect(suggestedFileName('  ', 'xlsx')).toBe('Документ.xlsx');
  });

  it('shortens a very long title', () => {
    const name = suggestedFileName('Аналитическая справка '.repeat(20), 'pdf');
    expect([...name].length).toBeLessThanOrEqual(154);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
