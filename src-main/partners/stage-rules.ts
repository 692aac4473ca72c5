import type { StageCheck } from '../contract/partners';

/** What the other sections know of a partner, for its stage. */
export interface StageFacts {
  formsCount: number;
  agreementInForce: boolean;
  /** Items of the year's plan with this partner. */
  planItems: number;
  /** Events with this partner marked held, in any year. */
  heldEvents: number;
  year: string;
}

/** Where the facts of a stage come from; each section answers for its own data. */
export interface StageFactsSource {
  agreementInForce(partnerId: number): boolean;
  planItems(partnerId: number, year: string): number;
  heldEvents(partnerId: number): number;
}

/**
 * What the data must show before a partner counts as being at a stage. A check whose data lives in a
 * section the app does not have yet is never met, and says which section will bring it.
 */
export function stageChecks(facts: StageFacts): StageCheck[] {
  return [
    { stage: 2, label: 'Выбраны формы взаимодействия', met: facts.formsCount > 0, pending: null },
    { stage: 2, label: 'Действует договор о сотрудничестве', met: facts.agreementInForce, pending: null },
    {
      stage: 2,
      label: `В плане на ${facts.year} учебный год есть мероприятия с партнёром`,
      met: facts.planItems > 0,
      pending: null,
    },
    { stage: 3, label: 'Проведено хотя бы одно совместное мероприятие', met: facts.heldEvents > 0, pending: null },
    { stage: 4, label: 'Подведены итоги учебного года', met: false, pending: 'Итоги появятся в разделе «Анализ»' },
  ];
}

/** The checks that stand between a partner and the stage asked for. */
export function missingFor(checks: readonly StageCheck[], stage: number): StageCheck[] {
  return checks.filter((c) => c.stage <= stage && !c.met);
}
