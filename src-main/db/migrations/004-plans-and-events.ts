import type { Migration } from '../migration';

export const plansAndEvents: Migration = {
  version: 4,
  name: 'annual plans and their items, events with recurrence, outcomes and achievements, upbringing directions',
  up(db) {
    db.exec(`
      -- Directions of upbringing (ФГОС): a list the office can extend.
      CREATE TABLE upbringing_directions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL
      ) STRICT;
      INSERT INTO upbringing_directions (name, position) VALUES
        ('Гражданское воспитание', 1),
        ('Патриотическое воспитание', 2),
        ('Духовно-нравственное воспитание', 3),
        ('Эстетическое воспитание', 4),
        ('Физическое воспитание, формирование культуры здоровья', 5),
        ('Трудовое воспитание', 6),
        ('Экологическое воспитание', 7),
        ('Ценности научного познания', 8);

      -- One plan of joint activity per academic year («2026/2027»), with its approval block.
      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        year TEXT NOT NULL UNIQUE,
        approver_position TEXT NOT NULL DEFAULT '',
        approver_name TEXT NOT NULL DEFAULT '',
        approval_order_number TEXT NOT NULL DEFAULT '',
        approval_order_date TEXT,
        agreed INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
        agreed_by TEXT NOT NULL DEFAULT '',
        agreed_protocol_number TEXT NOT NULL DEFAULT '',
        agreed_protocol_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_items (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        form TEXT NOT NULL DEFAULT '',
        -- 'month': only the month is known; 'range': from a date to a date; 'exact': a day, maybe with a time.
        timing TEXT NOT NULL CHECK (timing IN ('month', 'range', 'exact')),
        month TEXT,
        date_from TEXT,
        date_to TEXT,
        time_from TEXT,
        time_to TEXT,
        venue TEXT NOT NULL DEFAULT 'school' CHECK (venue IN ('school', 'partner', 'outing')),
        venue_note TEXT NOT NULL DEFAULT '',
        responsible_school TEXT NOT NULL DEFAULT '',
        responsible_partner TEXT NOT NULL DEFAULT '',
        direction_id INTEGER REFERENCES upbringing_directions (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_items_by_plan ON plan_items (plan_id);

      CREATE TABLE plan_item_partners (
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        PRIMARY KEY (item_id, partner_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_item_partners_by_partner ON plan_item_partners (partner_id);

      -- Who takes part: classes («5А»), levels (НОО, ООО, СОО), parents, teachers.
      CREATE TABLE plan_item_participants (
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('class', 'level', 'parents', 'teachers')),
        value TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, kind, value)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_item_tasks (
        item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES program_items (id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, task_id)
      ) STRICT, WITHOUT ROWID;

      -- An event on the calendar. A series carries an RRULE; an occurrence edited on its own is a row of
      -- its own with series_id and the start it replaces (original_start), as in iCalendar.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        plan_item_id INTEGER REFERENCES plan_items (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        -- Local wall-clock time: «2026-10-05T10:00», or a date «2026-10-05» when all_day.
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
        venue TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'moved', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        rrule TEXT,
        -- Starts of a series' occurrences that were deleted (EXDATE); an occurrence edited apart has a row of its own.
        exdates TEXT NOT NULL DEFAULT '[]',
        series_id INTEGER REFERENCES events (id) ON DELETE CASCADE,
        original_start TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (ends_at >= starts_at),
        CHECK ((series_id IS NULL) = (original_start IS NULL)),
        CHECK (rrule IS NULL OR series_id IS NULL)
      ) STRICT;
      CREATE INDEX events_by_start ON events (starts_at);
      CREATE INDEX events_by_plan_item ON events (plan_item_id);
      CREATE INDEX events_by_series ON events (series_id);

      CREATE TABLE event_partners (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES partners (id),
        PRIMARY KEY (event_id, partner_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_partners_by_partner ON event_partners (partner_id);

      CREATE TABLE event_classes (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        class_name TEXT NOT NULL,
        PRIMARY KEY (event_id, class_name)
      ) STRICT, WITHOUT ROWID;

      -- What happened to an event: moves (with the dates), status changes.
      CREATE TABLE event_history (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        changed_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'status', 'edited')),
        from_start TEXT,
        to_start TEXT,
        from_status TEXT,
        to_status TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX event_history_by_event ON event_history (event_id);

      -- What a held event achieved.
      CREATE TABLE event_outcomes (
        event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        parents INTEGER NOT NULL DEFAULT 0 CHECK (parents >= 0),
        teachers INTEGER NOT NULL DEFAULT 0 CHECK (teachers >= 0),
        summary TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE event_outcome_classes (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        class_name TEXT NOT NULL,
        pupils INTEGER NOT NULL CHECK (pupils >= 0),
        PRIMARY KEY (event_id, class_name)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE achievements (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        contest TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('school', 'municipal', 'regional', 'national', 'international')),
        result TEXT NOT NULL CHECK (result IN ('winner', 'prizewinner', 'participant')),
        pupil TEXT NOT NULL DEFAULT '',
        class_name TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX achievements_by_event ON achievements (event_id);
    `);
  },
};
