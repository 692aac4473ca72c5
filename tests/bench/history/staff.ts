import { academicYearStart } from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import { STAFF_FORMS, type StaffForm } from '../../../src-main/contract/staff';
import { partnersOf, stampOn, type HistoryContext } from './context';
import type { StaffMember } from './school';
import { COURSE_TITLES } from './words';

const FORM_WEIGHTS: Record<StaffForm, number> = {
  course: 30,
  rmo: 30,
  conference: 8,
  masterClass: 10,
  readings: 6,
  workshop: 6,
  contest: 5,
  talk: 5,
};

const FORM_TITLES: Partial<Record<StaffForm, string>> = {
  rmo: 'Заседание районного методического объединения',
  conference: 'Районная научно-практическая конференция «Воспитание в современной школе»',
  masterClass: 'Мастер-класс «Современные формы работы с родителями»',
  readings: 'Педагогические чтения «Традиции и новации»',
  workshop: 'Творческая мастерская классных руководителей',
  contest: 'Конкурс «Учитель года»',
  talk: 'Выступление на педагогическом совете',
};

/** Teachers' professional development, most of it through the partners of methodological support. */
export function writeStaffDevelopment(context: HistoryContext, staff: readonly StaffMember[]): void {
  const { db, random, years, today } = context;
  const insert = db.prepare(
    `INSERT INTO staff_development (staff_id, form, title, partner_id, date_from, date_to, hours, certificate, result,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perYear = context.counts.staffDevelopment / years.length;
  years.forEach((year, index) => {
    const working = staff.filter((s) => s.from <= index && s.to >= index);
    const methodical = partnersOf(context, index, 'Методическое сопровождение');
    const count = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    for (let i = 0; i < count && working.length > 0; i += 1) {
      const form = random.weighted(STAFF_FORMS.map((f) => [f, FORM_WEIGHTS[f]] as const));
      let from = context.days.get(year)?.day(random) ?? today;
      if (from > today) from = addDays(today, -random.int(0, 60));
      const course = form === 'course';
      const to = course ? addDays(from, random.int(4, 12)) : from;
      const partner = methodical.length > 0 && random.chance(0.6) ? random.pick(methodical).id : null;
      const stamp = stampOn(to, 16 * 60);
      insert.run(
        random.pick(working).id,
        form,
        course ? random.pick(COURSE_TITLES) : (FORM_TITLES[form] ?? 'Семинар'),
        partner,
        from,
        to,
        course ? random.pick([16, 36, 72]) : random.int(2, 6),
        course ? `Удостоверение № 6124${academicYearStart(year)}${random.int(10000, 99999)}` : '',
        form === 'contest' ? random.pick(['Лауреат', 'Участник', '1 место']) : '',
        stamp,
        stamp,
      );
    }
  });
}
