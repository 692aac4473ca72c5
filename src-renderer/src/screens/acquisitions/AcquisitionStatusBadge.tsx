import { Badge } from '@mantine/core';
import { ACQUISITION_STATUS_LABELS, type Acquisition } from '@contract/acquisitions';
import { formatDate } from '@contract/dates';

const COLORS = { planned: 'blue', acquired: 'teal', cancelled: 'gray' } as const;

/** «Запланировано», «Приобретено 20.11.2026», «Отменено». */
export function AcquisitionStatusBadge({ item }: { item: Pick<Acquisition, 'status' | 'acquiredOn'> }) {
  const label =
    item.status === 'acquired' && item.acquiredOn
      ? `${ACQUISITION_STATUS_LABELS.acquired} ${formatDate(item.acquiredOn)}`
      : ACQUISITION_STATUS_LABELS[item.status];
  return (
    <Badge color={COLORS[item.status]} variant="light" data-testid="acquisition-status">
      {label}
    </Badge>
  );
}
