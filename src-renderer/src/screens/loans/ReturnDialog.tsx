import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { formatDate } from '@contract/dates';
import type { LoanSummary } from '@contract/loans';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { QueryState } from '../../components/QueryState';
import { periodText } from './labels';
import { DateField } from '../../components/DateField';

interface Props {
  loan: LoanSummary;
  onClose(): void;
}

function ReturnForm({ loan, condition, remarks, onClose }: Props & { condition: string; remarks: string }) {
  const [returnedOn, setReturnedOn] = useState(loan.returnedOn ?? localIsoDate(new Date()));
  const [values, setValues] = useState({ condition, remarks });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mark = useApiMutation('loans:markReturned');

  const save = async () => {
    if (!returnedOn) {
      setErrors({ returnedOn: 'Укажите дату возврата' });
      return;
    }
    try {
      const saved = await mark.mutateAsync({ id: loan.id, returnedOn, ...values });
      notifications.show({
        color: 'teal',
        title: 'Возврат отмечен',
        message:
          saved.term.status === 'returnedLate'
            ? `Предметы возвращены позже срока: вернуть нужно было до ${formatDate(loan.dueOn)}.`
            : 'Предметы возвращены партнёру в срок.',
      });
      onClose();
    } catch (error) {
      setErrors(noticeRefusal(error));
    }
  };

  return (
    <Stack>
      <Text size="sm">
        {loan.partnerName}: {loan.itemsSummary}. Срок пользования: {periodText(loan.receivedOn, loan.dueOn)}.
      </Text>
      <DateField
        label="Дата возврата"
        required
        w={220}
        min={loan.receivedOn}
        value={returnedOn}
        onChange={(value) => setReturnedOn(value ?? '')}
        error={errors['returnedOn']}
        autofocus
      />
      <Textarea
        label="Состояние при возврате"
        placeholder="Без повреждений"
        autosize
        minRows={2}
        maxLength={1000}
        value={values.condition}
        onChange={(e) => setValues({ ...values, condition: e.currentTarget.value })}
        error={errors['condition']}
      />
      <Textarea
        label="Замечания"
        description="Что повреждено или не возвращено; пусто — замечаний нет"
        autosize
        minRows={2}
        maxLength={2000}
        value={values.remarks}
        onChange={(e) => setValues({ ...values, remarks: e.currentTarget.value })}
        error={errors['remarks']}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Отмена
        </Button>
        <Button leftSection={<IconArrowBackUp size={16} />} onClick={() => void save()} loading={mark.isPending}>
          {loan.returnedOn ? 'Сохранить возврат' : 'Отметить возврат'}
        </Button>
      </Group>
    </Stack>
  );
}

/** A recorded return keeps its condition and remarks; they are read from the loan itself. */
function RecordedReturn({ loan, onClose }: Props) {
  const detail = useApiQuery('loans:get', { id: loan.id });
  return (
    <QueryState query={detail}>
      {(d) => <ReturnForm loan={loan} condition={d.returnCondition} remarks={d.returnRemarks} onClose={onClose} />}
    </QueryState>
  );
}

/** Records that the school gave the items back: the date, their condition and any remarks; or corrects it. */
export function ReturnDialog({ loan, onClose }: Props) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={loan.returnedOn ? 'Возврат партнёру' : 'Отметить возврат партнёру'}
      size="lg"
    >
      {loan.returnedOn ? (
        <RecordedReturn loan={loan} onClose={onClose} />
      ) : (
        <ReturnForm loan={loan} condition="" remarks="" onClose={onClose} />
      )}
    </Modal>
  );
}
