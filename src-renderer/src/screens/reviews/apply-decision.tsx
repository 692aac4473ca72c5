import { Alert, List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { localIsoDate } from '@contract/academic-year';
import { DECISION_LABELS, type PartnerFigures } from '@contract/reviews';
import { invoke } from '../../api/client';
import { runAction } from '../../components/confirm-action';
import { noticeRefusal } from '../../components/notices';
import { quoted } from '@contract/quote';

/**
 * Reads what carrying out the partner's decision will do, shows it step by step (in red for «прекратить»), and
 * carries it out today once confirmed.
 */
export async function confirmApplyDecision(year: string, partner: PartnerFigures, afterApply: () => unknown) {
  let effects;
  try {
    effects = await invoke('reviews:decisionEffects', { year, partnerId: partner.partnerId });
  } catch (error) {
    noticeRefusal(error, 'Не выполнено', 'Не удалось узнать, что сделает решение.');
    return;
  }
  const ending = effects.decision === 'end';
  const label = DECISION_LABELS[effects.decision];
  modals.openConfirmModal({
    title: ending ? 'Прекратить сотрудничество?' : `Выполнить решение ${quoted(label)}?`,
    size: 'lg',
    children: (
      <Alert color={ending ? 'red' : 'teal'} variant="light" title={partner.name}>
        <Text size="sm" mb="xs">
          Решение {quoted(label)} по итогам {year} учебного года. Будет сделано:
        </Text>
        <List size="sm" spacing={4}>
          {effects.steps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </Alert>
    ),
    labels: { confirm: ending ? 'Прекратить сотрудничество' : 'Выполнить', cancel: 'Отмена' },
    confirmProps: { color: ending ? 'red' : 'teal' },
    onConfirm: () =>
      runAction(
        {
          run: () =>
            invoke('reviews:applyDecision', { year, partnerId: partner.partnerId, date: localIsoDate(new Date()) }),
          done: `Решение ${quoted(label)} по партнёру ${quoted(partner.name)} выполнено.`,
          failTitle: 'Не выполнено',
          failText: 'Не удалось выполнить решение.',
        },
        afterApply,
      ),
  });
}
