import type { StageCheck } from '../contract/partners';

/** What the other sections know of a partner, for its stage. */
export interface StageFacts {
  formsCount: number;
  agreementInForce: boolean;
  /** Items of the year's plan with this partner. */
  planItems: number;
  /** Events with this partner marked held, in any year. */
  heldEvents: number;
  /** Whether the year's review rates the partner and records a decision on further cooperation. */
  reviewDecision: boolean;
  year: string;
}

/** Where the facts of a stage come from; each section answers for its own data. */
export interface StageFactsSource {
  agreementInForce(partnerId: number): boolean;
  planItems(partnerId: number, year: string): number;
  heldEvents(partnerId: number): number;
  reviewDecision(partnerId: number, year: string): boolean;
}

/** What the data must show before a partner counts as being at a stage. */
export function stageChecks(facts: StageFacts): StageCheck[] {
  return [
    { stage: 2, label: 'Выбраны формы взаимодействия', met: facts.formsCount > 0 },
    { stage: 2, label: 'Действует договор о сотрудничестве', met: facts.agreementInForce },
    {
      stage: 2,
      label: `В плане на ${facts.year} учебный год есть мероприятия с партнёром`,
      met: facts.planItems > 0,
    },
    { stage: 3, label: 'Проведено хотя бы одно совместное мероприятие', met: facts.heldEvents > 0 },
    {
      stage: 4,
      label: `Подведены итоги ${facts.year} учебного года: оценка и решение в разделе «Анализ»`,
      met: facts.reviewDecision,
    },
  ];
}

/** The checks that stand between a partner and the stage asked for. */
export function missingFor(checks: readonly StageCheck[], stage: number): StageCheck[] {
  return checks.filter((c) => c.stage <= stage && !c.met);
}
