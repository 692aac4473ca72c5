import type { Migration } from '../migration';

export const reviews: Migration = {
  version: 6,
  name: 'the annual effectiveness review: targets, decisions per partner, texts, approval with a snapshot',
  up(db) {
    db.exec(`
      -- The review of one academic year: the office's own texts, and its approval. An approved review keeps
      -- the figures it was approved with (JSON), so later changes to the year's data can be shown.
      CREATE TABLE reviews (
        year TEXT PRIMARY KEY,
        conclusions TEXT NOT NULL DEFAULT '',
        next_tasks TEXT NOT NULL DEFAULT '',
        approved_on TEXT,
        approved_by TEXT NOT NULL DEFAULT '',
        snapshot TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((approved_on IS NULL) = (snapshot IS NULL))
      ) STRICT, WITHOUT ROWID;

      -- The office's target for an indicator in a year: a percent (0–100), or an index (0–1) for satisfaction.
      CREATE TABLE review_targets (
        year TEXT NOT NULL,
        indicator TEXT NOT NULL,
        target REAL NOT NULL CHECK (target >= 0),
        PRIMARY KEY (year, indicator)
      ) STRICT, WITHOUT ROWID;

      -- The office's rating of a partner's effectiveness in a year and its decision on further cooperation.
      CREATE TABLE review_decisions (
        year TEXT NOT NULL,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        rating TEXT CHECK (rating IN ('high', 'medium', 'low')),
        decision TEXT CHECK (decision IN ('continue', 'expand', 'revise', 'end')),
        prospects TEXT NOT NULL DEFAULT '',
        -- When the decision was carried out (the partner moved on to next year's stage 2, or the partnership ended).
        applied_on TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, partner_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX review_decisions_by_partner ON review_decisions (partner_id);
    `);
  },
};
