import { Text } from '@mantine/core';
import { STAGES, type PartnerDetail, type Stage } from '@contract/partners';
import { invoke } from '../../api/client';
import { useAcademicYear } from '../../app/academic-year';
import { HandSetDialog } from './HandSetForm';
import { STAGE_NAMES } from './labels';
import { StageChecklist } from './StageChecklist';

/** Sets the stage of the chosen academic year by hand, with a reason, or lifts a stage set by hand. */
export function StageDialog({ partner, onClose }: { partner: PartnerDetail; onClose(): void }) {
  const { year } = useAcademicYear();
  const current = partner.standing.stage;
  return (
    <HandSetDialog
      title="Этап взаимодействия"
      initial={String(current.stage)}
      choice={{
        label: 'Этап вручную',
        data: STAGES.map((s) => ({ value: String(s), label: `${s} — ${STAGE_NAMES[s]}` })),
      }}
      reasonRequired="Укажите причину: почему этап устанавливается вручную"
      set={({ value, date, reason }) =>
        invoke('partners:setStage', { id: partner.id, stage: Number(value) as Stage, date, reason, year })
      }
      saved={(after) => `Этап ${year} учебного года установлен вручную: ${after.stage}.`}
      lift={
        current.byHand
          ? {
              run: async () => {
                const after = await invoke('partners:liftStage', { id: partner.id, year });
                return `Этап снова определяется по данным: ${after.stage} этап — ${STAGE_NAMES[after.stage]}.`;
              },
            }
          : null
      }
      failure="Не удалось изменить этап."
      onClose={onClose}
    >
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
    </HandSetDialog>
  );
}
