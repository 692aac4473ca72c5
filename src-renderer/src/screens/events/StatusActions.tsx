import { Button, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCalendarTime, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { isAhead, NOT_YET_HELD } from '@contract/event-held';
import type { EventDetail, EventStatus } from '@contract/events';
import type { EventRef } from './event-ref';
import { backToPlan, markHeld, useStatusDialogs } from './status-actions';

interface Props {
  target: EventRef;
  status: EventStatus;
  /** The event as the store now has it (an occurrence acted on becomes a row of its own). */
  onChanged(detail: EventDetail): void;
  size?: 'xs' | 'sm';
}

/** «Проведено» (disabled, with the reason, before the event's day), «Перенести…», «Отменить…» for an event still open; «Вернуть в план» for one held or cancelled. */
export function StatusActions({ target, status, onChanged, size = 'sm' }: Props) {
  const [busy, setBusy] = useState(false);
  const statusDialogs = useStatusDialogs(onChanged);
  const run = async (action: (ref: EventRef) => Promise<EventDetail | null>) => {
    setBusy(true);
    const detail = await action(target);
    setBusy(false);
    if (detail) onChanged(detail);
  };
  const open = status === 'planned' || status === 'moved';
  // The store refuses to mark an event held before its day: the button says so instead of offering it.
  const ahead = isAhead(target.start, localIsoDate(new Date()));
  return (
    <Group gap="xs">
      {open && (
        <>
          <Tooltip label={NOT_YET_HELD} disabled={!ahead} multiline w={320}>
            {/* A disabled button takes no pointer: its wrapper shows the reason on hover and to a screen reader. */}
            <span aria-description={ahead ? NOT_YET_HELD : undefined} tabIndex={ahead ? 0 : undefined}>
              <Button
                size={size}
                color="teal"
                leftSection={<IconCheck size={16} />}
                loading={busy}
                disabled={ahead}
                onClick={() => void run(markHeld)}
              >
                Проведено
              </Button>
            </span>
          </Tooltip>
          <Button
            size={size}
            variant="default"
            leftSection={<IconCalendarTime size={16} />}
            onClick={() => statusDialogs.ask('reschedule', target)}
          >
            Перенести…
          </Button>
          <Button
            size={size}
            variant="default"
            color="red"
            leftSection={<IconX size={16} />}
            onClick={() => statusDialogs.ask('cancel', target)}
          >
            Отменить…
          </Button>
        </>
      )}
      {status !== 'planned' && (
        <Button
          size={size}
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          loading={busy && !open}
          onClick={() => void run(backToPlan)}
        >
          Вернуть в план
        </Button>
      )}
      {statusDialogs.dialog}
    </Group>
  );
}
