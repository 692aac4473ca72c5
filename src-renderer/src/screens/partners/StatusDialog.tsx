import { Text } from '@mantine/core';
import { formatDate } from '@contract/dates';
import { PARTNER_STATUSES, PARTNER_STATUS_LABELS, type PartnerDetail } from '@contract/partners';
import { invoke } from '../../api/client';
import { HandSetDialog } from './HandSetForm';

const said = (after: PartnerDetail) => `Статус партнёра: ${PARTNER_STATUS_LABELS[after.status]}.`;

/** Sets the partner's status by hand, with a reason, or lifts a status set by hand. */
export function StatusDialog({ partner, onClose }: { partner: PartnerDetail; onClose(): void }) {
  const { derivedStatus, statusEvidence, statusByHand } = partner.standing;
  return (
    <HandSetDialog
      title="Статус партнёра"
      initial={partner.status}
      choice={{
        label: 'Статус вручную',
        data: PARTNER_STATUSES.map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] })),
      }}
      reasonRequired="Укажите причину: почему статус устанавливается вручную"
      set={({ value, date, reason }) => invoke('partners:setStatus', { id: partner.id, status: value, date, reason })}
      saved={said}
      lift={statusByHand ? { run: async () => said(await invoke('partners:liftStatus', { id: partner.id })) } : null}
      failure="Не удалось изменить статус."
      onClose={onClose}
    >
      <Text size="sm">
        По договорам: {PARTNER_STATUS_LABELS[derivedStatus].toLowerCase()} — {statusEvidence}.
      </Text>
      {statusByHand && (
        <Text size="sm" c="orange.9">
          Установлен вручную {formatDate(statusByHand.setOn)}:{' '}
          {PARTNER_STATUS_LABELS[statusByHand.status].toLowerCase()} — {statusByHand.reason}
        </Text>
      )}
    </HandSetDialog>
  );
}
