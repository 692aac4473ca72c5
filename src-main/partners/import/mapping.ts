import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../contract/partner-import';
import { foldForSearch } from '../../contract/text-folding';

/** Header texts a field is recognised by, in order of preference, written as `headerKey` folds them. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  fullName: ['полное наименование', 'наименование', 'название', 'наименование организации', 'организация', 'партнер'],
  shortName: ['краткое наименование', 'сокращенное наименование', 'краткое название'],
  category: ['направление', 'категория', 'направление партнерства', 'направление сотрудничества'],
  status: ['статус'],
  legalForm: ['организационно правовая форма', 'опф'],
  inn: ['инн'],
  kpp: ['кпп'],
  ogrn: ['огрн', 'огрнип', 'огрн огрнип'],
  legalAddress: ['юридический адрес', 'адрес'],
  postalAddress: ['почтовый адрес', 'фактический адрес'],
  headName: ['руководитель', 'фио руководителя', 'директор'],
  headPosition: ['должность руководителя'],
  headBasis: ['действует на основании', 'основание полномочий', 'основание'],
  contactName: ['контактное лицо', 'фио контактного лица', 'контакт'],
  contactRole: ['должность контактного лица'],
  contactPhone: ['телефон', 'тел', 'телефон контактного лица', 'контактный телефон'],
  contactEmail: ['email', 'e mail', 'эл почта', 'электронная почта', 'адрес электронной почты', 'почта'],
  website: ['сайт', 'веб сайт', 'адрес сайта', 'интернет сайт'],
  forms: ['формы взаимодействия', 'формы', 'формы сотрудничества', 'форма взаимодействия'],
  effects: ['социальный эффект', 'социальные эффекты', 'эффекты', 'ожидаемый социальный эффект', 'эффект'],
  notes: ['примечание', 'примечания', 'комментарий'],
};

/** A header as compared: lower case, ё as е, punctuation as single spaces («Эл. почта:» → «эл почта»). */
export function headerKey(header: string): string {
  return foldForSearch(header.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

export function emptyMapping(): ImportMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ImportMapping;
}

/**
 * Guesses which column holds which field from the header texts: exact names first, then headers that
 * begin with a name («ИНН организации»). Each column goes to one field at most.
 */
export function guessMapping(columns: readonly string[]): ImportMapping {
  const mapping = emptyMapping();
  const keys = columns.map(headerKey);
  const taken = new Set<number>();
  const assign = (matches: (key: string, name: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      for (const name of HEADER_NAMES[field]) {
        const index = keys.findIndex((key, i) => !taken.has(i) && matches(key, name));
        if (index >= 0) {
          mapping[field] = index;
          taken.add(index);
          break;
        }
      }
    }
  };
  assign((key, name) => key === name);
  assign((key, name) => key.startsWith(`${name} `));
  return mapping;
}
