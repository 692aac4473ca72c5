import { z } from 'zod';
import { isValidInn, isValidKpp, isValidOgrn } from './requisites';
import { boundedInt, emptyInput, optionalCode, optionalText, requiredText } from './text';

const innOfOrganisation = optionalCode([10], 'ИНН организации', isValidInn);
const kpp = z
  .string({ error: 'Ожидается текст' })
  .trim()
  .max(20, { error: 'КПП: 9 знаков' })
  .refine((s) => s === '' || isValidKpp(s), {
    error: 'КПП: 9 знаков (цифры; 5-й и 6-й могут быть заглавными латинскими буквами)',
  });
const ogrn = optionalCode([13], 'ОГРН', isValidOgrn);

const email = optionalText(254).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
  error: 'Адрес электронной почты вида name@example.ru',
});

export const enrolmentSchema = z
  .object({
    noo: boundedInt(0, 5000),
    ooo: boundedInt(0, 5000),
    soo: boundedInt(0, 5000),
  })
  .strict();

export const schoolProfileSchema = z
  .object({
    fullName: requiredText(500, 'Укажите полное наименование школы'),
    shortName: requiredText(150, 'Укажите краткое наименование школы'),
    legalAddress: optionalText(500),
    postalAddress: optionalText(500),
    directorName: optionalText(200),
    directorPosition: optionalText(200),
    inn: innOfOrganisation,
    kpp,
    ogrn,
    phone: optionalText(100),
    email,
    website: optionalText(300),
    enrolment: enrolmentSchema,
    families: boundedInt(0, 20000),
    teachers: boundedInt(0, 2000),
  })
  .strict();

export type SchoolProfile = z.infer<typeof schoolProfileSchema>;

export const settingsSchema = z
  .object({
    school: schoolProfileSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const settingsChannels = {
  'settings:get': { input: emptyInput, output: settingsSchema },
  'settings:saveSchool': { input: schoolProfileSchema, output: settingsSchema },
} as const;
