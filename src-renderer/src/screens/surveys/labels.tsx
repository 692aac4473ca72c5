import { Badge } from '@mantine/core';
import { formatIndex, formatResponseRate, SATISFACTION_BAND_LABELS, type SatisfactionBand } from '@contract/surveys';
import { countOf, plural } from '../../format';

export const FORM_FORMS = ['анкета', 'анкеты', 'анкет'] as const;
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

/** «31 анкета из 40 семей (78 %)»; without the number of families, «31 анкета; охват: нет данных (…)». */
export function responseText(respondents: number, families: number, rate: number | null): string {
  const forms = countOf(respondents, FORM_FORMS);
  if (families === 0) return `${forms}; охват: нет данных (число семей не указано)`;
  // «из 21 семьи», «из 40 семей».
  return `${forms} из ${families} ${plural(families, ['семьи', 'семей', 'семей'])} (${formatResponseRate(rate)})`;
}
