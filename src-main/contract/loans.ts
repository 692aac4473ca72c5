import { z } from 'zod';
import { isoDateSchema } from './dates';
import { pickFields } from './pick';
import { countOf } from './plural';
import { boundedInt, deletedSchema, emptyInput, idInputSchema, idSchema, optionalText, requiredText } from './text';

/** What a partner lends, as the programme lists its resources («Экспонаты музея» …), and «Другое». */
export const LOAN_ITEM_KINDS = [
  'exhibits',
  'exhibition',
  'books',
  'paintings',
  'crafts',
  'instruments',
  'other',
] as const;
export const loanItemKindSchema = z.enum(LOAN_ITEM_KINDS, { error: 'Выберите вид ресурса из списка' });
export type LoanItemKind = z.infer<typeof loanItemKindSchema>;
export const LOAN_ITEM_KIND_LABELS: Record<LoanItemKind, string> = {
  exhibits: 'Экспонаты музея',
  exhibition: 'Передвижные выставки',
  books: 'Детская художественная литература',
  paintings: 'Картины местных художников',
  crafts: 'Изделия мастеров декоративно-прикладного искусства',
  instruments: 'Музыкальные инструменты',
  other: 'Другое',
};

export const MAX_LOAN_ITEMS = 500;
export const MAX_ITEM_QUANTITY = 100_000;

export const loanItemSchema = z
  .object({
    name: requiredText(500, 'Укажите наименование предмета'),
    kind: loanItemKindSchema,
    quantity: boundedInt(1, MAX_ITEM_QUANTITY),
    inventoryNumber: optionalText(100),
    /** The condition in which the school received it. */
    condition: optionalText(1000),
  })
  .strict();
export type LoanItem = z.infer<typeof loanItemSchema>;

/** Everything the office types about one loan when the items arrive; the return is recorded apart. */
const loanFieldsObject = z
  .object({
    partnerId: idSchema,
    receivedOn: isoDateSchema,
    dueOn: isoDateSchema,
    /** Who at the school answers for the items. */
    responsible: optionalText(300),
    /** Where the items are shown: «мини-музей школы», «библиотека», «актовый зал». */
    displayPlace: optionalText(300),
    notes: optionalText(5000),
    items: z
      .array(loanItemSchema, { error: 'Ожидается список предметов' })
      .min(1, { error: 'Добавьте хотя бы один предмет' })
      .max(MAX_LOAN_ITEMS, { error: `Не более ${MAX_LOAN_ITEMS} предметов` }),
  })
  .strict();

export const loanFieldsSchema = loanFieldsObject.refine((l) => l.dueOn >= l.receivedOn, {
  path: ['dueOn'],
  error: 'Срок возврата раньше даты получения',
});
export type LoanFields = z.infer<typeof loanFieldsSchema>;

/** What the office edits of a loan, taken from its detail. */
export function loanFieldsOf(detail: LoanFields): LoanFields {
  return pickFields(loanFieldsObject, detail);
}

/** «Самовар, Рушник × 3, Прялка и ещё 2»: the first few items, each with its quantity when more than one. */
export function loanItemsSummary(items: readonly Pick<LoanItem, 'name' | 'quantity'>[], shown = 3): string {
  const named = items
    .slice(0, shown)
    .map((item) => (item.quantity > 1 ? `${item.name} × ${item.quantity}` : item.name))
    .join(', ');
  const rest = items.length - shown;
  return rest > 0 ? `${named} и ещё ${rest}` : named;
}

/** A new line of the items table. */
export function blankLoanItem(kind: LoanItemKind = 'exhibits'): LoanItem {
  return { name: '', kind, quantity: 1, inventoryNumber: '', condition: '' };
}

/**
 * Where a loan stands, derived from its dates (never typed): kept at school with time to spare, due within the
 * warning window (the due day included), overdue, returned by the due date, or returned after it.
 */
export const LOAN_STATUSES = ['onLoan', 'dueSoon', 'overdue', 'returned', 'returnedLate'] as const;
export const loanStatusSchema = z.enum(LOAN_STATUSES);
export type LoanStatus = z.infer<typeof loanStatusSchema>;

export const loanTermSchema = z.object({
  status: loanStatusSchema,
  /** Not returned: days from today to the due date (0 on the due day, negative once overdue). Returned: null. */
  daysLeft: z.number().int().nullable(),
  /** Returned: days the return came after the due date (0 when on time). Not returned: null. */
  daysLate: z.number().int().nullable(),
});
export type LoanTerm = z.infer<typeof loanTermSchema>;

export const loanSummarySchema = loanTermSchema.extend({
  id: idSchema,
  partnerId: idSchema,
  partnerName: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  returnedOn: z.string().nullable(),
  responsible: z.string(),
  displayPlace: z.string(),
  /** «Самовар, прялка × 2, рушник и ещё 2». */
  itemsSummary: z.string(),
  itemsCount: z.number().int().min(0),
  totalQuantity: z.number().int().min(0),
});
export type LoanSummary = z.infer<typeof loanSummarySchema>;

export const loanDetailSchema = loanFieldsObject.extend({
  id: idSchema,
  partnerName: z.string(),
  term: loanTermSchema,
  returnedOn: z.string().nullable(),
  returnCondition: z.string(),
  returnRemarks: z.string(),
  /** The numbers of its acts, given when each is first issued (printed, saved or shown): null until then. */
  receiptActNumber: z.string().nullable(),
  returnActNumber: z.string().nullable(),
  totalQuantity: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LoanDetail = z.infer<typeof loanDetailSchema>;

/** «Все», «На хранении» (not returned yet, overdue included), «Просроченные», «Возвращённые». */
export const LOAN_VIEWS = ['all', 'open', 'overdue', 'returned'] as const;
export const loanViewSchema = z.enum(LOAN_VIEWS, { error: 'Выберите отбор из списка' });
export type LoanView = z.infer<typeof loanViewSchema>;
export const LOAN_VIEW_LABELS: Record<LoanView, string> = {
  all: 'Все',
  open: 'На хранении',
  overdue: 'Просроченные',
  returned: 'Возвращённые',
};

export const loanFilterSchema = z
  .object({
    view: loanViewSchema.optional(),
    partnerId: idSchema.optional(),
    /** Words of an item's name or of the partner's name, without regard to case. */
    search: optionalText(200).optional(),
  })
  .strict();
export type LoanFilter = z.infer<typeof loanFilterSchema>;

export const loanReturnSchema = z
  .object({
    id: idSchema,
    returnedOn: isoDateSchema,
    /** The condition in which the items went back. */
    condition: optionalText(1000),
    remarks: optionalText(2000),
  })
  .strict();
export type LoanReturn = z.infer<typeof loanReturnSchema>;

/** The act of a loan: the partner hands the items to the school, or the school gives them back. */
export const LOAN_ACT_VARIANTS = ['receipt', 'return'] as const;
export const loanActVariantSchema = z.enum(LOAN_ACT_VARIANTS, { error: 'Выберите вид акта' });
export type LoanActVariant = z.infer<typeof loanActVariantSchema>;

const DAYS = ['день', 'дня', 'дней'] as const;

/** «На хранении», «Срок сегодня», «Срок через 3 дня», «Просрочен на 5 дней», «Возвращено», «Возвращено с опозданием». */
export function loanStatusText(term: LoanTerm): string {
  const left = term.daysLeft ?? 0;
  switch (term.status) {
    case 'onLoan':
      return 'На хранении';
    case 'dueSoon':
      return left === 0 ? 'Срок сегодня' : `Срок через ${countOf(left, DAYS)}`;
    case 'overdue':
      return `Просрочен на ${countOf(-left, DAYS)}`;
    case 'returned':
      return 'Возвращено';
    case 'returnedLate':
      return 'Возвращено с опозданием';
  }
}

/** What the badge's hint adds: «осталось 19 дней», «на 2 дня позже срока». */
export function loanStatusHint(term: LoanTerm): string {
  if (term.status === 'onLoan') return `Осталось ${countOf(term.daysLeft ?? 0, DAYS)}`;
  if (term.status === 'returnedLate') return `На ${countOf(term.daysLate ?? 0, DAYS)} позже срока`;
  return '';
}

/** Days before the due date from which a loan still at school is shown as due soon. */
export const LOAN_SOON_DAYS = 14;

export const loansChannels = {
  'loans:list': { input: loanFilterSchema, output: z.array(loanSummarySchema) },
  'loans:get': { input: idInputSchema, output: loanDetailSchema },
  'loans:create': { input: loanFieldsSchema, output: loanDetailSchema },
  'loans:update': { input: z.object({ id: idSchema, fields: loanFieldsSchema }).strict(), output: loanDetailSchema },
  'loans:delete': { input: idInputSchema, output: deletedSchema },
  'loans:markReturned': { input: loanReturnSchema, output: loanDetailSchema },
  'loans:undoReturn': { input: idInputSchema, output: loanDetailSchema },
  /** Loans still at school that are overdue or due within `soonDays` days, the most urgent first. */
  /** The register of the loans the filter finds, in Excel; `path` is null when the user cancelled. */
  'loans:exportXlsx': {
    input: z.object({ filter: loanFilterSchema }).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
  'loans:attention': {
    input: emptyInput,
    output: z.object({
      soonDays: z.number().int(),
      overdue: z.array(loanSummarySchema),
      dueSoon: z.array(loanSummarySchema),
    }),
  },
} as const;
