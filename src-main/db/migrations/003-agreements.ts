import type { Migration } from '../migration';

export const agreements: Migration = {
  version: 3,
  name: 'agreements, amendments, agreement templates, attachments',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('cooperation', 'network', 'other')),
        body TEXT NOT NULL,
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        type TEXT NOT NULL CHECK (type IN ('cooperation', 'network', 'other')),
        number TEXT NOT NULL,
        -- The number folded in JavaScript (case, spaces), kept unique below.
        number_key TEXT NOT NULL,
        city TEXT NOT NULL DEFAULT '',
        signed_on TEXT,
        starts_on TEXT,
        ends_on TEXT,
        prolongation TEXT NOT NULL DEFAULT 'none' CHECK (prolongation IN ('none', 'auto', 'byAgreement')),
        prolongation_years INTEGER NOT NULL DEFAULT 1 CHECK (prolongation_years BETWEEN 1 AND 10),
        notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days BETWEEN 0 AND 365),
        responsible TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        school_obligations TEXT NOT NULL DEFAULT '',
        partner_obligations TEXT NOT NULL DEFAULT '',
        safety_responsibility TEXT NOT NULL DEFAULT '',
        appendices TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        template_id INTEGER REFERENCES agreement_templates (id) ON DELETE SET NULL,
        terminated_on TEXT,
        termination_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      ) STRICT;
      -- Numbers are unique whatever their case and spaces: «сп-2026-1» and «СП-2026-1» are one number.
      CREATE UNIQUE INDEX agreements_number ON agreements (number_key);
      CREATE INDEX agreements_by_partner ON agreements (partner_id);
      CREATE INDEX agreements_by_end ON agreements (ends_on);

      CREATE TABLE agreement_amendments (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        signed_on TEXT NOT NULL,
        new_ends_on TEXT,
        makes_open_ended INTEGER NOT NULL DEFAULT 0 CHECK (makes_open_ended IN (0, 1)),
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (agreement_id, number)
      ) STRICT;

      -- Files the app keeps in its data directory under names it makes itself.
      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        owner_kind TEXT NOT NULL,
        owner_id INTEGER NOT NULL,
        stored_name TEXT NOT NULL UNIQUE,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_owner ON attachments (owner_kind, owner_id);
    `);
  },
};
