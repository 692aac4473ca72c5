import { levelOfClass } from '../contract/classes';
import { formatDate } from '../contract/dates';
import { ACHIEVEMENT_LEVEL_LABELS, ACHIEVEMENT_RESULT_LABELS, EVENT_STATUS_LABELS } from '../contract/events';
import type { IndicatorKey, Member } from '../contract/reviews';
import { compareRussian } from '../contract/russian-order';
import { returnedOnTime } from '../loans/due';
import { classesTookPart, dueLoansOf, isWinning, planUnits, type PlanUnit } from './indicators';
import type { YearFacts } from './year-read-model';

type Level = ReturnType<typeof levelOfClass>;

export interface MembersQuery {
  indicator: IndicatorKey;
  partnerId?: number | undefined;
  level?: Level | undefined;
}

/** What became of a planned event: «проведено», «просрочено: …», a series' held occurrences. */
function unitState(unit: PlanUnit): string {
  if (unit.status === null) return 'пункт плана без мероприятия в календаре';
  const overdue = unit.overdue ? ['просрочено: дата прошла, проведение не отмечено'] : [];
  if (unit.series) {
    return [`серия: проведено ${unit.heldOccurrences} из ${unit.occurrences} занятий`, ...overdue].join(' · ');
  }
  return unit.overdue ? overdue.join('') : EVENT_STATUS_LABELS[unit.status].toLocaleLowerCase('ru-RU');
}

/**
 * The events or records behind an indicator: those counted in m (`counted`), and those in N but not in m, so the
 * office can see why a figure is what it is. Narrowed to a partner or a level where the indicator has one.
 */
export function membersOf(facts: YearFacts, query: MembersQuery, today: string): Member[] {
  const partnerName = (id: number) => facts.partners.get(id)?.name ?? '';
  const forPartner = (ids: readonly number[]) => query.partnerId === undefined || ids.includes(query.partnerId);
  const forLevel = (classes: readonly string[]) =>
    query.level === undefined || classes.some((c) => levelOfClass(c) === query.level);
  const classesOfLevel = facts.classes.filter((c) => query.level === undefined || levelOfClass(c.name) === query.level);
  const held = facts.occurrences.filter((o) => o.status === 'held' && forPartner(o.partnerIds));

  switch (query.indicator) {
    case 'planFulfilment': {
      const units = planUnits(facts.occurrences, facts.unscheduled, today).filter(
        (u) => forPartner(u.partnerIds) && forLevel(u.classes),
      );
      // The planned events first (N), then those outside the plan, which are not in it.
      return [...units.filter((u) => u.planned), ...units.filter((u) => !u.planned)].map((u) => ({
        date: u.date,
        title: u.title,
        detail: [
          ...(u.planned ? [] : ['вне плана — не входит в расчёт']),
          unitState(u),
          u.partnerIds.map(partnerName).join(', '),
        ]
          .filter(Boolean)
          .join(' · '),
        counted: u.planned && u.held,
      }));
    }
    case 'pupilCoverage': {
      const took = classesTookPart(held);
      return classesOfLevel.map((c) => ({
        date: null,
        title: c.name,
        detail: `${c.pupils} обуч.; мероприятий: ${held.filter((o) => o.classes.includes(c.name)).length}`,
        counted: took.has(c.name),
      }));
    }
    case 'parentCoverage':
      return held
        .filter((o) => o.parents > 0)
        .map((o) => ({ date: o.date, title: o.title, detail: `родителей: ${o.parents}`, counted: true }));
    case 'partnerActivity':
      return [...facts.agreementPartners]
        .filter((id) => forPartner([id]))
        .map((id) => {
          const count = held.filter((o) => o.partnerIds.includes(id)).length;
          return {
            date: null,
            title: partnerName(id),
            detail: count > 0 ? `проведено мероприятий: ${count}` : 'нет проведённых мероприятий',
            counted: count > 0,
          };
        })
        .sort((a, b) => compareRussian(a.title, b.title));
    case 'satisfaction':
      return facts.answers.map((a) => ({
        date: null,
        title: a.surveyTitle,
        detail: `балл ${String(a.score).replace('.', ',')}: ответов ${a.count}`,
        counted: true,
      }));
    case 'clubCoverage':
      return facts.clubs
        .filter((c) => forPartner([c.partnerId]))
        .map((c) => {
          const rows = c.attendance.filter((a) => forLevel([a.className]));
          return {
            date: null,
            title: `${c.clubName} (${c.partnerName})`,
            detail: rows.map((a) => `${a.className}: ${a.pupils}`).join(', '),
            counted: rows.length > 0,
          };
        });
    case 'staffDevelopment':
      return facts.development
        .filter((d) => forPartner(d.partnerId === null ? [] : [d.partnerId]))
        .map((d) => ({
          date: d.dateFrom,
          title: d.staffName,
          detail: [d.title, d.partnerId === null ? 'без партнёра' : partnerName(d.partnerId)].join(' · '),
          counted: d.partnerId !== null,
        }));
    case 'achievementWinners':
      return held.flatMap((o) =>
        o.achievements
          .filter((a) => forLevel(a.className ? [a.className] : []))
          .map((a) => ({
            date: o.date,
            title: [a.pupil, a.className].filter(Boolean).join(', ') || a.contest,
            detail: `${a.contest} · ${ACHIEVEMENT_LEVEL_LABELS[a.level]} · ${ACHIEVEMENT_RESULT_LABELS[a.result]}`,
            counted: isWinning(a),
          })),
      );
    case 'resourcesOnTime':
      return dueLoansOf(facts, today)
        .filter((l) => forPartner([l.partnerId]))
        .map((l) => ({
          date: l.dueOn,
          title: `${partnerName(l.partnerId)}: ${l.title}`,
          detail:
            l.returnedOn === null
              ? `не возвращено, срок ${formatDate(l.dueOn)}`
              : `возвращено ${formatDate(l.returnedOn)}, срок ${formatDate(l.dueOn)}`,
          counted: returnedOnTime(l) === true,
        }));
  }
}
