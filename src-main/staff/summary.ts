import { STAFF_FORMS, type StaffCounts, type StaffForm, type StaffSummary } from '../contract/staff';
import { compareRussian } from '../contract/russian-order';

/** What the summary needs of a record: who, in which form, through which partner, how many hours. */
export interface SummaryRecord {
  staffId: number;
  staffActive: boolean;
  form: StaffForm;
  partnerId: number | null;
  partnerName: string | null;
  hours: number;
}

/** Records, distinct teachers and hours of a group of records, counted as they are added. */
class Tally {
  records = 0;
  hours = 0;
  private readonly teachers = new Set<number>();

  add(record: SummaryRecord): void {
    this.records += 1;
    this.hours += record.hours;
    this.teachers.add(record.staffId);
  }

  counts(): StaffCounts {
    return { records: this.records, teachers: this.teachers.size, hours: this.hours };
  }
}

/**
 * The summary of one academic year's records (all of them of that year): teachers trained (distinct), trained
 * through partners (distinct teachers with a record that has a partner), hours, and the same by form and by partner.
 * `activeTeachers` is the number of teachers who work at the school now; `yearTeachers` the year's number of teachers
 * as the office gave it (all of them, not only the staff list), which is the year's N when given.
 */
export function summarizeStaffYear(
  year: string,
  records: readonly SummaryRecord[],
  activeTeachers: number,
  yearTeachers: number | null = null,
): StaffSummary {
  const total = new Tally();
  const throughPartners = new Tally();
  const withoutPartner = new Tally();
  const byForm = new Map<StaffForm, Tally>();
  const byPartner = new Map<number, { name: string; tally: Tally }>();
  const leftWithRecords = new Set<number>();

  for (const record of records) {
    total.add(record);
    if (!record.staffActive) leftWithRecords.add(record.staffId);
    const form = byForm.get(record.form) ?? new Tally();
    byForm.set(record.form, form);
    form.add(record);
    if (record.partnerId === null) {
      withoutPartner.add(record);
      continue;
    }
    throughPartners.add(record);
    const partner = byPartner.get(record.partnerId) ?? { name: record.partnerName ?? '', tally: new Tally() };
    byPartner.set(record.partnerId, partner);
    partner.tally.add(record);
  }

  return {
    year,
    activeTeachers,
    teachersOfYear: yearTeachers ?? activeTeachers + leftWithRecords.size,
    total: total.counts(),
    throughPartners: throughPartners.counts(),
    withoutPartner: withoutPartner.counts(),
    byForm: STAFF_FORMS.flatMap((form) => {
      const tally = byForm.get(form);
      return tally ? [{ form, ...tally.counts() }] : [];
    }),
    byPartner: [...byPartner.entries()]
      .map(([partnerId, { name, tally }]) => ({ partnerId, partnerName: name, ...tally.counts() }))
      .sort((a, b) => compareRussian(a.partnerName, b.partnerName) || a.partnerId - b.partnerId),
  };
}
