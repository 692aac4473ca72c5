import { inPersonOf, positionInSentence, type SignerSource } from '../../contract/signer';
import { countOf } from '../../contract/plural';
import { formatDate, formatDateLong } from '../../contract/dates';
import { LOAN_ITEM_KIND_LABELS, type LoanActVariant, type LoanDetail } from '../../contract/loans';
import { partnerSigner, type PartnerFields } from '../../contract/partners';
import { schoolSigner, type SchoolProfile } from '../../contract/settings';
import { AppError } from '../../errors';
import { BLANK_NAME, cityAndDate, signerInitials, typographic } from '../../documents/russian-text';
import type { Block, DocumentModel, Party, TableBlock } from '../../documents/model';

/** What of a partner the act prints: its names, its head and the basis the head acts on (a PartnerDetail fits). */
export type LoanActPartner = Pick<PartnerFields, 'fullName' | 'shortName'> & Parameters<typeof partnerSigner>[0];

export interface LoanActData {
  loan: LoanDetail;
  partner: LoanActPartner;
  school: SchoolProfile;
  /** The city of Настройки → договоры; empty prints a blank to write on. */
  city: string;
  variant: LoanActVariant;
}

interface Side {
  name: string;
  /** Under the signature: the short name, when there is one. */
  shortName: string;
  /** Nominative, as typed: «Директор». */
  position: string;
  person: string;
  signer: SignerSource;
}

const sideOfPartner = (p: LoanActPartner): Side => ({
  name: p.fullName.trim(),
  shortName: p.shortName.trim() || p.fullName.trim(),
  position: p.headPosition.trim() || 'Руководитель',
  person: p.headName.trim(),
  signer: partnerSigner(p),
});

const sideOfSchool = (s: SchoolProfile): Side => ({
  name: s.fullName.trim(),
  shortName: s.shortName.trim() || s.fullName.trim(),
  position: s.directorPosition.trim() || 'Директор',
  person: s.directorName.trim(),
  signer: schoolSigner(s),
});

/** «МБУК «ЦДБ» (далее — Партнёр) в лице директора Петровой Анны Сергеевны, действующей на основании Устава». */
function named(side: Side, defined: 'Партнёр' | 'Школа'): string {
  return `${side.name} (далее — ${defined}) в лице ${inPersonOf(side.signer, BLANK_NAME)}`;
}

function party(title: 'Передал' | 'Принял', side: Side): Party {
  return {
    title,
    lines: [typographic(side.shortName)],
    signature: { position: side.position, name: typographic(signerInitials(side.person) || BLANK_NAME) },
    stamp: true,
  };
}

/** The refusal of a return act before the return is recorded. */
export function returnNotRecorded(): AppError {
  return new AppError(
    'conflict',
    'Возврат этих ресурсов ещё не отмечен. Отметьте возврат, и акт возврата можно будет напечатать.',
  );
}

/** The number an act was given, or a line to write it on when the act was built without one. */
const numberOf = (number: string | null) => number ?? '______';

/** «Акт приёма-передачи № А-2026-3», «Акт возврата № А-2026-9». */
export function loanActTitle(number: string | null, variant: LoanActVariant): string {
  return `${variant === 'receipt' ? 'Акт приёма-передачи' : 'Акт возврата'} № ${numberOf(number)}`;
}

/** № | Наименование | Вид | Инв. № | Кол-во | Состояние при передаче, and the total. */
function receiptTable(loan: LoanDetail): TableBlock {
  return {
    type: 'table',
    columns: [
      { title: '№', width: 5, align: 'center' },
      { title: 'Наименование', width: 28 },
      { title: 'Вид', width: 25 },
      { title: 'Инв. №', width: 11, align: 'center' },
      { title: 'Кол-во', width: 9, align: 'center' },
      { title: 'Состояние при передаче', width: 22 },
    ],
    rows: [
      ...loan.items.map((item, i) => ({
        cells: [
          String(i + 1),
          typographic(item.name),
          LOAN_ITEM_KIND_LABELS[item.kind],
          item.inventoryNumber || '—',
          String(item.quantity),
          typographic(item.condition) || '—',
        ],
      })),
      { cells: ['', 'Итого', '', '', String(loan.totalQuantity), ''] },
    ],
  };
}

/**
 * № | Наименование | Инв. № | Кол-во | Состояние при получении | Состояние при возврате, and the total: what
 * comes back, beside the condition it came in. The condition at return is the one recorded with the return, or
 * left to write by hand.
 */
function returnTable(loan: LoanDetail): TableBlock {
  const returned = typographic(loan.returnCondition.trim());
  return {
    type: 'table',
    columns: [
      { title: '№', width: 5, align: 'center' },
      { title: 'Наименование', width: 27 },
      { title: 'Инв. №', width: 11, align: 'center' },
      { title: 'Кол-во', width: 9, align: 'center' },
      { title: 'Состояние при получении', width: 24 },
      { title: 'Состояние при возврате', width: 24 },
    ],
    rows: [
      ...loan.items.map((item, i) => ({
        cells: [
          String(i + 1),
          typographic(item.name),
          item.inventoryNumber || '—',
          String(item.quantity),
          typographic(item.condition) || '—',
          returned,
        ],
      })),
      { cells: ['', 'Итого', '', String(loan.totalQuantity), '', ''] },
    ],
  };
}

/** «Всего: 3 наименования, 5 единиц.» */
function totalText(loan: LoanDetail): string {
  const names = countOf(loan.items.length, ['наименование', 'наименования', 'наименований']);
  const units = countOf(loan.totalQuantity, ['единица', 'единицы', 'единиц']);
  return `Всего: ${names}, ${units}.`;
}

/** A typed text closing a sentence: a full stop added unless it already ends with one (or «?», «!»). */
const closed = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const paragraph = (text: string): Block => ({ type: 'paragraph', firstLineIndent: true, runs: [typographic(text)] });

const TWO_COPIES =
  'Настоящий акт составлен в двух экземплярах, имеющих равную силу, по одному экземпляру для каждой из Сторон.';

function receiptBlocks(loan: LoanDetail, partner: Side, school: Side): Block[] {
  const facts = [
    loan.displayPlace.trim() && closed(`Место размещения (экспонирования): ${loan.displayPlace.trim()}`),
    loan.responsible.trim() && closed(`Ответственный за сохранность имущества от Школы: ${loan.responsible.trim()}`),
  ].filter(Boolean);
  return [
    paragraph(
      `${named(partner, 'Партнёр')}, передаёт, а ${named(school, 'Школа')}, принимает во временное безвозмездное ` +
        `пользование на срок с ${formatDateLong(loan.receivedOn)} по ${formatDateLong(loan.dueOn)} ` +
        'включительно следующее имущество:',
    ),
    receiptTable(loan),
    paragraph(totalText(loan)),
    ...(facts.length > 0 ? [paragraph(facts.join(' '))] : []),
    paragraph(
      'Имущество передано в состоянии, указанном в таблице. Школа обеспечивает его сохранность в период ' +
        `пользования и возвращает Партнёру не позднее ${formatDateLong(loan.dueOn)} в том же состоянии с учётом ` +
        'нормального износа.',
    ),
    paragraph(TWO_COPIES),
  ];
}

function returnBlocks(loan: LoanDetail, partner: Side, school: Side): Block[] {
  const late = loan.term.daysLate ?? 0;
  const timing =
    late > 0
      ? `Имущество возвращено с опозданием на ${countOf(late, ['день', 'дня', 'дней'])}: срок возврата — ` +
        `${formatDate(loan.dueOn)}.`
      : `Имущество возвращено в установленный срок (до ${formatDate(loan.dueOn)} включительно).`;
  const condition = positionInSentence(loan.returnCondition) || '________________________________________';
  const remarks = positionInSentence(loan.returnRemarks);
  return [
    paragraph(
      `${named(school, 'Школа')}, возвращает, а ${named(partner, 'Партнёр')}, принимает имущество, переданное ` +
        `во временное пользование по акту приёма-передачи № ${numberOf(loan.receiptActNumber)} от ` +
        `${formatDate(loan.receivedOn)}:`,
    ),
    returnTable(loan),
    paragraph(totalText(loan).replace('Всего:', 'Всего возвращено:')),
    paragraph(timing),
    paragraph(closed(`Состояние имущества при возврате: ${condition}`)),
    paragraph(remarks ? closed(`Замечания: ${remarks}`) : 'Замечаний у Сторон нет.'),
    paragraph(TWO_COPIES),
  ];
}

/**
 * «Акт приёма-передачи № N» (the partner hands the items to the school) or «Акт возврата № N» (the school gives
 * them back, once the return is recorded): city and date, both parties with who acts for them, the period of use,
 * the items with their condition and the total, and both parties' signatures — «Передал», «Принял», М.П.
 */
export function buildLoanAct({ loan, partner, school, city, variant }: LoanActData): DocumentModel {
  const partnerSide = sideOfPartner(partner);
  const schoolSide = sideOfSchool(school);
  if (variant === 'return') {
    if (loan.returnedOn === null) throw returnNotRecorded();
    return {
      title: `${loanActTitle(loan.returnActNumber, 'return')} — ${partnerSide.shortName}`,
      orientation: 'portrait',
      blocks: [
        { type: 'heading', level: 1, text: typographic(`АКТ ВОЗВРАТА № ${numberOf(loan.returnActNumber)}`) },
        {
          type: 'paragraph',
          align: 'center',
          runs: [{ text: 'имущества, переданного во временное пользование', bold: true }],
        },
        cityAndDate(city, loan.returnedOn),
        ...returnBlocks(loan, partnerSide, schoolSide),
        { type: 'parties', parties: [party('Передал', schoolSide), party('Принял', partnerSide)] },
      ],
    };
  }
  return {
    title: `${loanActTitle(loan.receiptActNumber, 'receipt')} — ${partnerSide.shortName}`,
    orientation: 'portrait',
    blocks: [
      {
        type: 'heading',
        level: 1,
        text: typographic(`АКТ ПРИЁМА-ПЕРЕДАЧИ № ${numberOf(loan.receiptActNumber)}`),
      },
      { type: 'paragraph', align: 'center', runs: [{ text: 'имущества во временное пользование', bold: true }] },
      cityAndDate(city, loan.receivedOn),
      ...receiptBlocks(loan, partnerSide, schoolSide),
      { type: 'parties', parties: [party('Передал', partnerSide), party('Принял', schoolSide)] },
    ],
  };
}
