import { SimpleGrid, Text } from '@mantine/core';
import { planExtrasText, surveyResponseText } from '@contract/review-text';
import type { IndicatorKey, Review } from '@contract/reviews';
import { indicatorOf } from './reviews-text';
import { IndicatorCard } from './IndicatorCard';
import type { MembersTarget } from './MembersDrawer';

/** A card per indicator of the year; a click shows what makes up its figure. */
export function IndicatorsTab({ review, onMembers }: { review: Review; onMembers(target: MembersTarget): void }) {
  const targets = new Map(review.targets.map((t) => [t.indicator, t.target]));
  const { plan, participation, survey } = review.figures;
  const notes: Partial<Record<IndicatorKey, string | null>> = {
    planFulfilment: planExtrasText(plan),
    satisfaction: surveyResponseText(survey),
  };
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Каждый показатель — «m из N»: что считается в числителе и знаменателе, сказано под цифрой. Нажмите на карточку,
        чтобы увидеть мероприятия и записи, из которых складывается показатель.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="indicator-cards">
        {review.figures.indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.key}
            indicator={indicator}
            previous={indicatorOf(review.previous, indicator.key)}
            target={targets.get(indicator.key) ?? null}
            note={notes[indicator.key] ?? null}
            onOpen={() => onMembers({ key: indicator.key, indicator })}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" mt="md" data-testid="participation">
        Участники проведённых мероприятий (по итогам мероприятий): обучающихся — {participation.pupils}, родителей —{' '}
        {participation.parents}, педагогов — {participation.teachers}.
      </Text>
    </>
  );
}
