import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDate } from '@contract/dates';
import { PARTNER_STATUSES, PARTNER_STATUS_LABELS, type PartnerDetail, type PartnerStatus } from '@contract/partners';
import { useApiMutation } from '../../api/queries';
import { HandSetForm, useHandSet } from './HandSetForm';

/** Sets the partner's status by hand, with a reason, or lifts a status set by hand. */
export function StatusDialog({ partner, onDone }: { partner: PartnerDetail; onDone(): void }) {
  const { derivedStatus, statusEvidence, statusByHand } = partner.standing;
  const [status, setStatus] = useState<PartnerStatus>(partner.status);
  const form = useHandSet('Не удалось изменить статус.');
  const save = useApiMutation('partners:setStatus');
  const lift = useApiMutation('partners:liftStatus');

  const done = (after: PartnerDetail) => {
    notifications.show({ color: 'teal', message: `Статус партнёра: ${PARTNER_STATUS_LABELS[after.status]}.` });
    onDone();
  };

  return (
    <Stack>
      <Text size="sm">
        По договорам: {PARTNER_STATUS_LABELS[derivedStatus].toLowerCase()} — {statusEvidence}.
      </Text>
      {statusByHand && (
        <Text size="sm" c="orange.9">
          Установлен вручную {formatDate(statusByHand.setOn)}:{' '}
          {PARTNER_STATUS_LABELS[statusByHand.status].toLowerCase()} — {statusByHand.reason}
        </Text>
      )}
      <HandSetForm
        form={form}
        choice={{
          label: 'Статус вручную',
          data: PARTNER_STATUSES.map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] })),
          value: status,
          onChange: (value) => setStatus(value as PartnerStatus),
        }}
        byHand={statusByHand !== null}
        lifting={lift.isPending}
        onLift={() => void form.run(async () => done(await lift.mutateAsync({ id: partner.id })))}
        saving={save.isPending}
        onSave={() =>
          void form.run(async () =>
            done(await save.mutateAsync({ id: partner.id, status, date: form.date, reason: form.reason })),
          )
        }
        onCancel={onDone}
      />
    </Stack>
  );
}
