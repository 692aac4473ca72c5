import { Badge, Tooltip } from '@mantine/core';
import { loanStatusHint, loanStatusText, type LoanTerm } from '@contract/loans';
import { LOAN_STATUS_COLORS } from './labels';

export function LoanStatusBadge({ term }: { term: LoanTerm }) {
  const badge = (
    <Badge color={LOAN_STATUS_COLORS[term.status]} variant="light" data-testid="loan-status">
      {loanStatusText(term)}
    </Badge>
  );
  const hint = loanStatusHint(term);
  return hint ? <Tooltip label={hint}>{badge}</Tooltip> : badge;
}
