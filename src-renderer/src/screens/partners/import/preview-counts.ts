import type { DuplicateChoice, ImportPreview } from '@contract/partner-import';

/** What a commit will do with the previewed rows under the chosen treatment of duplicates. */
export function plannedCounts(preview: ImportPreview, choice: DuplicateChoice) {
  const { valid, invalid, duplicates } = preview.counts;
  return {
    added: choice === 'add' ? valid : valid - duplicates,
    updated: choice === 'update' ? duplicates : 0,
    skipped: choice === 'skip' ? duplicates : 0,
    invalid,
    duplicates,
  };
}

export function countsLine(preview: ImportPreview, choice: DuplicateChoice): string {
  const c = plannedCounts(preview, choice);
  const parts = [`Будет добавлено: ${c.added}`];
  if (choice === 'update') parts.push(`обновлено: ${c.updated}`);
  parts.push(`с ошибками: ${c.invalid}`, `совпадений: ${c.duplicates}`);
  return parts.join(', ');
}
