import { Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localIsoDate } from '@contract/academic-year';
import { AMENDMENT_TEXT_REQUIRED, type Amendment, type AmendmentFields } from '@contract/agreements';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';

interface Props {
  agreementId: number;
  amendment?: Amendment;
  onDone(saved: boolean): void;
}

/**
 * A new or changed дополнительное соглашение: its date, a change of the term, and its text; closing it with text typed
 * asks first.
 */
export function AmendmentDialog({ agreementId, amendment, onDone }: Props) {
  const form = useForm<AmendmentFields>({
    mode: 'controlled',
    initialValues: {
      signedOn: amendment?.signedOn ?? localIsoDate(new Date()),
      newEndsOn: amendment?.newEndsOn ?? null,
      makesOpenEnded: amendment?.makesOpenEnded ?? false,
      text: amendment?.text ?? '',
    },
    validate: { text: (text) => (text.trim() ? null : AMENDMENT_TEXT_REQUIRED) },
  });
  const dialog = useRecordDialog({
    form,
    write: (fields) =>
      amendment
        ? invoke('agreements:updateAmendment', { id: amendment.id, fields })
        : invoke('agreements:addAmendment', { agreementId, fields }),
    notice: () => ({ title: null, message: 'Дополнительное соглашение сохранено.' }),
    onSaved: () => onDone(true),
    onClose: () => onDone(false),
  });
  const fields = form.values;
  const errors = form.errors as Record<string, string>;

  return (
    <RecordModal dialog={dialog} title="Дополнительное соглашение" size="lg">
      <Group grow align="flex-start">
        <DateField
          label="Дата подписания"
          value={fields.signedOn}
          onChange={(d) => form.setFieldValue('signedOn', d ?? '')}
          error={errors['signedOn']}
        />
        <Stack gap={6}>
          <DateField
            label="Новая дата окончания договора"
            description="Пусто — срок не меняется"
            value={fields.newEndsOn}
            onChange={(d) => form.setFieldValue('newEndsOn', d)}
            error={errors['newEndsOn']}
            disabled={fields.makesOpenEnded}
          />
          <Checkbox
            label="Договор становится бессрочным"
            checked={fields.makesOpenEnded}
            onChange={(e) => form.setValues({ makesOpenEnded: e.currentTarget.checked, newEndsOn: null })}
          />
        </Stack>
      </Group>
      <Textarea
        label="Текст дополнительного соглашения"
        description="Каждый абзац с новой строки"
        autosize
        minRows={6}
        required
        {...form.getInputProps('text')}
      />
    </RecordModal>
  );
}
