import { academicYearStart } from '../../../src-main/contract/academic-year';
import { partnersOf, pickPartner, stampOn, type HistoryContext } from './context';
import { fullName, person } from './people';
import { ACQUISITIONS, CLUBS, SCHEDULES } from './words';

/** A dozen clubs a year at the partners of additional education, sport and culture, with the classes that attend. */
export function writeClubs(context: HistoryContext): void {
  const { db, random, years } = context;
  const club = db.prepare(
    `INSERT INTO clubs (year, partner_id, name, leader, schedule, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const attendance = db.prepare('INSERT INTO club_attendance (club_id, class_name, pupils) VALUES (?, ?, ?)');
  years.forEach((year, index) => {
    const pool = ['Дополнительное образование', 'Спорт', 'Культура'].flatMap((c) => partnersOf(context, index, c));
    const stamp = stampOn(`${academicYearStart(year)}-09-15`);
    for (const name of random.sample(CLUBS, random.int(8, 12))) {
      const partner = pool.length > 0 ? random.pick(pool) : pickPartner(context, index);
      const id = Number(
        club.run(year, partner.id, name, fullName(person(random)), random.pick(SCHEDULES), stamp, stamp)
          .lastInsertRowid,
      );
      for (const c of random.sample(context.classes.get(year) ?? [], random.int(3, 6))) {
        attendance.run(id, c.name, random.int(2, Math.min(12, c.pupils)));
      }
    }
  });
}

/** The perspective plan of acquisitions: a few a calendar year, acquired or cancelled in the past, planned ahead. */
export function writeAcquisitions(context: HistoryContext): void {
  const { db, random, years, today } = context;
  const insert = db.prepare(
    `INSERT INTO acquisitions (name, category, quantity, unit, planned_year, planned_quarter, source, partner_id,
       source_note, cost_kopecks, status, acquired_on, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?)`,
  );
  const first = academicYearStart(years[0] ?? '') + 1;
  const thisYear = Number(today.slice(0, 4));
  for (let year = first; year <= thisYear + 3; year += 1) {
    const index = Math.min(years.length - 1, Math.max(0, year - first));
    for (let i = random.int(4, 8); i > 0; i -= 1) {
      const kind = random.pick(ACQUISITIONS);
      const quarter = random.chance(0.8) ? random.int(1, 4) : null;
      const source = random.weighted([
        ['budget', 50],
        ['partner', 30],
        ['sponsor', 15],
        ['other', 5],
      ] as const);
      const past = year < thisYear || (year === thisYear && (quarter ?? 4) * 3 < Number(today.slice(5, 7)));
      const status = past ? (random.chance(0.85) ? 'acquired' : 'cancelled') : 'planned';
      const month = String(((quarter ?? random.int(1, 4)) - 1) * 3 + random.int(1, 3)).padStart(2, '0');
      const acquiredOn =
        status === 'acquired' ? `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}` : null;
      const stamp = stampOn(`${year - 1}-11-20`);
      insert.run(
        random.pick(kind.names),
        kind.category,
        random.int(1, 20),
        kind.unit,
        year,
        quarter,
        source,
        source === 'partner' ? pickPartner(context, index).id : null,
        random.chance(0.8) ? random.int(500, 300_000) * 100 : null,
        status,
        acquiredOn !== null && acquiredOn > today ? today : acquiredOn,
        stamp,
        acquiredOn ? stampOn(acquiredOn > today ? today : acquiredOn) : stamp,
      );
    }
  }
  db.prepare(
    `INSERT INTO document_approvals (document, approver_position, approver_name, order_number, order_date, updated_at)
     VALUES ('acquisitions', ?, 'Т. Н. Ковалёва', '112', ?, ?)`,
  ).run(context.school.directorPosition, `${thisYear}-01-15`, stampOn(`${thisYear}-01-15`));
}
