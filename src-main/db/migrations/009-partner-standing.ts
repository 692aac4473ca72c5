import { academicYearBounds, academicYearOf, localIsoDate } from '../../contract/academic-year';
import type { Migration } from '../migration';

const KEPT_REASON = 'установлено вручную до обновления';

/** The academic year of an ISO date column, in SQL («2026-11-26» → «2026/2027»). */
const yearOf = (column: string) =>
  `CASE WHEN substr(${column}, 6, 2) >= '09'
     THEN substr(${column}, 1, 4) || '/' || (substr(${column}, 1, 4) + 1)
     ELSE (substr(${column}, 1, 4) - 1) || '/' || substr(${column}, 1, 4) END`;

/**
 * Whether an agreement `a` is in force on :day, as the agreements' own rule had it when this migration was written:
 * signed, not terminated by then, and its term (as the last amendment that set one left it) not over, or prolonged
 * automatically.
 */
const IN_FORCE_ON_DAY = `
  a.signed_on IS NOT NULL AND a.signed_on <= :day
  AND (a.terminated_on IS NULL OR a.terminated_on > :day)
  AND (a.prolongation = 'auto' OR coalesce(
        CASE WHEN EXISTS (SELECT 1 FROM agreement_amendments m
                          WHERE m.agreement_id = a.id AND (m.makes_open_ended = 1 OR m.new_ends_on IS NOT NULL))
          THEN (SELECT CASE WHEN m.makes_open_ended = 1 THEN NULL ELSE m.new_ends_on END
                FROM agreement_amendments m
                WHERE m.agreement_id = a.id AND (m.makes_open_ended = 1 OR m.new_ends_on IS NOT NULL)
                ORDER BY m.number DESC LIMIT 1)
          ELSE a.ends_on END, '9999-12-31') >= :day)`;

/**
 * A partner's status and stage are derived from the records from now on (partners/standing.ts); only what the office
 * sets by hand is stored, with its reason, until it is lifted.
 *
 * Existing values: a stored status or stage the records explain becomes derived; one they cannot explain was the
 * office's own choice and is kept as set by hand, with the reason «установлено вручную до обновления»:
 * - status «приостановлен» and «бывший» (only ever set by hand: the form, the archive, a decision to end) are kept;
 *   «действующий» is kept only when no agreement with the partner is in force today (e.g. a paper agreement never
 *   entered) and the partner is not one of the program's, seeded «действующий» and never edited since;
 *   «потенциальный» was the default and becomes derived.
 * - stage 1 was the default and becomes derived; a stage above 1 is kept for the academic year in which it was set
 *   (its last stage change, else the partner's last update) only when that year's records do not show it.
 * The stage history gets the academic year of each entry. The columns partners.status and partners.stage go.
 */
export const partnerStanding: Migration = {
  version: 9,
  name: 'partner status and stage derived from the records; hand-set status and stage per year with a reason',
  up(db) {
    const today = localIsoDate(new Date());
    db.exec(`
      -- A status the office set by hand, shown instead of the derived one until lifted.
      CREATE TABLE partner_status_overrides (
        partner_id INTEGER PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('potential', 'active', 'suspended', 'former')),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        set_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;

      -- A stage of an academic year the office set by hand, shown instead of the derived one until lifted.
      CREATE TABLE partner_stage_overrides (
        partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        year TEXT NOT NULL,
        stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 4),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        set_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (partner_id, year)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE partner_stage_history ADD COLUMN year TEXT NOT NULL DEFAULT '';
      UPDATE partner_stage_history SET year = ${yearOf('date')};
    `);

    db.prepare(
      `INSERT INTO partner_status_overrides (partner_id, status, reason, set_on, recorded_at)
       SELECT p.id, p.status, :reason, substr(p.updated_at, 1, 10), p.updated_at FROM partners p
       WHERE p.status IN ('suspended', 'former')
          OR (p.status = 'active'
              AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.partner_id = p.id AND ${IN_FORCE_ON_DAY})
              -- The program's partners were seeded «действующий» by default: untouched since, they are not a choice.
              AND NOT (p.updated_at = p.created_at AND EXISTS (
                SELECT 1 FROM partner_stage_history h WHERE h.partner_id = p.id AND h.from_stage IS NULL
                  AND h.comment = 'Из программы социального партнёрства школы')))`,
    ).run({ reason: KEPT_REASON, day: today });

    const staged = db
      .prepare(
        `SELECT p.id AS id, p.stage AS stage, p.updated_at AS updatedAt,
                (SELECT h.date FROM partner_stage_history h WHERE h.partner_id = p.id AND h.to_stage = p.stage
                 ORDER BY h.date DESC, h.id DESC LIMIT 1) AS setOn
         FROM partners p WHERE p.stage > 1`,
      )
      .all() as { id: number; stage: number; updatedAt: string; setOn: string | null }[];
    const agreementDuring = `SELECT 1 FROM agreements a WHERE a.partner_id = :id
       AND coalesce(a.signed_on, substr(a.created_at, 1, 10)) <= :to
       AND (a.terminated_on IS NULL OR a.terminated_on >= :from)`;
    const shows: Record<number, string> = {
      2: `EXISTS (${agreementDuring})
          OR EXISTS (SELECT 1 FROM plan_item_partners ip JOIN plan_items i ON i.id = ip.item_id
                     JOIN plans pl ON pl.id = i.plan_id WHERE ip.partner_id = :id AND pl.year = :year)
          OR EXISTS (SELECT 1 FROM review_decisions d WHERE d.partner_id = :id AND d.year = :previous
                     AND d.applied_on IS NOT NULL AND d.decision IN ('continue', 'expand', 'revise'))`,
      3: `EXISTS (${agreementDuring} AND a.signed_on IS NOT NULL)
          AND (EXISTS (SELECT 1 FROM events e JOIN event_partners ep ON ep.event_id IN (e.id, e.series_id)
                       WHERE ep.partner_id = :id AND e.status = 'held'
                         AND substr(e.starts_at, 1, 10) BETWEEN :from AND :to)
               OR EXISTS (SELECT 1 FROM loans l WHERE l.partner_id = :id AND l.received_on <= :to
                          AND (l.returned_on IS NULL OR l.returned_on >= :from))
               OR EXISTS (SELECT 1 FROM clubs c WHERE c.partner_id = :id AND c.year = :year))`,
      4: `EXISTS (SELECT 1 FROM reviews r WHERE r.year = :year AND r.approved_on IS NOT NULL)
          AND EXISTS (SELECT 1 FROM review_decisions d WHERE d.partner_id = :id AND d.year = :year
                      AND d.rating IS NOT NULL AND d.decision IS NOT NULL)`,
    };
    const keep = db.prepare(
      `INSERT INTO partner_stage_overrides (partner_id, year, stage, reason, set_on, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of staged) {
      const setOn = row.setOn ?? row.updatedAt.slice(0, 10);
      const year = academicYearOf(setOn);
      const start = Number(year.slice(0, 4));
      const shown = db
        .prepare(`SELECT ${shows[row.stage] ?? '0'} AS shown`)
        .get({ id: row.id, year, previous: `${start - 1}/${start}`, ...academicYearBounds(year) }) as {
        shown: number;
      };
      if (!shown.shown) keep.run(row.id, year, row.stage, KEPT_REASON, setOn, row.updatedAt);
    }

    db.exec(`
      ALTER TABLE partners DROP COLUMN status;
      ALTER TABLE partners DROP COLUMN stage;
    `);
  },
};
