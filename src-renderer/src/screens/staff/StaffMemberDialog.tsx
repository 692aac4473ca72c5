import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { BLANK_STAFF_MEMBER, staffMemberFieldsOf, type StaffMember, type StaffMemberFields } from '@contract/staff';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { closeOrConfirm, useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { DialogFooter } from '../../components/DialogFooter';

interface Props {
  /** The teacher to edit; null adds one. */
  member: StaffMember | null;
  onClose(): void;
}

/** A teacher's name, position and subjects; closing with unsaved changes asks first. */
export function StaffMemberDialog({ member, onClose }: Props) {
  const form = useForm<StaffMemberFields>({
    mode: 'controlled',
    initialValues: member ? staffMemberFieldsOf(member) : BLANK_STAFF_MEMBER,
    validate: { fullName: (v) => (v.trim() ? null : 'Укажите фамилию, имя и отчество педагога') },
  });
  const create = useApiMutation('staff:create');
  const update = useApiMutation('staff:update');
  const saving = create.isPending || update.isPending;
  const dirty = form.isDirty();
  useUnsavedChangesGuard(dirty && !saving);

  const close = () => closeOrConfirm(dirty, onClose, 'Изменения не сохранены. Закрыть окно и потерять их?');

  const save = form.onSubmit(async (fields) => {
    try {
      const saved = member ? await update.mutateAsync({ id: member.id, fields }) : await create.mutateAsync(fields);
      form.resetDirty();
      notifications.show({
        color: 'teal',
        title: 'Сохранено',
        message: member ? `«${saved.fullName}» сохранено.` : `«${saved.fullName}» добавлен(а) в список педагогов.`,
      });
      onClose();
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });

  return (
    <Modal opened onClose={close} title={member ? 'Педагог' : 'Новый педагог'} size="lg" closeOnClickOutside={false}>
      <form onSubmit={save} noValidate>
        <Stack>
          <TextInput
            label="Фамилия, имя, отчество"
            placeholder="Иванова Мария Петровна"
            required
            data-autofocus
            maxLength={200}
            {...form.getInputProps('fullName')}
          />
          <TextInput
            label="Должность"
            placeholder="Учитель, педагог-психолог, заместитель директора…"
            maxLength={200}
            {...form.getInputProps('position')}
          />
          <TextInput
            label="Предметы"
            placeholder="Русский язык, литература"
            maxLength={300}
            {...form.getInputProps('subjects')}
          />
          <DialogFooter saving={saving} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
