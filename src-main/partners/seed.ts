import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import { blankPartnerFields, type PartnerFields } from '../contract/partners';
import type { ProgramModel } from '../program/program-model';
import { insertPartner, insertStageHistory } from './repository';

function seededPartner(source: ProgramModel['partners'][number], categoryId: number): PartnerFields {
  return {
    ...blankPartnerFields(categoryId),
    fullName: source.name,
    notes: source.sourceRowShared ? `В программе школы указан в одной строке: ${source.sourceRowShared}.` : '',
    forms: source.forms.map((text) => ({ text, taskIds: [] })),
    effects: source.effects,
  };
}

/** The partners the school's programme names, at stage 1, in its categories (ids by name). */
export function seedPartners(
  db: Database.Database,
  partners: ProgramModel['partners'],
  categoryIds: ReadonlyMap<string, number>,
  now: Date,
): void {
  const stamp = now.toISOString();
  for (const source of partners) {
    const fields = seededPartner(source, categoryIds.get(source.category) ?? 0);
    const id = insertPartner(db, fields, { createdAt: stamp, updatedAt: stamp });
    insertStageHistory(db, id, {
      year: academicYearOf(localIsoDate(now)),
      fromStage: null,
      toStage: 1,
      date: localIsoDate(now),
      comment: 'Из программы социального партнёрства школы',
      recordedAt: stamp,
    });
  }
}
