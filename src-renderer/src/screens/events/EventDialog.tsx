import { Alert, Anchor, Badge, Divider, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRepeat } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { EventDetail } from '@contract/events';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { useTopLayer } from '../../components/dialog-layers';
import { closeOrConfirm } from '../../components/unsaved-changes';
import { refOfDetail, type EventRef } from './event-ref';
import { blankFormValues, formValuesOf } from './event-form-values';
import { EventEditor } from './EventEditor';
import { EventStatusBadge } from './EventStatusBadge';
import { UnplannedBadge } from './UnplannedBadge';
import { PlanLine } from './PlanLine';
import { HistoryList } from './HistoryList';
import { OutcomeForm } from './OutcomeForm';
import { PhotosSection } from './PhotosSection';
import { fromRrule, recurrenceText } from './recurrence';
import { StatusActions } from './StatusActions';
import { whenText } from './wall-clock';
import type { When } from './WhenFields';

/** What the dialog opens: a new event over a span, or an event (an occurrence) on the calendar. */
export type DialogTarget = { kind: 'new'; when: When } | { kind: 'stored'; ref: EventRef };

interface Props {
  target: DialogTarget | null;
  onClose(): void;
}

/** After an action the store answers with the event; an occurrence acted on may now be a row of its own. */
function nextRef(ref: EventRef, detail: EventDetail): EventRef {
  if (ref.occurrenceStart !== null && detail.id === ref.eventId) return { ...ref, title: detail.title };
  return refOfDetail(detail);
}

function StoredEvent({
  initialRef,
  onDirtyChange,
  onClose,
}: {
  initialRef: EventRef;
  onDirtyChange(part: string, dirty: boolean): void;
  onClose(): void;
}) {
  const queryClient = useQueryClient();
  const [ref, setRef] = useState(initialRef);
  const detail = useApiQuery('events:get', { id: ref.eventId });
  const apart = ref.seriesId !== null && ref.seriesId !== ref.eventId;
  const seriesQuery = useApiQuery('events:get', { id: ref.seriesId ?? ref.eventId });
  const [tab, setTab] = useState<string | null>(null);
  const reportDetails = useCallback((dirty: boolean) => onDirtyChange('details', dirty), [onDirtyChange]);
  const reportOutcome = useCallback((dirty: boolean) => onDirtyChange('outcome', dirty), [onDirtyChange]);

  const changed = (d: EventDetail) => {
    setRef(nextRef(ref, d));
    if (d.status === 'held') setTab('outcome');
    void queryClient.invalidateQueries();
  };

  return (
    <QueryState query={detail}>
      {(d) => {
        const series = apart ? seriesQuery.data : ref.seriesId !== null ? d : undefined;
        if (apart && !series && !seriesQuery.error) return <QueryState query={seriesQuery}>{() => null}</QueryState>;
        const rule = series?.rrule ?? null;
        const held = d.status === 'held';
        const activeTab = tab ?? (held ? 'outcome' : 'details');
        return (
          <Stack gap="md">
            <Stack gap={4}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Title order={3} style={{ flex: 1 }}>
                  {d.title}
                </Title>
                {d.plan === null && <UnplannedBadge size="md" />}
                <EventStatusBadge status={d.status} size="md" />
              </Group>
              <Text size="sm" data-testid="event-when">
                {whenText(ref.start, ref.end, ref.allDay)}
                {d.venue && ` · ${d.venue}`}
              </Text>
              {d.partnerNames.length > 0 && (
                <Text size="sm" c="dimmed">
                  {d.partnerNames.join(', ')}
                </Text>
              )}
              <PlanLine plan={d.plan} onOpenPlan={onClose} />
              {ref.seriesId !== null && (
                <Group gap={6}>
                  <IconRepeat size={14} />
                  <Text size="sm" c="dimmed">
                    {rule ? recurrenceText(fromRrule(rule), series?.start ?? ref.start) : 'Одно из мероприятий серии'}
                    {apart && ' · изменено отдельно от серии'}
                  </Text>
                </Group>
              )}
              {d.classes.length > 0 && (
                <Group gap={4}>
                  {d.classes.map((c) => (
                    <Badge key={c} variant="outline" size="sm">
                      {c}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
            {d.status === 'cancelled' && d.cancelReason && (
              <Alert color="gray" icon={<IconAlertTriangle />} title="Отменено">
                {d.cancelReason}
              </Alert>
            )}
            <StatusActions target={ref} status={d.status} onChanged={changed} />
            <Divider />
            <Tabs value={activeTab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="details">Сведения</Tabs.Tab>
                <Tabs.Tab value="outcome" disabled={!held}>
                  Итоги
                </Tabs.Tab>
                <Tabs.Tab value="history">История</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="details" pt="md">
                <EventEditor
                  key={`${ref.eventId}-${ref.start}-${ref.end}`}
                  editing={{ kind: 'stored', ref }}
                  initial={formValuesOf(d, ref, rule)}
                  onDone={onClose}
                  onCancel={onClose}
                  onDirtyChange={reportDetails}
                />
              </Tabs.Panel>
              <Tabs.Panel value="outcome" pt="md">
                {held ? (
                  <Stack>
                    <OutcomeForm key={d.id} event={d} onSaved={changed} onDirtyChange={reportOutcome} />
                    <Divider label="Фотографии" labelPosition="left" />
                    <PhotosSection eventId={d.id} photos={d.photos} onChanged={changed} />
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    Итоги записываются, когда мероприятие проведено.{' '}
                    <Anchor component="button" size="sm" onClick={() => setTab('details')}>
                      К сведениям
                    </Anchor>
                  </Text>
                )}
              </Tabs.Panel>
              <Tabs.Panel value="history" pt="md">
                <HistoryList history={d.history} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** The event's card in a modal: its state and actions, its fields, its outcome and its history; or a new event. */
export function EventDialog({ target, onClose }: Props) {
  const queryClient = useQueryClient();
  const dirtyParts = useRef(new Set<string>());
  const setDirty = useCallback((part: string, dirty: boolean) => {
    if (dirty) dirtyParts.current.add(part);
    else dirtyParts.current.delete(part);
  }, []);
  const reportNew = useCallback((dirty: boolean) => setDirty('new', dirty), [setDirty]);
  const close = () => {
    dirtyParts.current.clear();
    onClose();
    void queryClient.invalidateQueries();
  };
  const requestClose = () =>
    closeOrConfirm(dirtyParts.current.size > 0, close, 'Изменения не сохранены. Закрыть и потерять их?', {
      cancel: 'Остаться',
    });

  // A dialog opened from the card («Перенести…») lies over it: Esc is that dialog's.
  const onTop = useTopLayer(target !== null);
  return (
    <Modal
      opened={target !== null}
      onClose={requestClose}
      closeOnEscape={onTop}
      title={target?.kind === 'new' ? 'Новое мероприятие' : 'Мероприятие'}
      size={960}
      closeButtonProps={{ 'aria-label': 'Закрыть' }}
    >
      {target?.kind === 'new' && (
        <EventEditor
          editing={{ kind: 'new' }}
          initial={blankFormValues(target.when)}
          onDone={close}
          onCancel={requestClose}
          onDirtyChange={reportNew}
        />
      )}
      {target?.kind === 'stored' && (
        <StoredEvent
          key={`${target.ref.eventId}-${target.ref.start}`}
          initialRef={target.ref}
          onDirtyChange={setDirty}
          onClose={close}
        />
      )}
    </Modal>
  );
}
