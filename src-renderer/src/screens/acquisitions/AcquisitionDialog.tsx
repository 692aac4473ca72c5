import { Autocomplete, Input, SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ACQUISITION_SOURCES,
  ACQUISITION_SOURCE_LABELS,
  acquisitionFieldsOf,
  blankAcquisitionFields,
  formatRubles,
  parseRubles,
  type Acquisition,
  type AcquisitionSource,
} from '@contract/acquisitions';
import { useApiQuery } from '../../api/queries';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { costError, fieldsOf, formErrorsOf, formOf, type AcquisitionForm } from './acquisition-form';
import { quarterLabel } from './acquisition-groups';
import { PlanYearInput } from './PlanYearInput';
import { PartnerSelect } from '../../components/partner-options';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';
import { quoted } from '@contract/quote';
import { WholeNumberInput } from '../../components/WholeNumberInput';

export type AcquisitionTarget = { item: Acquisition } | { year: number };

const QUARTERS = [null, 1, 2, 3, 4].map((q) => ({ value: String(q ?? 0), label: quarterLabel(q) }));

const NOTE_FIELD: Partial<Record<AcquisitionSource, { label: string; placeholder: string }>> = {
  sponsor: { label: 'Спонсор', placeholder: 'ИП Смирнов А.В., родительский комитет 5А…' },
  other: { label: 'Какой источник', placeholder: 'Грант, благотворительный фонд, внебюджетные средства…' },
};

const NAME_FIELD: readonly TextFieldSpec<keyof AcquisitionForm>[] = [
  {
    name: 'name',
    label: 'Наименование',
    placeholder: 'Набор конструкторов для начальных классов',
    required: true,
    autofocus: true,
    rows: 1,
  },
];

/** A new item of the plan, or every field of an existing one; closing with unsaved changes asks first. */
export function AcquisitionDialog({ target, onClose }: { target: AcquisitionTarget; onClose(): void }) {
  const item = 'item' in target ? target.item : null;
  const initial = formOf('item' in target ? acquisitionFieldsOf(target.item) : blankAcquisitionFields(target.year));
  const form = useForm<AcquisitionForm>({
    mode: 'controlled',
    initialValues: initial,
    validate: { cost: costError },
  });
  const categories = useApiQuery('acquisitions:categories', {});
  const v = form.values;
  const note = NOTE_FIELD[v.source];
  const dialog = useRecordDialog({
    form,
    write: async (values) => {
      const fields = fieldsOf(values);
      if (item) await invoke('acquisitions:update', { id: item.id, fields });
      else await invoke('acquisitions:create', { fields });
      return fields;
    },
    notice: (fields) =>
      item ? `${quoted(fields.name.trim())} сохранена.` : `${quoted(fields.name.trim())} добавлена в план.`,
    fieldErrors: formErrorsOf,
    onClose,
    unsaved: 'Изменения в позиции не сохранены. Закрыть окно и потерять их?',
  });

  return (
    <RecordModal
      dialog={dialog}
      title={item ? 'Позиция плана приобретения' : 'Новая позиция плана приобретения'}
      size={760}
    >
      <TextFields form={form} fields={NAME_FIELD} />
      <Autocomplete
        label="Категория"
        placeholder="Выберите из списка или впишите свою"
        data={categories.data ?? []}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('category')}
      />
      <SimpleGrid cols={4}>
        <WholeNumberInput label="Количество" required min={1} {...form.getInputProps('quantity')} />
        <TextInput label="Ед. изм." required {...form.getInputProps('unit')} />
        <PlanYearInput label="Год" required {...form.getInputProps('plannedYear')} />
        <Select
          label="Квартал"
          data={QUARTERS}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('quarter')}
        />
      </SimpleGrid>
      <Input.Wrapper label="Источник" required>
        <SegmentedControl
          fullWidth
          aria-label="Источник"
          data={ACQUISITION_SOURCES.map((s) => ({ value: s, label: ACQUISITION_SOURCE_LABELS[s] }))}
          value={v.source}
          onChange={(value) => form.setFieldValue('source', value as AcquisitionSource)}
        />
      </Input.Wrapper>
      {v.source === 'partner' && (
        <PartnerSelect
          kept={item?.partnerId ? [{ id: item.partnerId, name: item.partnerName ?? `Партнёр ${item.partnerId}` }] : []}
          {...form.getInputProps('partnerId')}
        />
      )}
      {note && <TextInput label={note.label} placeholder={note.placeholder} {...form.getInputProps('sourceNote')} />}
      <TextInput
        label="Сумма, руб."
        description="Необязательно. С копейками через запятую"
        placeholder="12 500,00"
        inputMode="decimal"
        w={260}
        {...form.getInputProps('cost')}
        onBlur={() => {
          // The sum is shown as it will print once the field is left: «12500» becomes «12 500,00».
          const kopecks = parseRubles(v.cost);
          if (kopecks === undefined) form.setFieldError('cost', costError(v.cost));
          else if (kopecks !== null) form.setFieldValue('cost', formatRubles(kopecks));
        }}
      />
      <Textarea label="Примечание" autosize minRows={2} {...form.getInputProps('notes')} />
    </RecordModal>
  );
}
