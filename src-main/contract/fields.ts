import { z } from 'zod';
import { isValidInn, isValidKpp, isValidOgrn } from './requisites';
import { optionalText } from './text';

/** A digits-only registration code of one of the given lengths, checked by its control digits; empty allowed. */
function registrationCode(lengths: readonly number[], label: string, isValid: (s: string) => boolean) {
  const lengthText = `${label}: ${lengths.join(' или ')} цифр`;
  const wellFormed = (s: string) => /^\d+$/.test(s) && lengths.includes(s.length);
  return z
    .string({ error: 'Ожидается текст' })
    .trim()
    .max(20, { error: lengthText })
    .refine((s) => s === '' || wellFormed(s), { error: lengthText })
    .refine((s) => s === '' || !wellFormed(s) || isValid(s), { error: `${label}: неверное контрольное число` });
}

export const innOfOrganisationField = registrationCode([10], 'ИНН организации', isValidInn);
export const innField = registrationCode([10, 12], 'ИНН', isValidInn);
export const ogrnField = registrationCode([13], 'ОГРН', isValidOgrn);
export const ogrnOrOgrnipField = registrationCode([13, 15], 'ОГРН (ОГРНИП)', isValidOgrn);

export const kppField = z
  .string({ error: 'Ожидается текст' })
  .trim()
  .max(20, { error: 'КПП: 9 знаков' })
  .refine((s) => s === '' || isValidKpp(s), {
    error: 'КПП: 9 знаков (цифры; 5-й и 6-й могут быть заглавными латинскими буквами)',
  });

export const emailField = optionalText(254).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
  error: 'Проверьте адрес электронной почты: в нём должны быть имя, знак @ и домен',
});
