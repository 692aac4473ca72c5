import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { AcquisitionApproval } from '@contract/acquisitions';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { closeOrConfirm, useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { DialogFooter } from '../../components/DialogFooter';
import { DateField } from '../../components/DateField';
import { approvalSummary as planApprovalSummary } from '../plans/ApprovalDialog';

/** «Утверждён приказом от 01.09.2026 № 112-о», or that the block is not filled yet. */
export function approvalSummary(a: AcquisitionApproval): string {
  return planApprovalSummary({ ...a, agreed: false, agreedBy: '', agreedProtocolNumber: '', agreedProtocolDate: null });
}

/** The plan's «УТВЕРЖДАЮ»: who approves it and by which order. */
export function AcquisitionApprovalDialog({ approval, onClose }: { approval: AcquisitionApproval; onClose(): void }) {
  const save = useApiMutation('acquisitions:saveApproval');
  const form = useForm<AcquisitionApproval>({ mode: 'controlled', initialValues: approval });
  const dirty = form.isDirty();
  useUnsavedChangesGuard(dirty && !save.isPending);

  const close = () =>
    closeOrConfirm(dirty, onClose, 'Гриф утверждения не сохранён. Закрыть окно и потерять изменения?');

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      form.resetDirty();
      notifications.show({
        color: 'teal',
        title: 'Сохранено',
        message: 'Гриф утверждения плана приобретения сохранён.',
      });
      onClose();
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });

  return (
    <Modal opened onClose={close} title="Утверждение плана приобретения" size={700}>
      <form onSubmit={submit} noValidate>
        <Stack>
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
          <DialogFooter saving={save.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
