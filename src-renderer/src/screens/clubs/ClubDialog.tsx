import { Alert, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Club, ClubFields, SchoolClass } from '@contract/clubs';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { AttendanceFields, type AttendanceFormRow } from './AttendanceFields';
import { confirmDeleteClub } from './delete-club';
import { PartnerSelect } from '../../components/partner-options';
import { quoted } from '@contract/quote';

export type ClubTarget = { club: Club } | { partnerId: number | null };

/** A club as the form holds it: no partner chosen yet, rows half filled. */
interface ClubForm extends Omit<ClubFields, 'partnerId' | 'attendance'> {
  partnerId: string | null;
  attendance: AttendanceFormRow[];
}

function initialValues(target: ClubTarget): ClubForm {
  if ('club' in target) {
    const { club } = target;
    return {
      partnerId: String(club.partnerId),
      name: club.name,
      leader: club.leader,
      schedule: club.schedule,
      notes: club.notes,
      attendance: club.attendance.map((row) => ({ ...row })),
    };
  }
  const partnerId = target.partnerId === null ? null : String(target.partnerId);
  return { partnerId, name: '', leader: '', schedule: '', notes: '', attendance: [] };
}

/** What the form can say before asking the store: what is left empty. */
function formErrors(values: ClubForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.partnerId) errors['partnerId'] = 'Выберите партнёра';
  if (!values.name.trim()) errors['name'] = 'Назовите кружок';
  values.attendance.forEach((row, i) => {
    if (!row.className) errors[`attendance.${i}.className`] = 'Выберите класс';
    if (row.pupils === '') errors[`attendance.${i}.pupils`] = 'Укажите, сколько обучающихся';
  });
  return errors;
}

function fieldsOf(values: ClubForm): ClubFields {
  return {
    ...values,
    partnerId: Number(values.partnerId),
    attendance: values.attendance.map((row) => ({ className: row.className ?? '', pupils: Number(row.pupils) })),
  };
}

interface Props {
  year: string;
  classes: readonly SchoolClass[];
  target: ClubTarget;
  onClose(): void;
}

/** A new club at a partner, or every field of one; closing with unsaved changes asks first. */
export function ClubDialog({ year, classes, target, onClose }: Props) {
  const club = 'club' in target ? target.club : null;
  const form = useForm<ClubForm>({ mode: 'controlled', initialValues: initialValues(target) });
  const errors = form.errors as Record<string, string | undefined>;
  const dialog = useRecordDialog({
    form,
    remove: club ? { label: 'Удалить кружок', confirm: (done) => confirmDeleteClub(club, done) } : null,
    check: formErrors,
    write: async (values) => {
      const fields = fieldsOf(values);
      if (club) await invoke('clubs:update', { id: club.id, fields });
      else await invoke('clubs:create', { year, fields });
    },
    notice: (_, values) =>
      club ? `Кружок ${quoted(values.name.trim())} сохранён.` : `Кружок ${quoted(values.name.trim())} добавлен.`,
    onClose,
    unsaved: 'Изменения в кружке не сохранены. Закрыть окно и потерять их?',
  });

  return (
    <RecordModal
      dialog={dialog}
      title={club ? `Кружок ${quoted(club.name)}` : `Новый кружок на ${year} учебный год`}
      size={760}
    >
      <PartnerSelect
        kept={club ? [{ id: club.partnerId, name: club.partnerName }] : []}
        {...form.getInputProps('partnerId')}
      />
      <TextInput
        label="Кружок, студия, класс"
        required
        placeholder="Хореография, гитара, ИЗО-студия…"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={2}>
        <TextInput label="Педагог" placeholder="Фамилия И. О." {...form.getInputProps('leader')} />
        <TextInput label="Расписание" placeholder="Вт, Чт 15:00–16:30" {...form.getInputProps('schedule')} />
      </SimpleGrid>
      {classes.length === 0 ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} title="Классы года не внесены">
          Чтобы указать, сколько обучающихся каждого класса посещают кружок, сначала заполните «Классы и численность» на
          этой странице. Кружок можно сохранить и без классов.
        </Alert>
      ) : (
        <AttendanceFields
          classes={classes}
          value={form.values.attendance}
          onChange={(rows) => form.setFieldValue('attendance', rows)}
          errors={errors}
        />
      )}
      <Textarea label="Примечание" autosize minRows={2} {...form.getInputProps('notes')} />
    </RecordModal>
  );
}
