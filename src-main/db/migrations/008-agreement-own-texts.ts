import type { Migration } from '../migration';

/**
 * From this version an agreement's `text` is its own text, edited by hand, and an empty one means «print the
 * template, rendered from the card at that moment». Every text a store already holds was filled from its template
 * when the draft was made and may have been edited and printed since: it is kept, word for word, as the agreement's
 * own text, so that nothing a school printed changes silently (its passages that contradict the card are shown, and
 * brought in line only when the office asks). A text of nothing but spaces was never a text: it follows the
 * template from now on.
 */
export const agreementOwnTexts: Migration = {
  version: 8,
  name: 'agreements: existing texts kept as their own hand-edited texts; an empty text follows the template',
  up(db) {
    db.exec(`UPDATE agreements SET text = '' WHERE text <> '' AND trim(text, ' ' || char(9, 10, 13)) = ''`);
  },
};
