import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import type { Amendment, AmendmentFields } from '@contract/agreements';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { noticeRefusal } from '../../components/notices';

interface Props {
  agreementId: number;
  amendment?: Amendment;
  onDone(saved: boolean): void;
}

/** A new or changed дополнительное соглашение: its date, a change of the term, and its text. */
export function AmendmentDialog({ agreementId, amendment, onDone }: Props) {
  const [fields, setFields] = useState<AmendmentFields>({
    signedOn: amendment?.signedOn ?? localIsoDate(new Date()),
    newEndsOn: amendment?.newEndsOn ?? null,
    makesOpenEnded: amendment?.makesOpenEnded ?? false,
    text: amendment?.text ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      if (amendment) await invoke('agreements:updateAmendment', { id: amendment.id, fields });
      else await invoke('agreements:addAmendment', { agreementId, fields });
      notifications.show({ color: 'teal', message: 'Дополнительное соглашение сохранено.' });
      onDone(true);
    } catch (error) {
      setErrors(noticeRefusal(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack>
      <Group grow align="flex-start">
        <DateField
          label="Дата подписания"
          value={fields.signedOn}
          onChange={(d) => setFields({ ...fields, signedOn: d ?? '' })}
          error={errors['signedOn']}
        />
        <Stack gap={6}>
          <DateField
            label="Новая дата окончания договора"
            description="Пусто — срок не меняется"
            value={fields.newEndsOn}
            onChange={(d) => setFields({ ...fields, newEndsOn: d })}
            error={errors['newEndsOn']}
            disabled={fields.makesOpenEnded}
          />
          <Checkbox
            label="Договор становится бессрочным"
            checked={fields.makesOpenEnded}
            onChange={(e) => setFields({ ...fields, makesOpenEnded: e.currentTarget.checked, newEndsOn: null })}
          />
        </Stack>
      </Group>
      <Textarea
        label="Текст дополнительного соглашения"
        description="Каждый абзац с новой строки"
        autosize
        minRows={6}
        value={fields.text}
        onChange={(e) => setFields({ ...fields, text: e.currentTarget.value })}
        error={errors['text']}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(false)}>
          Отмена
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          Сохранить
        </Button>
      </Group>
    </Stack>
  );
}
