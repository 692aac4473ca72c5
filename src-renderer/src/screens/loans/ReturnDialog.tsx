import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp } from '@tabler/icons-react';
import { localIsoDate } from '@contract/academic-year';
import { formatDate } from '@contract/dates';
import type { LoanSummary } from '@contract/loans';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { periodText } from './labels';
import { DateField } from '../../components/DateField';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';

interface Props {
  loan: LoanSummary;
  onClose(): void;
}

const RETURN_FIELDS: readonly TextFieldSpec<'condition' | 'remarks'>[] = [
  { name: 'condition', label: 'Состояние при возврате', placeholder: 'Без повреждений', maxLength: 1000, rows: 2 },
  {
    name: 'remarks',
    label: 'Замечания',
    description: 'Что повреждено или не возвращено; пусто — замечаний нет',
    maxLength: 2000,
    rows: 2,
  },
];

function ReturnForm({ loan, condition, remarks, onClose }: Props & { condition: string; remarks: string }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { returnedOn: loan.returnedOn ?? localIsoDate(new Date()), condition, remarks },
  });
  const dialog = useRecordDialog({
    form,
    guard: false,
    check: ({ returnedOn }): Record<string, string> => (returnedOn ? {} : { returnedOn: 'Укажите дату возврата' }),
    write: (values) => invoke('loans:markReturned', { id: loan.id, ...values }),
    notice: (saved) => ({
      title: 'Возврат отмечен',
      message:
        saved.term.status === 'returnedLate'
          ? `Предметы возвращены позже срока: вернуть нужно было до ${formatDate(loan.dueOn)}.`
          : 'Предметы возвращены партнёру в срок.',
    }),
    onClose,
  });

  return (
    <RecordModal
      dialog={dialog}
      title={loan.returnedOn ? 'Возврат партнёру' : 'Отметить возврат партнёру'}
      size="lg"
      action={{
        label: loan.returnedOn ? 'Сохранить возврат' : 'Отметить возврат',
        icon: <IconArrowBackUp size={16} />,
      }}
    >
      <Text size="sm">
        {loan.partnerName}: {loan.itemsSummary}. Срок пользования: {periodText(loan.receivedOn, loan.dueOn)}.
      </Text>
      <DateField
        label="Дата возврата"
        required
        w={220}
        min={loan.receivedOn}
        value={form.values.returnedOn}
        onChange={(value) => form.setFieldValue('returnedOn', value ?? '')}
        error={form.errors['returnedOn']}
        autofocus
      />
      <TextFields form={form} fields={RETURN_FIELDS} />
    </RecordModal>
  );
}

/** A recorded return keeps its condition and remarks; they are read from the loan itself. */
function RecordedReturn({ loan, onClose }: Props) {
  const detail = useApiQuery('loans:get', { id: loan.id });
  // The dialog opens once they are read.
  const d = detail.data;
  return d ? (
    <ReturnForm loan={loan} condition={d.returnCondition} remarks={d.returnRemarks} onClose={onClose} />
  ) : null;
}

/** Records that the school gave the items back: the date, their condition and any remarks; or corrects it. */
export function ReturnDialog({ loan, onClose }: Props) {
  return loan.returnedOn ? (
    <RecordedReturn loan={loan} onClose={onClose} />
  ) : (
    <ReturnForm loan={loan} condition="" remarks="" onClose={onClose} />
  );
}
