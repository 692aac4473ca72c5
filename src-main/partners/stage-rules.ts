import type { StageCheck } from '../contract/partners';

interface StageFacts {
  formsCount: number;
  agreementInForce: boolean;
  year: string;
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
      met: false,
      pending: 'План появится в разделе «План»',
    },
    {
      stage: 3,
      label: 'Проведено хотя бы одно совместное мероприятие',
      met: false,
      pending: 'Мероприятия появятся в разделе «Календарь»',
    },
    { stage: 4, label: 'Подведены итоги учебного года', met: false, pending: 'Итоги появятся в разделе «Анализ»' },
  ];
}

/** The checks that stand between a partner and the stage asked for. */
export function missingFor(checks: readonly StageCheck[], stage: number): StageCheck[] {
  return checks.filter((c) => c.stage <= stage && !c.met);
}
