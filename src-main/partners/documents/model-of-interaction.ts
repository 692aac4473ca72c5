import { yearListHead, type DocumentModel } from '../../documents/model';
import type { DocumentPartner } from '../repository';

export interface ModelOfInteractionData {
  schoolFullName: string;
  /** «2026/2027». */
  year: string;
  partners: readonly DocumentPartner[];
}

export const dashed = (items: readonly string[]) => items.map((item) => `– ${item}`);

/** «Модель взаимодействия 2026/2027»: the print job's and the file's name. */
export function modelOfInteractionTitle(year: string): string {
  return `Модель взаимодействия ${year}`;
}

/** «Модель взаимодействия с социальными партнёрами»: the program's table of partners, forms and effects. */
export function modelOfInteraction({ schoolFullName, year, partners }: ModelOfInteractionData): DocumentModel {
  return {
    title: modelOfInteractionTitle(year),
    // Four columns of lists read better across a landscape page than squeezed into a portrait one.
    orientation: 'landscape',
    blocks: [
      ...yearListHead(schoolFullName, 'Модель взаимодействия с социальными партнёрами', `на ${year} учебный год`),
      {
        type: 'table',
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Социальный партнёр', width: 22 },
          { title: 'Формы взаимодействия', width: 42 },
          { title: 'Социальный эффект', width: 32 },
        ],
        rows: partners.map((partner, i) => ({
          cells: [`${i + 1}.`, partner.fullName, dashed(partner.forms), dashed(partner.effects)],
        })),
      },
    ],
  };
}
