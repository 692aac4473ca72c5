import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { formatDate } from '@contract/dates';
import { PARTNER_STATUSES, PARTNER_STATUS_LABELS, type PartnerDetail, type PartnerStatus } from '@contract/partners';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/queries';

/** Sets the partner's status by hand, with a reason, or lifts a status set by hand. */
export function StatusDialog({ partner, onDone }: { partner: PartnerDetail; onDone(): void }) {
  const { derivedStatus, statusEvidence, statusByHand } = partner.standing;
  const [status, setStatus] = useState<PartnerStatus>(partner.status);
  const [date, setDate] = useState(localIsoDate(new Date()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useApiMutation('partners:setStatus');
  const lift = useApiMutation('partners:liftStatus');

  const run = async (action: () => Promise<PartnerDetail>) => {
    try {
      const after = await action();
      notifications.show({ color: 'teal', message: `Статус партнёра: ${PARTNER_STATUS_LABELS[after.status]}.` });
      onDone();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setMessage(error instanceof ApiError ? error.message : 'Не удалось изменить статус.');
    }
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
      <Group grow align="flex-start">
        <Select
          label="Статус вручную"
          data={PARTNER_STATUSES.map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] }))}
          value={status}
          onChange={(value) => value && setStatus(value as PartnerStatus)}
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
          {statusByHand && (
            <Button
              variant="light"
              color="orange"
              loading={lift.isPending}
              onClick={() => void run(() => lift.mutateAsync({ id: partner.id }))}
            >
              Снять ручную установку
            </Button>
          )}
        </div>
        <Group>
          <Button variant="default" onClick={onDone}>
            Отмена
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => void run(() => save.mutateAsync({ id: partner.id, status, date, reason }))}
          >
            Установить вручную
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
