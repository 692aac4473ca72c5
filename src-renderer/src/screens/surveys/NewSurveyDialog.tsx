import { Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { academicYearOf, localIsoDate } from '@contract/academic-year';
import { SURVEY_MODES, SURVEY_MODE_LABELS, type SurveyMode } from '@contract/surveys';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FamiliesAndNotesFields } from './FamiliesAndNotesFields';
import { DateField } from '../../components/DateField';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { quoted } from '@contract/quote';

interface Props {
  year: string;
  onClose(): void;
  onCreated(id: number): void;
}

interface Values {
  templateId: string | null;
  title: string;
  conductedOn: string | null;
  mode: SurveyMode;
  /** NumberInput yields '' while the number is retyped. */
  families: number | string;
  notes: string;
}

export const MODE_HINTS: Record<SurveyMode, string> = {
  tally: 'Анкеты подсчитаны вручную: вводится число анкет и сколько раз отмечен каждый вариант ответа.',
  respondents: 'Каждая анкета вводится отдельно; число анкет программа считает сама.',
};

/** «Новое анкетирование»: a questionnaire, a date in the year, how results are entered, the families. */
export function NewSurveyDialog({ year, onClose, onCreated }: Props) {
  const templates = useApiQuery('surveyTemplates:list', {});
  const schoolYear = useApiQuery('classes:list', { year });
  const today = localIsoDate(new Date());
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      templateId: null,
      title: '',
      conductedOn: academicYearOf(today) === year ? today : null,
      mode: 'tally',
      families: '',
      notes: '',
    },
  });
  const v = form.values;
  const firstTemplate = templates.data?.[0]?.id;
  // The year's number of families (Кружки → «Классы и численность»); left empty when the year has none.
  const families = schoolYear.data?.families ?? undefined;

  useEffect(() => {
    const filled = { ...form.values };
    if (filled.templateId === null && firstTemplate !== undefined) filled.templateId = String(firstTemplate);
    if (filled.families === '' && families !== undefined) filled.families = families;
    // What the dialog fills in itself is no change of the office's: closing it at once asks nothing.
    form.setValues(filled);
    form.resetDirty(filled);
    // Filled once, when the lists arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstTemplate, families]);

  const dialog = useRecordDialog({
    form,
    check: (values): Record<string, string> =>
      values.templateId === null
        ? { templateId: 'Выберите анкету' }
        : values.conductedOn === null
          ? { conductedOn: 'Укажите дату проведения' }
          : {},
    write: (values) =>
      invoke('surveys:create', {
        templateId: Number(values.templateId),
        year,
        title: values.title,
        conductedOn: values.conductedOn ?? '',
        mode: values.mode,
        families: typeof values.families === 'number' ? values.families : null,
        notes: values.notes,
      }),
    notice: (survey) => ({ title: 'Создано', message: `${quoted(survey.title)}: введите результаты.` }),
    onSaved: (survey) => {
      onCreated(survey.id);
      onClose();
    },
    refusalTitle: 'Не создано',
    refusalFallback: 'Не удалось создать анкетирование.',
    guard: false,
    onClose,
  });

  const chosen = templates.data?.find((t) => String(t.id) === v.templateId);
  return (
    <RecordModal
      dialog={dialog}
      title={`Новое анкетирование, ${year} учебный год`}
      size={640}
      action={{ label: 'Создать', icon: <IconPlus size={16} /> }}
    >
      <Select
        label="Анкета"
        required
        data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.title }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('templateId')}
      />
      <TextInput
        label="Название анкетирования"
        description="Если оставить пустым — как у анкеты"
        placeholder={chosen?.title}
        {...form.getInputProps('title')}
      />
      <DateField
        label="Дата проведения"
        required
        value={v.conductedOn}
        onChange={(value) => form.setFieldValue('conductedOn', value)}
        error={form.errors['conductedOn'] as string | undefined}
      />
      <Radio.Group label="Как вводятся результаты" {...form.getInputProps('mode')}>
        <Stack gap="xs" mt={4}>
          {SURVEY_MODES.map((mode) => (
            <Radio key={mode} value={mode} label={SURVEY_MODE_LABELS[mode]} description={MODE_HINTS[mode]} />
          ))}
        </Stack>
      </Radio.Group>
      <FamiliesAndNotesFields
        families={form.getInputProps('families')}
        notes={form.getInputProps('notes')}
        source="Из Настроек"
      />
    </RecordModal>
  );
}
