import { Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SURVEY_MODES, SURVEY_MODE_LABELS, type Survey, type SurveyMode } from '@contract/surveys';
import { FamiliesAndNotesFields } from './FamiliesAndNotesFields';
import { DateField } from '../../components/DateField';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { MODE_HINTS } from './NewSurveyDialog';
import { DISCARD } from './survey-actions';
import { quoted } from '@contract/quote';

interface Values {
  title: string;
  conductedOn: string | null;
  mode: SurveyMode;
  families: number | string;
  notes: string;
}

/** A survey's title, date, families and notes; how results are entered, only while none are. */
export function RunDetailsDialog({ survey, onClose }: { survey: Survey; onClose(): void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: survey.title,
      conductedOn: survey.conductedOn,
      mode: survey.mode,
      families: survey.families,
      notes: survey.notes,
    },
  });
  const dialog = useRecordDialog({
    form,
    check: (values): Record<string, string> =>
      values.conductedOn === null ? { conductedOn: 'Укажите дату проведения' } : {},
    write: (values) =>
      invoke('surveys:update', {
        id: survey.id,
        // An emptied number is sent as it is, and refused with a message at its field.
        fields: { ...values, conductedOn: values.conductedOn ?? '', families: values.families as number },
      }),
    notice: (_, values) => `${quoted(values.title.trim())} сохранено.`,
    onClose,
    ...DISCARD,
  });

  return (
    <RecordModal closeOnClickOutside dialog={dialog} title="Сведения об анкетировании" size={640}>
      <TextInput label="Название" required {...form.getInputProps('title')} />
      <DateField
        label={`Дата проведения (в пределах ${survey.year} учебного года)`}
        required
        value={form.values.conductedOn}
        onChange={(value) => form.setFieldValue('conductedOn', value)}
        error={form.errors['conductedOn'] as string | undefined}
      />
      <Radio.Group
        label="Как вводятся результаты"
        description={survey.hasResults ? 'Результаты уже введены: способ ввода изменить нельзя.' : undefined}
        {...form.getInputProps('mode')}
      >
        <Stack gap="xs" mt={4}>
          {SURVEY_MODES.map((mode) => (
            <Radio
              key={mode}
              value={mode}
              label={SURVEY_MODE_LABELS[mode]}
              description={MODE_HINTS[mode]}
              disabled={survey.hasResults}
            />
          ))}
        </Stack>
      </Radio.Group>
      <FamiliesAndNotesFields families={form.getInputProps('families')} notes={form.getInputProps('notes')} />
    </RecordModal>
  );
}
