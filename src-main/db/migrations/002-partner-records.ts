import type { Migration } from '../migration';

export const partnerRecords: Migration = {
  version: 2,
  name: 'partner requisites, contacts, stage history, form-task links, search text, deleted records',
  up(db) {
    db.exec(`
      ALTER TABLE partners ADD COLUMN legal_form TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN inn TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN kpp TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN ogrn TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN legal_address TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_position TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN head_basis TEXT NOT NULL DEFAULT '';
      ALTER TABLE partners ADD COLUMN website TEXT NOT NULL DEFAULT '';
      -- Names, contacts, forms and effects folded to lower case in JavaScript (Unicode-aware, ё as е):
      -- SQLite's own lower() and LIKE fold ASCII only.
      ALTER TABLE partners ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      CREATE INDEX partners_by_inn ON partners (inn) WHERE inn <> '';

      CREATE TABLE partner_contacts (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        UNIQUE (partner_id, position)
      ) STRICT;

      CREATE TABLE partner_form_tasks (
        form_id INTEGER NOT NULL REFERENCES partner_forms (id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES program_items (id) ON DELETE CASCADE,
        PRIMARY KEY (form_id, task_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE partner_stage_history (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        from_stage INTEGER CHECK (from_stage BETWEEN 1 AND 4),
        to_stage INTEGER NOT NULL CHECK (to_stage BETWEEN 1 AND 4),
        date TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX partner_stage_history_by_partner ON partner_stage_history (partner_id);

      -- What a user deleted, kept whole so that the deletion can be undone.
      CREATE TABLE deleted_records (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        payload TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
