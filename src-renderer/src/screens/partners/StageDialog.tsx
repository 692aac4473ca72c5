import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { STAGES, type PartnerDetail, type Stage } from '@contract/partners';
import { useApiMutation } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { HandSetForm, useHandSet } from './HandSetForm';
import { STAGE_NAMES } from './labels';
import { StageChecklist } from './StageChecklist';

/** Sets the stage of the chosen academic year by hand, with a reason, or lifts a stage set by hand. */
export function StageDialog({ partner, onDone }: { partner: PartnerDetail; onDone(): void }) {
  const { year } = useAcademicYear();
  const current = partner.standing.stage;
  const [stage, setStage] = useState<string>(String(current.stage));
  const form = useHandSet('Не удалось изменить этап.');
  const save = useApiMutation('partners:setStage');
  const lift = useApiMutation('partners:liftStage');

  const submit = () =>
    form.run(async () => {
      await save.mutateAsync({
        id: partner.id,
        stage: Number(stage) as Stage,
        date: form.date,
        reason: form.reason,
        year,
      });
      notifications.show({ color: 'teal', message: `Этап ${year} учебного года установлен вручную: ${stage}.` });
      onDone();
    });
  const liftHand = () =>
    form.run(async () => {
      const after = await lift.mutateAsync({ id: partner.id, year });
      notifications.show({
        color: 'teal',
        message: `Этап снова определяется по данным: ${after.stage} этап — ${STAGE_NAMES[after.stage]}.`,
      });
      onDone();
    });

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
      <HandSetForm
        form={form}
        choice={{
          label: 'Этап вручную',
          data: STAGES.map((s) => ({ value: String(s), label: `${s} — ${STAGE_NAMES[s]}` })),
          value: stage,
          onChange: setStage,
        }}
        byHand={current.byHand !== null}
        lifting={lift.isPending}
        onLift={() => void liftHand()}
        saving={save.isPending}
        onSave={() => void submit()}
        onCancel={onDone}
      />
    </Stack>
  );
}
