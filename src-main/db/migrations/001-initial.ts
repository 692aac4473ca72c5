import type { Migration } from '../migration';

export const initial: Migration = {
  version: 1,
  name: 'program model, partner categories, partners with forms and effects',
  up(db) {
    db.exec(`
      CREATE TABLE program (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        goal TEXT NOT NULL
      ) STRICT;

      CREATE TABLE program_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('task', 'principle', 'venue', 'lendable_resource', 'staff_development_form')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (kind, position)
      ) STRICT;

      CREATE TABLE stages (
        n INTEGER PRIMARY KEY CHECK (n BETWEEN 1 AND 4),
        name TEXT NOT NULL,
        content TEXT NOT NULL
      ) STRICT;

      CREATE TABLE partner_categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (length(full_name) > 0),
        short_name TEXT NOT NULL DEFAULT '',
        category_id INTEGER NOT NULL REFERENCES partner_categories (id),
        status TEXT NOT NULL DEFAULT 'potential' CHECK (status IN ('potential', 'active', 'suspended', 'former')),
        stage INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 1 AND 4),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX partners_by_category ON partners (category_id);

      CREATE TABLE partner_forms (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (partner_id, position)
      ) STRICT;

      CREATE TABLE partner_effects (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (partner_id, position)
      ) STRICT;
    `);
  },
};
