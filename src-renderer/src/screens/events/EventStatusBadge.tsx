import { Badge } from '@mantine/core';
import { EVENT_STATUS_LABELS, type EventStatus } from '@contract/events';
import { STATUS_COLOURS } from './colors';

export function EventStatusBadge({ status, size = 'sm' }: { status: EventStatus; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" size={size}>
      {EVENT_STATUS_LABELS[status]}
    </Badge>
  );
}
