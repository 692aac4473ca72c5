import type { Migration } from '../migration';

/**
 * A plan item with a day is on the calendar by itself: its event is marked as the one that follows the item's day
 * and time (`follows_plan`). Items of the current academic year (and later ones) that already have a day but no
 * event yet are put on the calendar here, once, as a deputy head opening the new version expects to find them there;
 * those of past years are left as they were, or Главная would list years of them as past and not marked. An event
 * the office later deletes from the calendar by hand is not brought back.
 */
export const planOnCalendar: Migration = {
  version: 11,
  name: 'dated plan items on the calendar: the event that follows its item, existing dated items placed',
  up(db) {
    db.exec(`
      -- 1 for the event that is its plan item's day on the calendar: changing the item's day or time moves it.
      -- Other events of an item (a series, further occurrences) keep their own days.
      ALTER TABLE events ADD COLUMN follows_plan INTEGER NOT NULL DEFAULT 0 CHECK (follows_plan IN (0, 1));

      -- An exact day with a time is a timed event (an hour long when the plan gives no end, at most to 23:59);
      -- an exact day without a time, or a range of days, is an all-day event over those days.
      INSERT INTO events (plan_item_id, title, starts_at, ends_at, all_day, venue, status, follows_plan, created_at,
                          updated_at)
      SELECT i.id, i.title,
             CASE WHEN i.timing = 'exact' AND i.time_from IS NOT NULL THEN i.date_from || 'T' || i.time_from
                  ELSE i.date_from END,
             CASE WHEN i.timing = 'exact' AND i.time_from IS NOT NULL THEN i.date_from || 'T' || coalesce(i.time_to,
                    CASE WHEN i.time_from >= '23:00' THEN '23:59'
                         ELSE strftime('%H:%M', '2000-01-01 ' || i.time_from, '+60 minutes') END)
                  WHEN i.timing = 'range' THEN coalesce(i.date_to, i.date_from)
                  ELSE i.date_from END,
             CASE WHEN i.timing = 'exact' AND i.time_from IS NOT NULL THEN 0 ELSE 1 END,
             i.venue_note, 'planned', 1,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM plan_items i
      WHERE i.timing IN ('exact', 'range') AND i.date_from IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM events e WHERE e.plan_item_id = i.id)
        -- From 1 September of the academic year of today (the school's own clock) on.
        AND coalesce(i.date_to, i.date_from) >= (
          CAST(strftime('%Y', 'now', 'localtime') AS INTEGER) - (strftime('%m', 'now', 'localtime') < '09')
        ) || '-09-01';

      CREATE TEMP TABLE placed AS
        SELECT e.id AS event_id, e.plan_item_id AS item_id, e.starts_at AS start, e.created_at AS stamp
        FROM events e
        WHERE e.follows_plan = 1 AND NOT EXISTS (SELECT 1 FROM event_history h WHERE h.event_id = e.id);

      INSERT INTO event_partners (event_id, partner_id)
        SELECT p.event_id, x.partner_id FROM placed p JOIN plan_item_partners x ON x.item_id = p.item_id;
      INSERT INTO event_classes (event_id, class_name)
        SELECT p.event_id, x.value FROM placed p JOIN plan_item_participants x ON x.item_id = p.item_id
        WHERE x.kind = 'class';
      INSERT INTO event_history (event_id, changed_at, kind, to_start, to_status, note)
        SELECT event_id, stamp, 'created', start, 'planned', 'Из плана совместной деятельности' FROM placed;
      DROP TABLE placed;
    `);
  },
};
