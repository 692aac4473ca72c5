import { Select, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { academicYearOf, localIsoDate } from '@contract/academic-year';
import { MAX_STAFF_HOURS, type StaffForm, type StaffRecord } from '@contract/staff';
import { useApiQuery } from '../../api/queries';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';
import { FORM_OPTIONS } from './labels';
import { confirmDeleteRecord } from './staff-actions';
import { usePartnerOptions } from '../../components/partner-options';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';
import { quoted } from '@contract/quote';
import { WholeNumberInput } from '../../components/WholeNumberInput';

interface Values {
  staffId: string | null;
  form: StaffForm;
  title: string;
  partnerId: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  hours: number | string;
  certificate: string;
  result: string;
}

export type RecordTarget = { record: StaffRecord } | { staffId: number | null };

function initialValues(year: string, target: RecordTarget): Values {
  if ('record' in target) {
    const r = target.record;
    return {
      staffId: String(r.staffId),
      form: r.form,
      title: r.title,
      partnerId: r.partnerId === null ? null : String(r.partnerId),
      dateFrom: r.dateFrom,
      dateTo: r.dateTo,
      hours: r.hours,
      certificate: r.certificate,
      result: r.result,
    };
  }
  // A new record starts today when today is in the year shown, and is dated by the user otherwise.
  const today = localIsoDate(new Date());
  const date = academicYearOf(today) === year ? today : null;
  return {
    staffId: target.staffId === null ? null : String(target.staffId),
    form: 'course',
    title: '',
    partnerId: null,
    dateFrom: date,
    dateTo: date,
    hours: '',
    certificate: '',
    result: '',
  };
}

function fieldsOf(values: Values) {
  return {
    staffId: Number(values.staffId),
    form: values.form,
    title: values.title,
    partnerId: values.partnerId === null ? null : Number(values.partnerId),
    dateFrom: values.dateFrom ?? '',
    dateTo: values.dateTo ?? '',
    hours: Number(values.hours),
    certificate: values.certificate,
    result: values.result,
  };
}

const TITLE_FIELD: readonly TextFieldSpec<keyof Values>[] = [
  {
    name: 'title',
    label: 'Тема, название',
    placeholder: '«Обновлённые ФГОС ООО: содержание и технологии», РМО учителей начальных классов…',
    maxLength: 500,
    required: true,
    autofocus: true,
    rows: 1,
  },
];
/** What the teacher brought back: the certificate and the result. */
const OUTCOME_FIELDS: readonly TextFieldSpec<keyof Values>[] = [
  {
    name: 'certificate',
    label: 'Удостоверение, сертификат №',
    placeholder: 'Удостоверение № 612400012345',
    maxLength: 200,
  },
  {
    name: 'result',
    label: 'Результат',
    placeholder: 'Выступление «Проектная деятельность на уроках», 1 место, лауреат…',
    maxLength: 1000,
    rows: 1,
  },
];

const required = (message: string) => (value: unknown) => (value === null || value === '' ? message : null);

/** A new record of professional development, or every field of one; closing with unsaved changes asks first. */
export function RecordDialog({ year, target, onClose }: { year: string; target: RecordTarget; onClose(): void }) {
  const record = 'record' in target ? target.record : null;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(year, target),
    validate: {
      staffId: required('Выберите педагога'),
      title: (v) => (v.trim() ? null : 'Укажите тему или название'),
      dateFrom: required('Укажите дату начала'),
      dateTo: required('Укажите дату окончания'),
      hours: required('Укажите количество часов (0, если часы не считаются)'),
    },
  });
  const staff = useApiQuery('staff:list', {});
  const v = form.values;
  const dialog = useRecordDialog({
    form,
    remove: record ? { label: 'Удалить запись', confirm: (done) => confirmDeleteRecord(record, done) } : null,
    write: (values) => {
      const fields = fieldsOf(values);
      return record
        ? invoke('staffRecords:update', { id: record.id, fields })
        : invoke('staffRecords:create', { fields });
    },
    notice: (saved) =>
      saved.year === year
        ? `${quoted(saved.title)} — ${saved.staffName}.`
        : `${quoted(saved.title)} относится к ${saved.year} учебному году (по дате начала): выберите этот год вверху, чтобы увидеть запись.`,
    onClose,
    unsaved: 'Изменения в записи не сохранены. Закрыть окно и потерять их?',
  });

  // Only working teachers take new records; the teacher of a record stays listed even after leaving.
  const staffOptions = (staff.data ?? [])
    .filter((m) => m.active || m.id === record?.staffId)
    .map((m) => ({ value: String(m.id), label: m.active ? m.fullName : `${m.fullName} (не работает)` }));
  const partnerOptions = usePartnerOptions();

  return (
    <RecordModal
      dialog={dialog}
      title={record ? 'Запись о повышении квалификации' : 'Новая запись о повышении квалификации'}
      size={760}
    >
      <SimpleGrid cols={2}>
        <Select
          label="Педагог"
          required
          data={staffOptions}
          searchable
          nothingFoundMessage="Нет такого педагога: добавьте его на вкладке «Педагоги»"
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('staffId')}
        />
        <Select
          label="Форма"
          required
          data={FORM_OPTIONS}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('form')}
        />
      </SimpleGrid>
      <TextFields form={form} fields={TITLE_FIELD} />
      <Select
        label="Партнёр"
        description="Через кого педагог повысил квалификацию; пусто — без партнёра"
        placeholder="Без партнёра"
        data={partnerOptions}
        searchable
        clearable
        nothingFoundMessage="Партнёр не найден"
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('partnerId')}
      />
      <SimpleGrid cols={3}>
        <DateField
          label="Дата начала *"
          value={v.dateFrom}
          onChange={(dateFrom) => {
            // A one-day event ends the day it starts; an end before the new start follows it.
            const dateTo = !v.dateTo || (dateFrom && v.dateTo < dateFrom) ? dateFrom : v.dateTo;
            form.setValues({ dateFrom, dateTo });
          }}
          error={form.errors['dateFrom'] as string | undefined}
        />
        <DateField
          label="Дата окончания *"
          value={v.dateTo}
          onChange={(dateTo) => form.setFieldValue('dateTo', dateTo)}
          error={form.errors['dateTo'] as string | undefined}
        />
        <WholeNumberInput
          clampBehavior="blur"
          label="Часов"
          required
          min={0}
          max={MAX_STAFF_HOURS}
          {...form.getInputProps('hours')}
        />
      </SimpleGrid>
      <TextFields form={form} fields={OUTCOME_FIELDS} />
    </RecordModal>
  );
}
