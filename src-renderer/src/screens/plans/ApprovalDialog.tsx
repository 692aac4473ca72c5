import { Checkbox, Divider, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatDate } from '@contract/dates';
import type { PlanApproval } from '@contract/plans';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';

/** «Утверждён приказом от 01.09.2026 № 45», or what is still missing. */
export function approvalSummary(a: PlanApproval): string {
  const approved =
    a.approvalOrderNumber || a.approvalOrderDate
      ? `Утверждён приказом${a.approvalOrderDate ? ` от ${formatDate(a.approvalOrderDate)}` : ''}${
          a.approvalOrderNumber ? ` № ${a.approvalOrderNumber}` : ''
        }`
      : 'Гриф «УТВЕРЖДАЮ» не заполнен';
  if (!a.agreed) return approved;
  const protocol = `${a.agreedProtocolDate ? ` от ${formatDate(a.agreedProtocolDate)}` : ''}${
    a.agreedProtocolNumber ? ` № ${a.agreedProtocolNumber}` : ''
  }`;
  return `${approved}; согласован${a.agreedBy ? `: ${a.agreedBy}` : ''}${protocol ? `, протокол${protocol}` : ''}`;
}

export const APPROVAL_UNSAVED = 'Гриф утверждения не сохранён. Закрыть окно и потерять изменения?';

interface Props {
  year: string;
  approval: PlanApproval;
  onClose(): void;
}

/** The plan's «УТВЕРЖДАЮ» block (who approves, by which order) and an optional «СОГЛАСОВАНО». */
export function ApprovalDialog({ year, approval, onClose }: Props) {
  const form = useForm<PlanApproval>({ mode: 'controlled', initialValues: approval });
  const errors = form.errors as Record<string, string | undefined>;
  const v = form.values;
  const dialog = useRecordDialog({
    form,
    write: (values) => invoke('plans:saveApproval', { year, approval: values }),
    notice: () => 'Гриф утверждения плана сохранён.',
    fieldErrors: (fields) =>
      Object.fromEntries(Object.entries(fields).map(([k, m]) => [k.replace(/^approval\./, ''), m])),
    onClose,
    unsaved: APPROVAL_UNSAVED,
  });

  const date = (path: 'approvalOrderDate' | 'agreedProtocolDate', label: string, disabled = false) => (
    <DateField
      label={label}
      value={v[path]}
      onChange={(d) => form.setFieldValue(path, d)}
      error={errors[path]}
      disabled={disabled}
    />
  );

  return (
    <RecordModal closeOnClickOutside dialog={dialog} title={`Утверждение плана на ${year} учебный год`} size={760}>
      <Text fw={600}>УТВЕРЖДАЮ</Text>
      <SimpleGrid cols={2}>
        <TextInput label="Должность утверждающего" {...form.getInputProps('approverPosition')} />
        <TextInput label="ФИО утверждающего" {...form.getInputProps('approverName')} />
        <TextInput label="Номер приказа" {...form.getInputProps('approvalOrderNumber')} />
        {date('approvalOrderDate', 'Дата приказа')}
      </SimpleGrid>
      <Divider />
      <Checkbox label="Есть гриф СОГЛАСОВАНО" {...form.getInputProps('agreed', { type: 'checkbox' })} />
      <TextInput
        label="Кем согласовано"
        placeholder="Педагогический совет"
        disabled={!v.agreed}
        {...form.getInputProps('agreedBy')}
      />
      <SimpleGrid cols={2}>
        <TextInput label="Номер протокола" disabled={!v.agreed} {...form.getInputProps('agreedProtocolNumber')} />
        {date('agreedProtocolDate', 'Дата протокола', !v.agreed)}
      </SimpleGrid>
    </RecordModal>
  );
}
