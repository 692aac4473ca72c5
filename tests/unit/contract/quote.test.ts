import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { quoted } from '../../../src-main/contract/quote';

describe('quoting a user’s text the Russian way', () => {
  it('puts a title in «ёлочки» and a title inside it in „лапки“', () => {
    expect(quoted('Новогодний калейдоскоп')).toBe('«Новогодний калейдоскоп»');
    expect(quoted('Беседа «Новогодний калейдоскоп»')).toBe('«Беседа „Новогодний калейдоскоп“»');
    expect(quoted(`Беседа ${quoted('Новогодний калейдоскоп')}`)).toBe('«Беседа „Новогодний калейдоскоп“»');
  });

  it('makes straight quotes typed on a keyboard inner ones', () => {
    expect(quoted('МБУК "Дом культуры"')).toBe('«МБУК „Дом культуры“»');
  });

  it('does not quote twice a text typed with its own «…» around it, but quotes two quotations inside', () => {
    expect(quoted('«Калейдоскоп»')).toBe('«Калейдоскоп»');
    expect(quoted('«А» и «Б»')).toBe('«„А“ и „Б“»');
    expect(quoted('«Школа «Радуга»»')).toBe('«Школа „Радуга“»');
  });

  const text = fc.string({ unit: fc.constantFrom('«', '»', '"', ' ', 'а', 'Б', '„', '“', '-') });

  test.prop([text])('never prints «…«…»…»: one «, first, and one », last, whatever was typed', (typed) => {
    const out = quoted(typed);
    expect(out.startsWith('«') && out.endsWith('»')).toBe(true);
    expect(out.slice(1, -1)).not.toMatch(/[«»"]/);
  });

  test.prop([text, text])('a quotation nested in a quotation stays one quotation outside', (outer, inner) => {
    const out = quoted(`${outer} ${quoted(inner)}`);
    expect([...out].filter((c) => c === '«')).toHaveLength(1);
    expect([...out].filter((c) => c === '»')).toHaveLength(1);
  });

  test.prop([fc.string()])('keeps every letter of the text', (typed) => {
    const letters = (s: string) => s.replace(/[«»"„“]/g, '');
    expect(letters(quoted(typed))).toBe(letters(typed));
  });
});
