import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportedPartner,
} from '../../contract/partner-import';
import {
  PARTNER_STATUS_LABELS,
  PARTNER_STATUSES,
  partnerFieldsSchema,
  type PartnerFields,
  type PartnerStatus,
} from '../../contract/partners';
import { foldForSearch } from '../../contract/text-folding';
import { quoted } from '../../contract/quote';

export type RowErrors = Partial<Record<ImportField, string>>;

/** One data row read through the mapping: what it will write, which fields it fills, and what is wrong. */
export interface RowCandidate {
  fields: ImportedPartner;
  /** The fields the row has a value for; an update replaces only these. */
  given: ReadonlySet<ImportField>;
  errors: RowErrors;
  /** The row as PartnerFields, checked by the contract's own schema; the category is resolved later. */
  draft: Omit<PartnerFields, 'categoryId'> | null;
}

const MAX_CATEGORY_LENGTH = 100;
/** The contract's own rules for a partner; the direction is named in the file and resolved later. */
const fieldsWithoutCategory = partnerFieldsSchema.omit({ categoryId: true });
const TEXT_FIELDS = [
  'fullName',
  'shortName',
  'legalForm',
  'inn',
  'kpp',
  'ogrn',
  'legalAddress',
  'postalAddress',
  'headName',
  'headPosition',
  'headBasis',
  'website',
  'notes',
] as const satisfies readonly ImportField[];

const STATUS_BY_NAME = new Map<string, PartnerStatus>([
  ...PARTNER_STATUSES.map((s) => [foldForSearch(PARTNER_STATUS_LABELS[s]), s] as const),
  ...PARTNER_STATUSES.map((s) => [s, s] as const),
  ['приостановленный', 'suspended'],
  ['действует', 'active'],
]);

const CONTACT_FIELDS: Record<string, ImportField> = {
  name: 'contactName',
  role: 'contactRole',
  phone: 'contactPhone',
  email: 'contactEmail',
};

/** Items of a list cell: one per line or between «;». */
export function splitList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|;/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseStatus(text: string): PartnerStatus | undefined {
  return STATUS_BY_NAME.get(foldForSearch(text));
}

/** A message that says which field it is about, as it is shown next to a row rather than an input. */
function labelled(field: ImportField, message: string): string {
  const label = IMPORT_FIELD_LABELS[field];
  if (message.startsWith(label.split(' ')[0] ?? label) || /^(Укажите|Опишите|Выберите)/.test(message)) return message;
  return `${label}: ${message.charAt(0).toLocaleLowerCase('ru-RU')}${message.slice(1)}`;
}

function fieldOfIssue(path: readonly PropertyKey[]): ImportField | undefined {
  const [head, , leaf] = path;
  if (head === 'contacts') return typeof leaf === 'string' ? CONTACT_FIELDS[leaf] : 'contactName';
  if (head === 'forms' || head === 'effects' || head === 'status') return head;
  return TEXT_FIELDS.find((f) => f === head);
}

export function rowToCandidate(cells: readonly string[], mapping: ImportMapping): RowCandidate {
  const cell = (field: ImportField) => {
    const index = mapping[field];
    return index === null ? '' : (cells[index] ?? '').trim();
  };
  const given = new Set<ImportField>();
  for (const field of IMPORT_FIELDS) if (cell(field) !== '') given.add(field);
  const errors: RowErrors = {};

  const category = cell('category').replace(/\s+/g, ' ');
  if (category === '') errors.category = 'Укажите направление';
  else if (category.length > MAX_CATEGORY_LENGTH)
    errors.category = labelled('category', `Не более ${MAX_CATEGORY_LENGTH} символов`);

  // Without a status in the file the partner's status follows its agreements (a new one has none: «потенциальный»);
  // a status given in the file and not borne out by the agreements is kept as set by hand.
  let status: PartnerStatus | null = 'potential';
  if (given.has('status')) {
    status = parseStatus(cell('status')) ?? null;
    if (status === null) {
      errors.status = `Статус ${quoted(cell('status'))} не известен: укажите ${Object.values(PARTNER_STATUS_LABELS).join(', ')}`;
    }
  }

  const contactGiven = (['contactName', 'contactRole', 'contactPhone', 'contactEmail'] as const).some((f) =>
    given.has(f),
  );
  const contact = contactGiven
    ? { name: cell('contactName'), role: cell('contactRole'), phone: cell('contactPhone'), email: cell('contactEmail') }
    : null;
  if (contact && contact.name === '') {
    errors.contactName = 'Укажите контактное лицо: в строке есть его телефон, почта или должность';
  }

  const fields: ImportedPartner = {
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, cell(f)])) as Record<(typeof TEXT_FIELDS)[number], string>),
    category,
    status,
    contact,
    forms: splitList(cell('forms')),
    effects: splitList(cell('effects')),
  };

  const parsed = fieldsWithoutCategory.safeParse({
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, fields[f]])),
    status: status ?? 'potential',
    contacts: contact ? [contact] : [],
    forms: fields.forms.map((text) => ({ text, taskIds: [] })),
    effects: fields.effects,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssue(issue.path);
      if (field && errors[field] === undefined) errors[field] = labelled(field, issue.message);
    }
  }
  const draft = parsed.success && Object.keys(errors).length === 0 ? parsed.data : null;
  return { fields, given, errors, draft };
}
