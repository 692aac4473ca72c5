import { Badge, Button, Group, Select, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconPlayerPlay } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { formatDate } from '@contract/dates';
import {
  DECISION_LABELS,
  DECISIONS,
  RATING_LABELS,
  RATINGS,
  type Decision,
  type PartnerFigures,
  type Rating,
} from '@contract/reviews';
import { invoke } from '../../api/client';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { confirmApplyDecision } from './apply-decision';
import { quoted } from '@contract/quote';

interface Values {
  rating: Rating | null;
  decision: Decision | null;
  prospects: string;
}

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }));
const DECISION_OPTIONS = DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }));

/** The office's rating of a partner, the decision on further cooperation, the prospects; and carrying it out. */
export function DecisionForm({
  year,
  partner,
  readOnly,
}: {
  year: string;
  partner: PartnerFigures;
  readOnly: boolean;
}) {
  const queryClient = useQueryClient();
  const { rating, decision, prospects, appliedOn } = partner.decision;
  const form = useForm<Values>({ mode: 'controlled', initialValues: { rating, decision, prospects } });
  const { submit, saving, dirty } = useRecordDialog({
    form,
    write: (values) => invoke('reviews:saveDecision', { year, partnerId: partner.partnerId, ...values }),
    notice: () => `Решение по партнёру ${quoted(partner.name)} сохранено.`,
    guard: !readOnly,
  });

  const canApply = decision !== null && appliedOn === null;
  return (
    <form onSubmit={submit} noValidate aria-label={`Решение: ${partner.name}`}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Select
          label="Оценка эффективности"
          placeholder="не оценено"
          w={170}
          data={RATING_OPTIONS}
          readOnly={readOnly}
          clearable={!readOnly}
          {...form.getInputProps('rating')}
        />
        <Select
          label="Решение"
          placeholder="не принято"
          w={190}
          data={DECISION_OPTIONS}
          readOnly={readOnly || appliedOn !== null}
          clearable={!readOnly && appliedOn === null}
          {...form.getInputProps('decision')}
        />
        <Textarea
          label="Перспективы сотрудничества"
          placeholder="Что делать вместе в следующем году"
          style={{ flex: 1 }}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={5000}
          readOnly={readOnly}
          {...form.getInputProps('prospects')}
        />
        <Group gap="xs" mt={25} wrap="nowrap">
          {!readOnly && (
            <Button
              type="submit"
              variant={dirty ? 'filled' : 'default'}
              leftSection={<IconDeviceFloppy size={16} />}
              loading={saving}
              disabled={!dirty}
            >
              Сохранить
            </Button>
          )}
          {appliedOn !== null ? (
            <Badge color="teal" variant="light" size="lg" data-testid="decision-applied">
              выполнено {formatDate(appliedOn)}
            </Badge>
          ) : (
            canApply && (
              <Tooltip label="Сначала сохраните изменения" disabled={!dirty}>
                <Button
                  variant="light"
                  color={decision === 'end' ? 'red' : 'teal'}
                  leftSection={<IconPlayerPlay size={16} />}
                  disabled={dirty}
                  onClick={() => void confirmApplyDecision(year, partner, () => queryClient.invalidateQueries())}
                >
                  Выполнить решение
                </Button>
              </Tooltip>
            )
          )}
        </Group>
      </Group>
    </form>
  );
}
