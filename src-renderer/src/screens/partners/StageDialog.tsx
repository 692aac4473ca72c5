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

/** Sets the stage of the chosen academic year by hand, with a reason, or lifts a stage set by hand. */
export function StageDialog({ partner, onDone }: { partner: PartnerDetail; onDone(): void }) {
  const { year } = useAcademicYear();
  const current = partner.standing.stage;
  const [stage, setStage] = useState<string>(String(current.stage));
  const [date, setDate] = useState(localIsoDate(new Date()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useApiMutation('partners:setStage');
  const lift = useApiMutation('partners:liftStage');

  const refused = (error: unknown) => {
    setErrors(error instanceof ApiError ? error.fields : {});
    setMessage(error instanceof ApiError ? error.message : 'Не удалось изменить этап.');
  };
  const submit = async () => {
    try {
      await save.mutateAsync({ id: partner.id, stage: Number(stage) as Stage, date, reason, year });
      notifications.show({ color: 'teal', message: `Этап ${year} учебного года установлен вручную: ${stage}.` });
      onDone();
    } catch (error) {
      refused(error);
    }
  };
  const liftHand = async () => {
    try {
      const after = await lift.mutateAsync({ id: partner.id, year });
      notifications.show({
        color: 'teal',
        message: `Этап снова определяется по данным: ${after.stage} этап — ${STAGE_NAMES[after.stage]}.`,
      });
      onDone();
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Stack>
      <Text size="sm">
        По данным {year} учебного года: {current.derived} этап — {STAGE_NAMES[current.derived]}. Основание:{' '}
        {current.evidence}.
      </Text>
      {current.byHand && (
        <Text size="sm" c="orange.9">
          Установлен вручную: {current.byHand.stage} этап — {current.byHand.reason}
        </Text>
      )}
      <StageChecklist checks={partner.stageChecks} />
      <Text size="sm" c="dimmed">
        Этап, установленный вручную, показывается вместо определённого по данным, пока его не снимут.
      </Text>
      <Group grow align="flex-start">
        <Select
          label="Этап вручную"
          data={STAGES.map((s) => ({ value: String(s), label: `${s} — ${STAGE_NAMES[s]}` }))}
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
        label="Причина"
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors['reason']}
      />
      {message && (
        <Text size="sm" c="red" role="alert">
          {message}
        </Text>
      )}
      <Group justify="space-between">
        <div>
          {current.byHand && (
            <Button variant="light" color="orange" onClick={() => void liftHand()} loading={lift.isPending}>
              Снять ручную установку
            </Button>
          )}
        </div>
        <Group>
          <Button variant="default" onClick={onDone}>
            Отмена
          </Button>
          <Button onClick={() => void submit()} loading={save.isPending}>
            Установить вручную
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
