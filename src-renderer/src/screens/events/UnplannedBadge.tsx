import { Badge, Tooltip } from '@mantine/core';

/** The mark of an event held or planned outside the year's plan: it counts apart from the plan's fulfilment. */
export function UnplannedBadge({ size = 'xs' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Tooltip label="Мероприятие не из плана совместной деятельности: в выполнении плана оно считается отдельно">
      <Badge color="gray" variant="outline" size={size} data-testid="unplanned" style={{ flexShrink: 0 }}>
        вне плана
      </Badge>
    </Tooltip>
  );
}
