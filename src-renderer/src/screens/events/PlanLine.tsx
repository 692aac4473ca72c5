import { Anchor, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { EventPlan } from '@contract/events';
import { useAcademicYear } from '../../app/academic-year';

/** Where an event comes from: its plan item (with who is responsible), or nowhere — an event outside the plan. */
export function PlanLine({ plan, onOpenPlan }: { plan: EventPlan | null; onOpenPlan(): void }) {
  const navigate = useNavigate();
  const { setYear } = useAcademicYear();
  if (plan === null) {
    return (
      <Text size="sm" c="dimmed" data-testid="event-plan">
        Вне плана: мероприятия нет в плане совместной деятельности.
      </Text>
    );
  }
  const responsible = [
    plan.responsibleSchool && `от школы — ${plan.responsibleSchool}`,
    plan.responsiblePartner && `от партнёра — ${plan.responsiblePartner}`,
  ].filter(Boolean);
  return (
    <Text size="sm" data-testid="event-plan">
      Из плана на {plan.year} учебный год
      {responsible.length > 0 && ` · ответственные: ${responsible.join('; ')}`}
      {' · '}
      <Anchor
        component="button"
        size="sm"
        onClick={() => {
          setYear(plan.year);
          onOpenPlan();
          navigate('/plan');
        }}
      >
        Открыть план
      </Anchor>
    </Text>
  );
}
