import type { ModelImportPreview, ModelImportRow, ModelTarget } from '@contract/model-import';

/** The user's decision for each row of the preview, by its first line; a row not in the map keeps the proposal. */
export type Choices = ReadonlyMap<number, ModelTarget>;

/** What a row will do: the user's choice, or what the preview proposed (null: an ambiguous row not chosen yet). */
export function targetOf(row: ModelImportRow, choices: Choices): ModelTarget | null {
  if (row.problems.length > 0) return 'skip';
  const chosen = choices.get(row.line);
  if (chosen !== undefined) return chosen;
  if (row.match.kind === 'found') return row.match.partner.id;
  if (row.match.kind === 'new') return 'new';
  return null;
}

export interface PlannedCounts {
  found: number;
  added: number;
  unchosen: number;
  problems: number;
  skipped: number;
}

/** How many rows go to partners of the registry, add partners, wait for a choice, cannot be loaded, are left out. */
export function plannedCounts(preview: ModelImportPreview, choices: Choices): PlannedCounts {
  const counts: PlannedCounts = { found: 0, added: 0, unchosen: 0, problems: 0, skipped: 0 };
  for (const row of preview.rows) {
    const target = targetOf(row, choices);
    if (row.problems.length > 0) counts.problems += 1;
    else if (target === null) counts.unchosen += 1;
    else if (target === 'new') counts.added += 1;
    else if (target === 'skip') counts.skipped += 1;
    else counts.found += 1;
  }
  return counts;
}
