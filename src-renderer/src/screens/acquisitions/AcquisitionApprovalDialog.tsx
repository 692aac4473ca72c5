import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AcquisitionApproval } from '@contract/acquisitions';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';
import { APPROVAL_UNSAVED, approvalSummary as planApprovalSummary } from '../plans/ApprovalDialog';

/** «Утверждён приказом от 01.09.2026 № 112-о», or that the block is not filled yet. */
export function approvalSummary(a: AcquisitionApproval): string {
  return planApprovalSummary({ ...a, agreed: false, agreedBy: '', agreedProtocolNumber: '', agreedProtocolDate: null });
}

/** The plan's «УТВЕРЖДАЮ»: who approves it and by which order. */
export function AcquisitionApprovalDialog({ approval, onClose }: { approval: AcquisitionApproval; onClose(): void }) {
  const form = useForm<AcquisitionApproval>({ mode: 'controlled', initialValues: approval });
  const dialog = useRecordDialog({
    form,
    write: (values) => invoke('acquisitions:saveApproval', values),
    notice: () => 'Гриф утверждения плана приобретения сохранён.',
    onClose,
    unsaved: APPROVAL_UNSAVED,
  });

  return (
    <RecordModal closeOnClickOutside dialog={dialog} title="Утверждение плана приобретения" size={700}>
      <Text fw={600}>УТВЕРЖДАЮ</Text>
      <SimpleGrid cols={2}>
        <TextInput label="Должность утверждающего" {...form.getInputProps('approverPosition')} />
        <TextInput label="ФИО утверждающего" {...form.getInputProps('approverName')} />
        <TextInput label="Номер приказа" {...form.getInputProps('approvalOrderNumber')} />
        <DateField
          label="Дата приказа"
          value={form.values.approvalOrderDate}
          onChange={(date) => form.setFieldValue('approvalOrderDate', date)}
          error={form.errors['approvalOrderDate']?.toString()}
        />
      </SimpleGrid>
    </RecordModal>
  );
}
