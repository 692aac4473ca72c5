import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRubberStamp } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { localIsoDate } from '@contract/academic-year';
import type { SchoolProfile } from '@contract/settings';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { DateField } from '../../components/DateField';

/** «Директор Иванова И. И.» from the school profile, to start with. */
function directorOf(school: SchoolProfile | undefined): string {
  return [school?.directorPosition, school?.directorName].filter(Boolean).join(' ');
}

function ApproveForm({ year, approver, onClose }: { year: string; approver: string; onClose(): void }) {
  const approve = useApiMutation('reviews:approve');
  const [approvedBy, setApprovedBy] = useState(approver);
  const [date, setDate] = useState<string | null>(localIsoDate(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return setErrors({ date: 'Укажите дату утверждения' });
    try {
      await approve.mutateAsync({ year, approvedBy: approvedBy.trim(), date });
      notifications.show({
        color: 'teal',
        title: 'Утверждено',
        message: `Аналитическая справка за ${year} учебный год утверждена: её цифры зафиксированы.`,
      });
      onClose();
    } catch (error) {
      setErrors(noticeRefusal(error, 'Не утверждено', 'Не удалось утвердить справку.'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Text size="sm">
          Утверждённая справка хранит цифры на день утверждения: если данные потом изменятся, программа покажет, что
          именно изменилось. Цели, решения и тексты справки до открытия для изменений не редактируются.
        </Text>
        <TextInput
          label="Кто утверждает"
          description="Должность и ФИО"
          placeholder="Директор Иванова И. И."
          value={approvedBy}
          onChange={(event) => setApprovedBy(event.currentTarget.value)}
          maxLength={200}
          error={errors.approvedBy}
        />
        <DateField label="Дата утверждения *" value={date} onChange={setDate} error={errors.date} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Отмена
          </Button>
          <Button type="submit" leftSection={<IconRubberStamp size={18} />} loading={approve.isPending}>
            Утвердить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Approving the year's review: who approves and on which day. */
export function ApproveDialog({ year, onClose }: { year: string; onClose(): void }) {
  const settings = useApiQuery('settings:get', {});
  return (
    <Modal opened onClose={onClose} title={`Утверждение аналитической справки за ${year} учебный год`} size={560}>
      {settings.isPending ? null : (
        <ApproveForm year={year} approver={directorOf(settings.data?.school)} onClose={onClose} />
      )}
    </Modal>
  );
}
