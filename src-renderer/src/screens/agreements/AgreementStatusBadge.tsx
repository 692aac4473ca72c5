import { Badge, Tooltip } from '@mantine/core';
import { AGREEMENT_STATUS_LABELS, type AgreementTerm } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { AGREEMENT_STATUS_COLORS, daysLeftText } from './labels';

const UNCUT = { label: { overflow: 'visible' } } as const;

export function AgreementStatusBadge({ term }: { term: AgreementTerm }) {
  const label =
    term.status === 'prolonged' && term.effectiveEndsOn
      ? `${AGREEMENT_STATUS_LABELS.prolonged} до ${formatDate(term.effectiveEndsOn)}`
      : AGREEMENT_STATUS_LABELS[term.status];
  const hint = term.status === 'expiring' || term.status === 'expired' ? daysLeftText(term.daysLeft) : '';
  // Never cut short: in a crowded table row a badge would otherwise shrink to «ИСТЕ…».
  const badge = (
    <Badge color={AGREEMENT_STATUS_COLORS[term.status]} variant="light" style={{ flexShrink: 0 }} styles={UNCUT}>
      {label}
    </Badge>
  );
  return hint ? <Tooltip label={hint}>{badge}</Tooltip> : badge;
}
