import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { STAGES, type PartnerDetail, type Stage } from '@contract/partners';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { STAGE_NAMES } from './labels';
import { StageChecklist } from './StageChecklist';

export function StageDialog({ partner, onDone }: { partner: PartnerDetail; onDone(): void }) {
  const { year } = useAcademicYear();
  const [stage, setStage] = useState<string>(String(Math.min(partner.stage + 1, 4)));
  const [date, setDate] = useState(localIsoDate(new Date()));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useApiMutation('partners:setStage');

  const submit = async () => {
    try {
      await save.mutateAsync({ id: partner.id, stage: Number(stage) as Stage, date, comment, year });
      notifications.show({ color: 'teal', message: `Партнёр переведён на ${stage} этап.` });
      onDone();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setMessage(error instanceof ApiError ? error.message : 'Не удалось изменить этап.');
    }
  };

  return (
    <Stack>
      <Text size="sm">
        Сейчас: {partner.stage} этап — {STAGE_NAMES[partner.stage]}
      </Text>
      <StageChecklist checks={partner.stageChecks} />
      <Group grow align="flex-start">
        <Select
          label="Новый этап"
          data={STAGES.map((s) => ({
            value: String(s),
            label: `${s} — ${STAGE_NAMES[s]}`,
            disabled: s === partner.stage,
          }))}
          value={stage}
          onChange={(value) => value && setStage(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label="Дата"
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors['date']}
        />
      </Group>
      <Textarea
        label="Комментарий"
        autosize
        minRows={2}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={errors['comment']}
      />
      {message && (
        <Text size="sm" c="red" role="alert">
          {message}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Отмена
        </Button>
        <Button onClick={() => void submit()} loading={save.isPending}>
          Сохранить
        </Button>
      </Group>
    </Stack>
  );
}
