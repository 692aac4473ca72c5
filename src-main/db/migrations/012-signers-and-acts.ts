import type { Migration } from '../migration';

/** The preamble the built-in templates had up to version 11, which avoided declining the signers. */
const OLD_PREAMBLE =
  '{{школа.полное_наименование}} (далее — Школа), от имени которой на основании Устава действует ' +
  '{{школа.должность_директора}} {{школа.директор}}, и {{партнёр.полное_наименование}} (далее — Партнёр), ' +
  'от имени которого на основании {{партнёр.основание}} действует {{партнёр.должность_руководителя}} ' +
  '{{партнёр.руководитель}}, именуемые в дальнейшем «Стороны»';

/** The preamble from this version: the signers in the genitive, each with the basis of authority. */
const NEW_PREAMBLE =
  '{{школа.полное_наименование}} (далее — Школа) в лице {{школа.в_лице}}, и {{партнёр.полное_наименование}} ' +
  '(далее — Партнёр) в лице {{партнёр.в_лице}}, именуемые в дальнейшем «Стороны»';

/**
 * Signers as contracts name them, and numbered acts.
 * - A partner's head: the office's correction of the declined name and position (empty: declined by the app), and
 *   the power of attorney (number, date) the head acts by.
 * - The acts of partners' resources («Акт приёма-передачи», «Акт возврата»): the number an act is given when first
 *   issued, kept from then on; unique in the store.
 * - The analytic report's number, given when the review is approved.
 * - Templates whose preamble is still the old one word for word get the new one; a preamble the office rewrote, and
 *   every agreement's own text, stay as they are.
 */
export const signersAndActs: Migration = {
  version: 12,
  name: 'signers declined with their basis of authority, numbered acts of loans, the analytic report number',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN head_name_genitive TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_position_genitive TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_attorney_number TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_attorney_date TEXT;

      CREATE TABLE loan_acts (
        loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,
        variant TEXT NOT NULL CHECK (variant IN ('receipt', 'return')),
        number TEXT NOT NULL,
        -- The number as compared: lower case, no spaces.
        number_key TEXT NOT NULL UNIQUE,
        issued_at TEXT NOT NULL,
        PRIMARY KEY (loan_id, variant)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE reviews ADD COLUMN approval_number TEXT NOT NULL DEFAULT '';
    `);
    db.prepare('UPDATE agreement_templates SET body = replace(body, ?, ?) WHERE instr(body, ?) > 0').run(
      OLD_PREAMBLE,
      NEW_PREAMBLE,
      OLD_PREAMBLE,
    );
  },
};
