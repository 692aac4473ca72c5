import { Badge } from '@mantine/core';
import { formatIndex, SATISFACTION_BAND_LABELS, type SatisfactionBand } from '@contract/surveys';

export const QUESTION_FORMS = ['вопрос', 'вопроса', 'вопросов'] as const;

export const BAND_COLORS: Record<SatisfactionBand, string> = { low: 'red', medium: 'yellow', high: 'teal' };

/** «0,79» with its band as a coloured badge: «высокий»; «нет данных» when nobody answered. */
export function IndexBadge({ index, band }: { index: number | null; band: SatisfactionBand | null }) {
  if (index === null || band === null) {
    return (
      <Badge variant="light" color="gray" tt="none" data-testid="index-badge">
        нет данных
      </Badge>
    );
  }
  return (
    <Badge variant="light" color={BAND_COLORS[band]} tt="none" data-testid="index-badge">
      {formatIndex(index)} — {SATISFACTION_BAND_LABELS[band]}
    </Badge>
  );
}
