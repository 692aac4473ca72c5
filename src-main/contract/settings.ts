import { z } from 'zod';
import { isoDateSchema } from './dates';
import { emailField, innOfOrganisationField, kppField, ogrnField } from './fields';
import { DEFAULT_BASIS, type SignerSource } from './signer';
import { boundedInt, emptyInput, optionalText, requiredText } from './text';

export const DEFAULT_DEPUTY_POSITION = 'Заместитель директора';

export const enrolmentSchema = z
  .object({
    noo: boundedInt(0, 5000),
    ooo: boundedInt(0, 5000),
    soo: boundedInt(0, 5000),
  })
  .strict();

/** The school's name, requisites and contacts: what Настройки save. */
export const schoolProfileFieldsSchema = z
  .object({
    fullName: requiredText(500, 'Укажите полное наименование школы'),
    shortName: requiredText(150, 'Укажите краткое наименование школы'),
    legalAddress: optionalText(500),
    postalAddress: optionalText(500),
    directorName: optionalText(200),
    directorPosition: optionalText(200),
    /** The director's name and position in the genitive as the office corrected them; empty: declined by the app. */
    directorNameGenitive: optionalText(200).default(''),
    directorPositionGenitive: optionalText(200).default(''),
    /** What the director acts by, in the genitive: «Устава»; «доверенности» takes a number and a date. */
    directorBasis: optionalText(200).default(DEFAULT_BASIS),
    directorAttorneyNumber: optionalText(50).default(''),
    directorAttorneyDate: isoDateSchema.nullable().default(null),
    /** Who signs the analytic report beside the director. */
    deputyName: optionalText(200).default(''),
    deputyPosition: optionalText(200).default(DEFAULT_DEPUTY_POSITION),
    inn: innOfOrganisationField,
    kpp: kppField,
    ogrn: ogrnField,
    phone: optionalText(100),
    email: emailField,
    website: optionalText(300),
  })
  .strict();

/** The profile as stored: the fields, and what an older version kept there. */
export const schoolProfileSchema = schoolProfileFieldsSchema
  .extend({
    /**
     * The enrolment by level, the families and the teachers were once kept here, one figure for every year. They
     * are kept per academic year now (the year's class list, `classes:saveCounts`); a profile that still has them
     * is carried over to the current year at start (`carryOverSchoolProfile`) and saved without them.
     */
    enrolment: enrolmentSchema.optional(),
    families: boundedInt(0, 20000).optional(),
    teachers: boundedInt(0, 2000).optional(),
  })
  .strict();

export type SchoolProfile = z.infer<typeof schoolProfileSchema>;

/** The director as a contract names him or her: «в лице директора …, действующей на основании Устава». */
export function schoolSigner(s: SchoolProfile): SignerSource {
  return {
    name: s.directorName,
    position: s.directorPosition,
    nameGenitive: s.directorNameGenitive,
    positionGenitive: s.directorPositionGenitive,
    basis: s.directorBasis,
    attorneyNumber: s.directorAttorneyNumber,
    attorneyDate: s.directorAttorneyDate,
  };
}

/** A pattern of numbers: «СП-{год}-{№}», the running number once, the year where the office wants it. */
const numberPatternField = (yearIs: string) =>
  requiredText(50, 'Укажите шаблон номера').refine((s) => s.split('{№}').length === 2, {
    error: `Шаблон номера должен один раз содержать {№} — порядковый номер; {год} — ${yearIs}`,
  });

export const DEFAULT_ACT_NUMBER_PATTERN = 'А-{год}-{№}';

/** How agreements and the acts of partners' resources are numbered, and when an agreement's end is announced. */
export const agreementSettingsSchema = z
  .object({
    numberPattern: numberPatternField('год подписания'),
    /** «Акт приёма-передачи» and «Акт возврата»: one series, given when an act is first issued. */
    actNumberPattern: numberPatternField('год акта').default(DEFAULT_ACT_NUMBER_PATTERN),
    warningDays: boundedInt(1, 365),
    city: optionalText(100),
  })
  .strict();
export type AgreementSettings = z.infer<typeof agreementSettingsSchema>;

/** School holidays (каникулы), shown on the calendar as background. */
export const holidaySchema = z
  .object({
    name: requiredText(100, 'Назовите каникулы'),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict()
  .refine((h) => h.to >= h.from, { path: ['to'], error: 'Конец каникул раньше начала' });
export type Holiday = z.infer<typeof holidaySchema>;

export const calendarSettingsSchema = z
  .object({ holidays: z.array(holidaySchema).max(50, { error: 'Не более 50 периодов' }) })
  .strict();
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const settingsSchema = z
  .object({
    school: schoolProfileSchema,
    agreements: agreementSettingsSchema,
    calendar: calendarSettingsSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const settingsChannels = {
  'settings:get': { input: emptyInput, output: settingsSchema },
  'settings:saveSchool': { input: schoolProfileFieldsSchema, output: settingsSchema },
  'settings:saveAgreements': { input: agreementSettingsSchema, output: settingsSchema },
  'settings:saveCalendar': { input: calendarSettingsSchema, output: settingsSchema },
} as const;
