import { levelOfClass } from '@contract/classes';
import type { PlanItem } from '@contract/plans';
import { countOf } from '../../format';

export const ITEM_FORMS = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
export const EVENT_FORMS = ['событие', 'события', 'событий'] as const;

/** Whether the item is meant for pupils of a level: the level itself or one of its classes. */
export function servesLevel(item: Pick<PlanItem, 'participants'>, level: string): boolean {
  return item.participants.some(
    (p) => (p.kind === 'level' && p.value === level) || (p.kind === 'class' && levelOfClass(p.value) === level),
  );
}

/** «7 мероприятий, проведено 3»: items in a group and those with at least one held event. */
export function groupCountText(items: readonly PlanItem[]): string {
  const held = items.filter((i) => i.heldCount > 0).length;
  return `${countOf(items.length, ITEM_FORMS)}, проведено ${held}`;
}
