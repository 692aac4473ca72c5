import { SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useApiQuery } from '../../api/queries';
import { classesError, classNamesOf } from './class-names';
import { ConflictsAlert } from './ConflictsAlert';
import type { EventFormValues } from './event-form-values';
import { RecurrenceFields } from './RecurrenceFields';
import { WhenFields, withAllDay } from './WhenFields';
import { MultiPick } from '../../components/MultiPick';

interface Props {
  values: EventFormValues;
  onChange(values: EventFormValues): void;
  errors: Record<string, string>;
  /** The stored event itself, left out of the conflict check. */
  excludeId?: number | undefined;
}

/** The event's own fields: title, time, venue, partners, classes and how it repeats; conflicts are warned about. */
export function EventForm({ values: v, onChange, errors, excludeId }: Props) {
  const partners = useApiQuery('partners:list', { sort: 'name' });
  const set = (patch: Partial<EventFormValues>) => onChange({ ...v, ...patch });
  const partnerOptions = (partners.data ?? [])
    .filter((p) => p.status !== 'former' || v.partnerIds.includes(String(p.id)))
    .map((p) => ({ value: String(p.id), label: p.shortName || p.fullName }));

  return (
    <Stack>
      <TextInput
        label="Название"
        required
        data-autofocus
        value={v.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={errors['title']}
        maxLength={500}
      />
      <Switch
        label="Весь день"
        checked={v.allDay}
        onChange={(e) => onChange({ ...v, ...withAllDay(v, e.currentTarget.checked) })}
      />
      <WhenFields value={v} onChange={(when) => set(when)} errors={errors} />
      <SimpleGrid cols={2}>
        <TextInput
          label="Место проведения"
          placeholder="Актовый зал"
          value={v.venue}
          onChange={(e) => set({ venue: e.currentTarget.value })}
          error={errors['venue']}
          maxLength={300}
        />
        <TagsInput
          label="Классы"
          placeholder="5А, 6Б"
          description="Через запятую или Enter"
          value={v.classes}
          onChange={(classes) => set({ classes: classNamesOf(classes) })}
          splitChars={[',', ';', ' ']}
          error={classesError(errors)}
          clearable
        />
      </SimpleGrid>
      <MultiPick
        label="Партнёры"
        placeholder={v.partnerIds.length === 0 ? 'Выберите партнёров' : undefined}
        searchable
        data={partnerOptions}
        value={v.partnerIds}
        onChange={(partnerIds) => set({ partnerIds })}
        error={errors['partnerIds']}
        nothingFoundMessage="Партнёр не найден"
        comboboxProps={{ withinPortal: true }}
      />
      <RecurrenceFields
        value={v.recurrence}
        onChange={(recurrence) => set({ recurrence })}
        start={v.start}
        error={errors['rrule']}
      />
      <Textarea
        label="Примечание"
        autosize
        minRows={1}
        value={v.notes}
        onChange={(e) => set({ notes: e.currentTarget.value })}
        error={errors['notes']}
      />
      <ConflictsAlert
        start={v.start}
        end={v.end}
        allDay={v.allDay}
        classes={v.classes}
        venue={v.venue}
        excludeId={excludeId}
      />
    </Stack>
  );
}
