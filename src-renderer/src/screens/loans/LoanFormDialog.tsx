import { SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localIsoDate } from '@contract/academic-year';
import { addDays } from '@contract/dates';
import { blankLoanItem, loanItemsSummary, type LoanDetail, type LoanFields } from '@contract/loans';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { confirmDeleteLoan } from './loan-actions';
import { LoanItemsEditor, type ItemRow } from './LoanItemsEditor';
import { PartnerSelect } from '../../components/partner-options';
import { DateField } from '../../components/DateField';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';

interface FormValues {
  partnerId: string | null;
  receivedOn: string;
  dueOn: string;
  responsible: string;
  displayPlace: string;
  notes: string;
  items: ItemRow[];
}

/** Who keeps the items at school and where, beside the dates. */
const PLACE_FIELDS: readonly TextFieldSpec<keyof FormValues>[] = [
  { name: 'responsible', label: 'Ответственный в школе', placeholder: 'Петрова А.И., учитель истории', maxLength: 300 },
  { name: 'displayPlace', label: 'Где размещены', placeholder: 'мини-музей школы', maxLength: 300 },
];
const NOTES_FIELD: readonly TextFieldSpec<keyof FormValues>[] = [
  { name: 'notes', label: 'Примечание', maxLength: 5000, rows: 2 },
];

function initialValues(loan: LoanDetail | null, partnerId: number | null): FormValues {
  if (loan) {
    const { partnerId: id, receivedOn, dueOn, responsible, displayPlace, notes, items } = loan;
    return { partnerId: String(id), receivedOn, dueOn, responsible, displayPlace, notes, items };
  }
  const today = localIsoDate(new Date());
  return {
    partnerId: partnerId === null ? null : String(partnerId),
    receivedOn: today,
    dueOn: addDays(today, 30),
    responsible: '',
    displayPlace: '',
    notes: '',
    items: [blankLoanItem()],
  };
}

function fieldsOf(values: FormValues): LoanFields {
  return {
    ...values,
    partnerId: Number(values.partnerId),
    items: values.items.map((item) => ({
      ...item,
      quantity: item.quantity === '' ? Number.NaN : Number(item.quantity),
    })),
  };
}

interface FormProps {
  loan: LoanDetail | null;
  partnerId: number | null;
  onClose(): void;
}

function LoanForm({ loan, partnerId, onClose }: FormProps) {
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(loan, partnerId),
    validate: {
      partnerId: (v) => (v ? null : 'Выберите партнёра'),
      receivedOn: (v) => (v ? null : 'Укажите дату получения'),
      dueOn: (v) => (v ? null : 'Укажите, до какого дня вернуть'),
    },
  });
  const errors = form.errors as Record<string, string | undefined>;
  const dialog = useRecordDialog({
    form,
    remove: loan
      ? {
          label: 'Удалить запись',
          confirm: (done) => confirmDeleteLoan({ ...loan, itemsSummary: loanItemsSummary(loan.items) }, done),
        }
      : null,
    write: (values) => {
      const fields = fieldsOf(values);
      return loan ? invoke('loans:update', { id: loan.id, fields }) : invoke('loans:create', fields);
    },
    notice: (saved) => `${saved.partnerName}: ${loanItemsSummary(saved.items)}.`,
    onClose,
  });

  const date = (field: 'receivedOn' | 'dueOn', label: string) => (
    <DateField
      label={label}
      required
      value={form.values[field]}
      onChange={(value) => form.setFieldValue(field, value ?? '')}
      error={errors[field]}
    />
  );

  return (
    <RecordModal dialog={dialog} title={loan ? 'Ресурсы партнёра' : 'Получение ресурсов от партнёра'} size={1180}>
      <PartnerSelect
        kept={loan ? [{ id: loan.partnerId, name: loan.partnerName }] : []}
        {...form.getInputProps('partnerId')}
      />
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        {date('receivedOn', 'Получено')}
        {date('dueOn', 'Вернуть до')}
        <TextFields form={form} fields={PLACE_FIELDS} />
      </SimpleGrid>
      <LoanItemsEditor
        items={form.values.items}
        onChange={(items) => form.setFieldValue('items', items)}
        errors={errors}
      />
      <TextFields form={form} fields={NOTES_FIELD} />
    </RecordModal>
  );
}

/** A loan being edited is read afresh, so the form starts from the store as it is now. */
function EditLoan({ id, onClose }: { id: number; onClose(): void }) {
  const loan = useApiQuery('loans:get', { id });
  return <QueryState query={loan}>{(l) => <LoanForm loan={l} partnerId={null} onClose={onClose} />}</QueryState>;
}

export type LoanFormTarget = { id: number } | { partnerId: number | null };

/** A new loan (maybe from a given partner) or an existing one; closing with unsaved changes asks first. */
export function LoanFormDialog({ target, onClose }: { target: LoanFormTarget; onClose(): void }) {
  return 'id' in target ? (
    <EditLoan id={target.id} onClose={onClose} />
  ) : (
    <LoanForm loan={null} partnerId={target.partnerId} onClose={onClose} />
  );
}
