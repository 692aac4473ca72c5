import { TagsInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { BLANK_STAFF_MEMBER, staffMemberFieldsOf, type StaffMember, type StaffMemberFields } from '@contract/staff';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';
import { quoted } from '@contract/quote';

const FIELDS: readonly TextFieldSpec<Exclude<keyof StaffMemberFields, 'subjects'>>[] = [
  {
    name: 'fullName',
    label: 'Фамилия, имя, отчество',
    placeholder: 'Иванова Мария Петровна',
    maxLength: 200,
    required: true,
    autofocus: true,
  },
  {
    name: 'position',
    label: 'Должность',
    placeholder: 'Учитель, педагог-психолог, заместитель директора…',
    maxLength: 200,
  },
];

/** The subjects, kept as one text «Русский язык, литература», typed one by one. */
const subjectsOf = (text: string) => text.split(/\s*,\s*/).filter(Boolean);

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
  const dialog = useRecordDialog({
    form,
    write: (fields) => (member ? invoke('staff:update', { id: member.id, fields }) : invoke('staff:create', fields)),
    notice: (saved) =>
      member ? `${quoted(saved.fullName)} сохранено.` : `${quoted(saved.fullName)} добавлен(а) в список педагогов.`,
    onClose,
  });

  return (
    <RecordModal dialog={dialog} title={member ? 'Педагог' : 'Новый педагог'} size="lg">
      <TextFields form={form} fields={FIELDS} />
      <TagsInput
        label="Предметы"
        description="Enter или запятая после каждого"
        placeholder={form.values.subjects ? undefined : 'Русский язык, литература'}
        splitChars={[',', ';']}
        value={subjectsOf(form.values.subjects)}
        onChange={(subjects) => form.setFieldValue('subjects', subjects.join(', '))}
        error={form.errors['subjects']}
        clearable
      />
    </RecordModal>
  );
}
