import type { Migration } from '../migration';

export const performanceIndexes: Migration = {
  version: 7,
  name: 'indexes for many years of data: series, events by status, the longest event, the agreements register',
  up(db) {
    db.exec(`
      -- A calendar range reads the series that start before its end (their occurrences are expanded in JavaScript)
      -- through this index, and no longer scans every event.
      CREATE INDEX events_series_by_start ON events (starts_at) WHERE rrule IS NOT NULL;

      -- Single events and occurrences edited apart by status and start: those still to be held (planned, moved)
      -- before a day for Главная's overdue list, after a day for the agreements whose events are still planned.
      CREATE INDEX events_by_status_start ON events (status, starts_at) WHERE rrule IS NULL;

      -- How many days an event spans: the longest one bounds how far before a range an event that overlaps it can
      -- start, so that a range reads events_by_start between two days and not from the first event on.
      CREATE INDEX events_by_length ON events (julianday(substr(ends_at, 1, 10)) - julianday(substr(starts_at, 1, 10)));

      -- The register of agreements (and the review's agreements in force) reads these columns only: from this
      -- index, without the pages of the agreements' texts that lie between them in each row.
      CREATE INDEX agreements_register ON agreements
        (signed_on, id, partner_id, type, number, starts_on, ends_on, prolongation, prolongation_years, terminated_on,
         created_at);
    `);
  },
};
