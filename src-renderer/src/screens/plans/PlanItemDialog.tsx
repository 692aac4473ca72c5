import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VENUES, VENUE_LABELS, type PlanItem, type PlanItemFields } from '@contract/plans';
import { useApiQuery } from '../../api/queries';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { NOT_SAVED, useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { confirmDeletePlanItem } from './delete-item';
import { savePlanItem } from './item-calendar';
import { DirectionSelect } from './DirectionSelect';
import { FormOfInteractionField } from './FormOfInteractionField';
import { ParticipantsFields } from './ParticipantsFields';
import { blankPlanItemFields, planItemFieldsOf } from '@contract/plans';
import { normalizedTiming } from './plan-fields';
import { monthsOfYear } from '@contract/plan-text';
import { TimingFields } from './TimingFields';
import { usePartnerOptions } from '../../components/partner-options';
import { MultiPick } from '../../components/MultiPick';
import { quoted } from '@contract/quote';

export type PlanItemTarget = { item: PlanItem } | { month: string | null; partnerId?: number | null };

interface Props {
  year: string;
  target: PlanItemTarget;
  onClose(): void;
}

/** A new plan item, or every field of an existing one; closing with unsaved changes asks first. */
export function PlanItemDialog({ year, target, onClose }: Props) {
  const item = 'item' in target ? target.item : null;
  const initial =
    'item' in target
      ? planItemFieldsOf(target.item)
      : blankPlanItemFields(target.month ?? monthsOfYear(year)[0] ?? '', target.partnerId ? [target.partnerId] : []);
  const form = useForm<PlanItemFields>({ mode: 'controlled', initialValues: initial });
  const program = useApiQuery('program:get', {});
  const errors = form.errors as Record<string, string | undefined>;
  const participantsError = Object.entries(errors).find(([key]) => key.startsWith('participants'))?.[1];
  const v = form.values;

  const dialog = useRecordDialog({
    form,
    remove: item ? { label: 'Удалить из плана', confirm: (done) => confirmDeletePlanItem(item, done) } : null,
    write: async (values) => {
      const fields = normalizedTiming(values);
      // Its events changed on the calendar by hand: the office is asked which wins, or goes back to the form.
      if (item) return (await savePlanItem(item.id, fields)) ?? NOT_SAVED;
      return invoke('planItems:create', { year, fields });
    },
    notice: (_, values) =>
      item
        ? `${quoted(values.title.trim())} сохранено.`
        : values.timing === 'month'
          ? `${quoted(values.title.trim())} добавлено в план как задача месяца: назначьте день, и оно появится в календаре.`
          : `${quoted(values.title.trim())} добавлено в план и в календарь.`,
    onClose,
    unsaved: 'Изменения в мероприятии не сохранены. Закрыть окно и потерять их?',
  });

  const partnerOptions = usePartnerOptions(
    item?.partnerIds.map((id, i) => ({ id, name: item.partnerNames[i] ?? `Партнёр ${id}` })) ?? [],
  );

  return (
    <RecordModal dialog={dialog} title={item ? 'Мероприятие плана' : 'Новое мероприятие плана'} size={920}>
      <Textarea label="Мероприятие" required autosize minRows={1} data-autofocus {...form.getInputProps('title')} />
      <MultiPick
        label="Партнёры"
        placeholder={v.partnerIds.length === 0 ? 'Начните вводить название' : undefined}
        data={partnerOptions}
        value={v.partnerIds.map(String)}
        onChange={(ids) => form.setFieldValue('partnerIds', ids.map(Number))}
        error={errors['partnerIds']}
        searchable
        clearable
        nothingFoundMessage="Партнёр не найден"
        maxDropdownHeight={280}
        comboboxProps={{ withinPortal: true }}
      />
      <FormOfInteractionField
        partnerIds={v.partnerIds}
        value={v.form}
        onChange={(text) => form.setFieldValue('form', text)}
        error={errors['form']}
      />
      <TimingFields
        year={year}
        value={v}
        errors={errors}
        onChange={(change) => {
          const next = { ...change };
          if (next.timing === 'month' && !v.month) next.month = monthsOfYear(year)[0] ?? null;
          form.setValues(next);
        }}
      />
      <ParticipantsFields
        value={v.participants}
        onChange={(participants) => form.setFieldValue('participants', participants)}
        error={participantsError}
      />
      <SimpleGrid cols={2}>
        <Select
          label="Место проведения"
          data={VENUES.map((venue) => ({ value: venue, label: VENUE_LABELS[venue] }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('venue')}
        />
        <TextInput
          label="Уточнение места"
          placeholder="Актовый зал, пожарная часть № 5…"
          {...form.getInputProps('venueNote')}
        />
        <TextInput label="Ответственный от школы" {...form.getInputProps('responsibleSchool')} />
        <TextInput label="Ответственный от партнёра" {...form.getInputProps('responsiblePartner')} />
      </SimpleGrid>
      <DirectionSelect
        value={v.directionId}
        onChange={(id) => form.setFieldValue('directionId', id)}
        error={errors['directionId']}
      />
      <MultiPick
        label="Задачи программы"
        description="Каким задачам программы социального партнёрства служит мероприятие"
        placeholder={v.taskIds.length === 0 ? 'Выберите задачи' : undefined}
        data={(program.data?.tasks ?? []).map((t, i) => ({ value: String(t.id), label: `${i + 1}. ${t.text}` }))}
        value={v.taskIds.map(String)}
        onChange={(ids) => form.setFieldValue('taskIds', ids.map(Number))}
        error={errors['taskIds']}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label="Примечание" autosize minRows={2} {...form.getInputProps('notes')} />
    </RecordModal>
  );
}
