import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { offerToSkipHolidays } from './holidays-offer';
import { noticeRefusal } from '../../components/notices';
import { NOT_SAVED, useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { askScope } from './ask-scope';
import { isInSeries, thisOne, type EventRef } from './event-ref';
import { seriesFields, singleFields, type EventFormValues } from './event-form-values';
import { EventForm } from './EventForm';
import { quoted } from '@contract/quote';

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

/** The event's fields with «Сохранить» and «Удалить»; for an occurrence of a series, both ask «это» or «всю серию». */
export function EventEditor({ editing, initial, onDone, onCancel, onDirtyChange }: Props) {
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues: initial });
  const values = form.values;
  const ruleChanged = (v: EventFormValues) => JSON.stringify(v.recurrence) !== JSON.stringify(initial.recurrence);
  const store = async (values: EventFormValues): Promise<EventDetail | typeof NOT_SAVED> => {
    if (editing.kind === 'new') return invoke('events:create', seriesFields(values));
    const { ref } = editing;
    if (!isInSeries(ref))
      return invoke('events:update', { id: ref.eventId, scope: 'series', fields: seriesFields(values) });
    const scope = await askScope({
      title: 'Изменить повторяющееся мероприятие',
      question: `${quoted(values.title)} — одно из мероприятий серии. Что изменить?`,
      onlySeriesReason: ruleChanged(values) ? 'Правило повторения меняется только у всей серии.' : undefined,
    });
    if (scope === null) return NOT_SAVED;
    // For the whole series the store moves every date by as much as this occurrence was moved in the form.
    const fields = scope === 'one' ? singleFields(values) : seriesFields(values);
    return invoke('events:update', { ...thisOne(ref), scope, fields });
  };

  const dialog = useRecordDialog({
    form,
    write: store,
    notice: (saved) => ({
      title: null,
      message:
        editing.kind === 'new' ? `Мероприятие ${quoted(saved.title)} добавлено.` : `${quoted(saved.title)} сохранено.`,
    }),
    onSaved: (saved, values) =>
      void (async () => {
        // A series just made, or given a new rule, that falls into the school holidays says so and offers to skip them.
        if (editing.kind === 'new' || ruleChanged(values)) await offerToSkipHolidays(saved);
        onDone();
      })(),
    refusalFallback: 'Не удалось сохранить мероприятие.',
    onDirtyChange,
  });

  const removeStored = async (ref: EventRef) => {
    const failed = (error: unknown) => noticeRefusal(error, 'Не удалено', 'Не удалось удалить мероприятие.');
    let input: { id: number; scope: 'one' | 'series'; occurrenceStart?: string };
    if (isInSeries(ref)) {
      const scope = await askScope({
        title: 'Удалить повторяющееся мероприятие',
        question: `${quoted(initial.title)} — одно из мероприятий серии. Что удалить?`,
        danger: true,
      });
      if (scope === null) return;
      input = scope === 'one' ? { ...thisOne(ref), scope } : { id: ref.seriesId ?? ref.eventId, scope };
    } else {
      const confirmed = await new Promise<boolean>((resolve) =>
        modals.openConfirmModal({
          title: 'Удалить мероприятие',
          children: <Text size="sm">Удалить {quoted(initial.title)} вместе с итогами и фотографиями?</Text>,
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
      notifications.show({ color: 'teal', message: `${quoted(initial.title)} удалено.` });
      onDone();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Stack>
      <EventForm
        values={values}
        onChange={(next) => form.setValues(next)}
        errors={form.errors as Record<string, string>}
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
            onClick={() => dialog.submit()}
            loading={dialog.saving}
            disabled={editing.kind === 'stored' && !dialog.dirty}
          >
            {editing.kind === 'new' ? 'Добавить' : 'Сохранить'}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
