import { academicYearStart } from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import type { Participant, Venue } from '../../../src-main/contract/plans';
import { insertPlan } from '../../../src-main/plans/repository';
import { pickPartner, stampOn, type HistoryContext } from './context';
import { monthsOf } from './school-year';
import { eventTitle, VILLAGES } from './words';

/** A plan item as the events need it. */
export interface PlannedItem {
  id: number;
  year: number;
  title: string;
  timing: 'month' | 'range' | 'exact';
  month: string;
  dateFrom: string | null;
  dateTo: string | null;
  timeFrom: string | null;
  partnerIds: number[];
  classes: string[];
  venueNote: string;
}

/** How the items of a plan spread over its months, September to August. */
const MONTH_WEIGHTS = [10, 10, 9, 10, 7, 10, 9, 10, 10, 4, 0.5, 0.5];

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * One plan a year, approved by the director and agreed by the pedagogical council, with its items spread over the
 * school months: each with its partners, classes or levels, tasks of the programme and a direction of upbringing.
 */
export function writePlans(context: HistoryContext): PlannedItem[] {
  const { db, random, years } = context;
  const insertItem = db.prepare(
    `INSERT INTO plan_items (plan_id, title, form, timing, month, date_from, date_to, time_from, time_to, venue,
       venue_note, responsible_school, responsible_partner, direction_id, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPartner = db.prepare('INSERT INTO plan_item_partners (item_id, partner_id) VALUES (?, ?)');
  const insertParticipant = db.prepare('INSERT INTO plan_item_participants (item_id, kind, value) VALUES (?, ?, ?)');
  const insertTask = db.prepare('INSERT INTO plan_item_tasks (item_id, task_id) VALUES (?, ?)');
  const items: PlannedItem[] = [];
  const perYear = context.counts.planItems / years.length;
  years.forEach((year, index) => {
    const start = academicYearStart(year);
    const days = context.days.get(year);
    const classes = context.classes.get(year) ?? [];
    const approvedOn = `${start}-08-${String(random.int(26, 31)).padStart(2, '0')}`;
    const stamp = stampOn(addDays(approvedOn, -3));
    const planId = insertPlan(
      db,
      year,
      {
        approverPosition: context.school.directorPosition,
        approverName: 'Т. Н. Ковалёва',
        approvalOrderNumber: String(random.int(80, 160)),
        approvalOrderDate: approvedOn,
        agreed: true,
        agreedBy: 'Педагогический совет',
        agreedProtocolNumber: '1',
        agreedProtocolDate: approvedOn,
      },
      stamp,
    );
    const months = monthsOf(year);
    const count = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    for (let i = 0; i < count; i += 1) {
      const month = random.weighted(months.map((m, k) => [m, MONTH_WEIGHTS[k] ?? 1] as const));
      const timing = random.weighted([
        ['month', 45],
        ['exact', 45],
        ['range', 10],
      ] as const);
      const dateFrom = timing === 'month' ? null : (days?.dayIn(random, month) ?? null);
      const dateTo = timing === 'range' && dateFrom ? addDays(dateFrom, random.int(2, 12)) : null;
      const timeFrom = timing === 'exact' && random.chance(0.6) ? time(random.int(16, 32) * 30) : null;
      const partners = [
        ...new Set(Array.from({ length: random.chance(0.15) ? 2 : 1 }, () => pickPartner(context, index))),
      ];
      const { title, form } = eventTitle(random);
      const venue = random.weighted<Venue>([
        ['school', 60],
        ['partner', 30],
        ['outing', 10],
      ]);
      const venueNote = venue === 'outing' ? random.pick(VILLAGES) : venue === 'partner' ? 'На базе партнёра' : '';
      const picked = random.sample(
        classes,
        random.weighted([
          [1, 50],
          [2, 30],
          [3, 20],
        ]),
      );
      const participants: Participant[] = random.chance(0.2)
        ? [{ kind: 'level', value: random.pick(['НОО', 'ООО', 'СОО'] as const) }]
        : picked.map((c) => ({ kind: 'class', value: c.name }));
      if (random.chance(0.15)) participants.push({ kind: 'parents', value: '' });
      if (random.chance(0.05)) participants.push({ kind: 'teachers', value: '' });
      const id = Number(
        insertItem.run(
          planId,
          title,
          random.pick(partners[0]?.forms ?? [form]),
          timing,
          timing === 'month' ? month : null,
          dateFrom,
          dateTo,
          timeFrom,
          timeFrom && random.chance(0.7) ? time(Number(timeFrom.slice(0, 2)) * 60 + 60) : null,
          venue,
          venueNote,
          random.pick(context.teachers),
          partners[0]?.contact ?? '',
          random.chance(0.9) ? random.pick(context.directionIds) : null,
          '',
          stamp,
          stamp,
        ).lastInsertRowid,
      );
      for (const p of [...partners].sort((a, b) => a.id - b.id)) insertPartner.run(id, p.id);
      for (const p of participants) insertParticipant.run(id, p.kind, p.value);
      for (const task of random.sample(context.taskIds, random.int(1, 2))) insertTask.run(id, task);
      items.push({
        id,
        year: index,
        title,
        timing,
        month,
        dateFrom,
        dateTo,
        timeFrom,
        partnerIds: partners.map((p) => p.id),
        classes: participants.filter((p) => p.kind === 'class').map((p) => p.value),
        venueNote,
      });
    }
  });
  return items;
}
