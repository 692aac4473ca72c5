import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, type AgreementSummary } from '../../contract/agreements';
import { formatDate } from '../../contract/dates';
import type { SchoolProfile } from '../../contract/settings';
import type { Block, DocumentModel } from '../../documents/model';

export const AGREEMENT_REGISTER_TITLE = 'Реестр договоров о сотрудничестве с социальными партнёрами';

export interface AgreementRegisterData {
  rows: readonly AgreementSummary[];
  school: SchoolProfile;
  title?: string;
  /** «по состоянию на 26.11.2026» under the title, when given (an ISO date). */
  asOf?: string;
}

/**
 * «с 01.09.2026», «по 31.08.2029» (or «бессрочно»): the current term, as amendments changed it, as the lines of a
 * cell.
 */
export function termLines(row: Pick<AgreementSummary, 'startsOn' | 'currentEndsOn'>): string[] {
  const from = row.startsOn ? `с ${formatDate(row.startsOn)}` : '';
  const to = row.currentEndsOn ? `по ${formatDate(row.currentEndsOn)}` : 'бессрочно';
  return [from, to].filter(Boolean);
}

/** The Russian status; «Пролонгирован до 31.08.2030» names the end the prolongation reached. */
export function statusText(row: Pick<AgreementSummary, 'status' | 'effectiveEndsOn'>): string {
  const label = AGREEMENT_STATUS_LABELS[row.status];
  if (row.status === 'prolonged') return row.effectiveEndsOn ? `${label} до ${formatDate(row.effectiveEndsOn)}` : label;
  return label;
}

/** The register of agreements: a landscape table, one row per agreement, in the order given. */
export function buildAgreementRegister({ rows, school, title, asOf }: AgreementRegisterData): DocumentModel {
  const heading = title?.trim() || AGREEMENT_REGISTER_TITLE;
  const date: Block[] = asOf
    ? [{ type: 'paragraph', align: 'center', runs: [`по состоянию на ${formatDate(asOf)}`] }]
    : [];
  return {
    title: asOf ? `${heading} на ${formatDate(asOf)}` : heading,
    orientation: 'landscape',
    blocks: [
      { type: 'paragraph', align: 'center', runs: [school.fullName] },
      { type: 'heading', level: 1, text: heading },
      ...date,
      {
        type: 'table',
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Номер', width: 12 },
          { title: 'Вид', width: 18 },
          { title: 'Партнёр', width: 19 },
          { title: 'Дата подписания', width: 14, align: 'center' },
          { title: 'Срок действия', width: 15, align: 'center' },
          { title: 'Статус', width: 17 },
          { title: 'Доп. соглашения', width: 14, align: 'center' },
        ],
        rows: rows.map((row, i) => ({
          cells: [
            `${i + 1}.`,
            row.number,
            AGREEMENT_TYPE_LABELS[row.type],
            row.partnerName,
            row.signedOn ? formatDate(row.signedOn) : '—',
            termLines(row),
            statusText(row),
            row.amendmentsCount > 0 ? String(row.amendmentsCount) : '—',
          ],
        })),
      },
    ],
  };
}
