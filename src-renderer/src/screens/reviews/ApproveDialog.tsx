import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconRubberStamp } from '@tabler/icons-react';
import { localIsoDate } from '@contract/academic-year';
import type { SchoolProfile } from '@contract/settings';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DateField } from '../../components/DateField';
import { TextFields, type TextFieldSpec } from '../../components/TextFields';

/** «Директор Иванова И. И.» from the school profile, to start with. */
function directorOf(school: SchoolProfile | undefined): string {
  return [school?.directorPosition, school?.directorName].filter(Boolean).join(' ');
}

const APPROVAL_FIELDS: readonly TextFieldSpec<'approvedBy' | 'number'>[] = [
  {
    name: 'approvedBy',
    label: 'Кто утверждает',
    description: 'Должность и ФИО',
    placeholder: 'Директор Иванова И. И.',
    maxLength: 200,
  },
  {
    name: 'number',
    label: 'Номер справки',
    description: 'Печатается в заголовке справки рядом с датой утверждения',
    placeholder: '01-12/7',
    maxLength: 50,
  },
];

function ApproveForm({ year, approver, onClose }: { year: string; approver: string; onClose(): void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { approvedBy: approver, number: '', date: localIsoDate(new Date()) as string | null },
  });
  const dialog = useRecordDialog({
    form,
    guard: false,
    check: ({ date }): Record<string, string> => (date ? {} : { date: 'Укажите дату утверждения' }),
    write: ({ approvedBy, number, date }) =>
      invoke('reviews:approve', { year, approvedBy: approvedBy.trim(), number: number.trim(), date: date ?? '' }),
    notice: () => ({
      title: 'Утверждено',
      message: `Аналитическая справка за ${year} учебный год утверждена: её цифры зафиксированы.`,
    }),
    refusalTitle: 'Не утверждено',
    refusalFallback: 'Не удалось утвердить справку.',
    onClose,
  });

  return (
    <RecordModal
      dialog={dialog}
      title={`Утверждение аналитической справки за ${year} учебный год`}
      size={560}
      action={{ label: 'Утвердить', icon: <IconRubberStamp size={18} /> }}
    >
      <Text size="sm">
        Утверждённая справка хранит цифры на день утверждения: если данные потом изменятся, программа покажет, что
        именно изменилось. Цели, решения и тексты справки до открытия для изменений не редактируются.
      </Text>
      <TextFields form={form} fields={APPROVAL_FIELDS} />
      <DateField
        label="Дата утверждения *"
        value={form.values.date}
        onChange={(date) => form.setFieldValue('date', date)}
        error={form.errors['date']}
      />
    </RecordModal>
  );
}

/** Approving the year's review: who approves and on which day. */
export function ApproveDialog({ year, onClose }: { year: string; onClose(): void }) {
  const settings = useApiQuery('settings:get', {});
  // The form opens once the director's name, its first value, is read.
  if (settings.isPending) return null;
  return <ApproveForm year={year} approver={directorOf(settings.data?.school)} onClose={onClose} />;
}
