import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { offerToSkipHolidays } from './holidays-offer';
import { noticeRefusal } from '../../components/notices';
import { useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { askScope } from './ask-scope';
import { isInSeries, thisOne, type EventRef } from './event-ref';
import { sameValues, seriesFields, singleFields, type EventFormValues } from './event-form-values';
import { EventForm } from './EventForm';

/** The event being edited: a new one, or a stored one with the series it belongs to (if any). */
export type Editing = { kind: 'new' } | { kind: 'stored'; ref: EventRef };

interface Props {
  editing: Editing;
  initial: EventFormValues;
  /** Saved or deleted: the dialog closes. */
  onDone(): void;
  onCancel(): void;
  onDirtyChange(dirty: boolean): void;
}

const NOT_SAVED = 'Не удалось сохранить мероприятие.';

/** The event's fields with «Сохранить» and «Удалить»; for an occurrence of a series, both ask «это» or «всю серию». */
export function EventEditor({ editing, initial, onDone, onCancel, onDirtyChange }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const dirty = !sameValues(values, initial);
  useUnsavedChangesGuard(dirty && !busy);
  useEffect(() => {
    onDirtyChange(dirty);
    return () => onDirtyChange(false);
  }, [dirty, onDirtyChange]);

  const store = async (): Promise<EventDetail | null> => {
    if (editing.kind === 'new') return invoke('events:create', seriesFields(values));
    const { ref } = editing;
    if (!isInSeries(ref))
      return invoke('events:update', { id: ref.eventId, scope: 'series', fields: seriesFields(values) });
    const ruleChanged = JSON.stringify(values.recurrence) !== JSON.stringify(initial.recurrence);
    const scope = await askScope({
      title: 'Изменить повторяющееся мероприятие',
      question: `«${values.title}» — одно из мероприятий серии. Что изменить?`,
      onlySeriesReason: ruleChanged ? 'Правило повторения меняется только у всей серии.' : undefined,
    });
    if (scope === null) return null;
    // For the whole series the store moves every date by as much as this occurrence was moved in the form.
    const fields = scope === 'one' ? singleFields(values) : seriesFields(values);
    return invoke('events:update', { ...thisOne(ref), scope, fields });
  };

  const save = async () => {
    setBusy(true);
    try {
      const saved = await store();
      if (saved === null) return;
      notifications.show({
        color: 'teal',
        message: editing.kind === 'new' ? `Мероприятие «${saved.title}» добавлено.` : `«${saved.title}» сохранено.`,
      });
      // A series just made, or given a new rule, that falls into the school holidays says so and offers to skip them.
      const ruleChanged = JSON.stringify(values.recurrence) !== JSON.stringify(initial.recurrence);
      if (editing.kind === 'new' || ruleChanged) await offerToSkipHolidays(saved);
      onDone();
    } catch (error) {
      setErrors(noticeRefusal(error, 'Не сохранено', NOT_SAVED));
    } finally {
      setBusy(false);
    }
  };

  const removeStored = async (ref: EventRef) => {
    const failed = (error: unknown) => noticeRefusal(error, 'Не удалено', 'Не удалось удалить мероприятие.');
    let input: { id: number; scope: 'one' | 'series'; occurrenceStart?: string };
    if (isInSeries(ref)) {
      const scope = await askScope({
        title: 'Удалить повторяющееся мероприятие',
        question: `«${initial.title}» — одно из мероприятий серии. Что удалить?`,
        danger: true,
      });
      if (scope === null) return;
      input = scope === 'one' ? { ...thisOne(ref), scope } : { id: ref.seriesId ?? ref.eventId, scope };
    } else {
      const confirmed = await new Promise<boolean>((resolve) =>
        modals.openConfirmModal({
          title: 'Удалить мероприятие',
          children: <Text size="sm">Удалить «{initial.title}» вместе с итогами и фотографиями?</Text>,
          labels: { confirm: 'Удалить', cancel: 'Отмена' },
          confirmProps: { color: 'red' },
          onConfirm: () => resolve(true),
          onCancel: () => resolve(false),
        }),
      );
      if (!confirmed) return;
      input = { id: ref.eventId, scope: 'series' };
    }
    try {
      await invoke('events:delete', input);
      notifications.show({ color: 'teal', message: `«${initial.title}» удалено.` });
      onDone();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Stack>
      <EventForm
        values={values}
        onChange={setValues}
        errors={errors}
        excludeId={editing.kind === 'stored' ? editing.ref.eventId : undefined}
      />
      <Group justify="space-between">
        {editing.kind === 'stored' ? (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void removeStored(editing.ref)}
          >
            Удалить
          </Button>
        ) : (
          <div />
        )}
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            {editing.kind === 'new' ? 'Отмена' : 'Закрыть'}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => void save()}
            loading={busy}
            disabled={editing.kind === 'stored' && !dirty}
          >
            {editing.kind === 'new' ? 'Добавить' : 'Сохранить'}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
