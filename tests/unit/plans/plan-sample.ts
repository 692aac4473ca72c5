import type { Plan, PlanItem } from '../../../src-main/contract/plans';

let nextId = 1;

function item(patch: Partial<PlanItem>): PlanItem {
  const id = nextId++;
  const base: PlanItem = {
    id,
    title: 'Мероприятие',
    form: '',
    partnerIds: [],
    partnerNames: [],
    timing: 'exact',
    month: null,
    dateFrom: null,
    dateTo: null,
    timeFrom: null,
    timeTo: null,
    participants: [],
    venue: 'school',
    venueNote: '',
    responsibleSchool: '',
    responsiblePartner: '',
    taskIds: [],
    directionId: null,
    directionName: null,
    notes: '',
    planMonth: '',
    eventsCount: 0,
    heldCount: 0,
    unheldCount: 0,
  };
  const merged = { ...base, ...patch };
  return { ...merged, planMonth: merged.month ?? merged.dateFrom?.slice(0, 7) ?? '' };
}

const cls = (...names: string[]) => names.map((value) => ({ kind: 'class' as const, value }));

/** A plan as the office fills it: a dozen items over the year, some with two partners, some month-long. */
export const SAMPLE_PLAN: Pick<Plan, 'year' | 'approval' | 'items'> = {
  year: '2026/2027',
  approval: {
    approverPosition: 'Директор МБОУ Первомайская СОШ',
    approverName: 'Иванова Мария Петровна',
    approvalOrderNumber: '45',
    approvalOrderDate: '2026-08-29',
    agreed: true,
    agreedBy: 'Педагогический совет',
    agreedProtocolNumber: '1',
    agreedProtocolDate: '2026-08-28',
  },
  items: [
    item({
      title: 'Торжественная линейка «День знаний»',
      form: 'Праздник',
      partnerNames: ['Родители (законные представители) обучающихся'],
      dateFrom: '2026-09-01',
      timeFrom: '08:30',
      participants: [...cls('1А', '1Б', '11А'), { kind: 'parents', value: '' }, { kind: 'teachers', value: '' }],
      responsibleSchool: 'Петрова А.И., заместитель директора по ВР',
    }),
    item({
      title: 'Месячник безопасности дорожного движения «Внимание, дети!»',
      form: 'Профилактические беседы, встречи с инспектором',
      partnerNames: ['ГИБДД', 'МЧС'],
      timing: 'range',
      dateFrom: '2026-09-07',
      dateTo: '2026-09-30',
      participants: [
        { kind: 'level', value: 'НОО' },
        { kind: 'level', value: 'ООО' },
      ],
      responsibleSchool: 'Классные руководители 1–9 классов',
      responsiblePartner: 'Инспектор по пропаганде БДД Сидоров С.В.',
    }),
    item({
      title: 'Экскурсия в детскую библиотеку «Путешествие в страну книг»',
      form: 'Экскурсия, библиотечный урок',
      partnerNames: ['МБУК «Центральная детская библиотека» г. Зверево'],
      dateFrom: '2026-10-14',
      timeFrom: '11:00',
      timeTo: '12:30',
      venue: 'partner',
      participants: cls('2А', '2Б'),
      responsibleSchool: 'Кузнецова Е.В.',
      responsiblePartner: 'Заведующая отделом обслуживания Орлова Н.Н.',
    }),
    item({
      title: 'Неделя профилактики заболеваний',
      form: 'Лекторий',
      partnerNames: ['ЦГБ, детская поликлиника г. Красный Сулин'],
      timing: 'month',
      month: '2026-11',
      participants: [...cls('8А', '8Б', '9А'), { kind: 'parents', value: '' }],
      responsibleSchool: 'Медицинский работник школы',
    }),
    item({
      title: 'Новогодний концерт',
      form: 'Концерт',
      partnerNames: ['ДК «Маяк» г. Зверево'],
      timing: 'range',
      dateFrom: '2026-12-28',
      dateTo: '2027-01-08',
      venue: 'outing',
      venueNote: 'ДК «Маяк»',
      participants: [...cls('5А', '5Б', '6А'), { kind: 'parents', value: '' }],
      responsibleSchool: 'Педагог-организатор Смирнова О.Л.',
    }),
    item({
      title: 'Соревнования «Весёлые старты»',
      form: 'Спортивный праздник',
      partnerNames: ['МБОУ ДЦДДТ «Центр дополнительного образования»'],
      dateFrom: '2027-02-20',
      participants: [
        { kind: 'level', value: 'НОО' },
        { kind: 'parents', value: '' },
      ],
    }),
    item({
      title: 'Методический семинар для педагогов',
      form: 'Семинар',
      partnerNames: ['Информационный методический центр (ИМЦ г. Красный Сулин)'],
      timing: 'month',
      month: '2027-03',
      participants: [{ kind: 'teachers', value: '' }],
      responsiblePartner: 'Методист ИМЦ',
    }),
    item({
      title: 'Концерт учащихся школы искусств',
      partnerNames: ['МБОУ Платовская школа искусств'],
      dateFrom: '2027-04-12',
      timeFrom: '14:00',
      participants: [{ kind: 'level', value: 'СОО' }],
    }),
    item({
      title: 'Вахта памяти, акция «Бессмертный полк»',
      form: 'Патриотическая акция',
      partnerNames: ['РДК г. Красный Сулин', 'Родители (законные представители) обучающихся'],
      dateFrom: '2027-05-09',
      timeFrom: '09:00',
      participants: [...cls('5А', '5Б', '6А', '6Б', '7А', '7Б', '8А', '8Б', '9А', '9Б', '10А', '11А')],
      responsibleSchool: 'Петрова А.И.',
    }),
    item({
      title: 'Летняя оздоровительная площадка',
      form: 'Лагерь дневного пребывания',
      partnerNames: ['МБУ РЦВР г. Красный Сулин'],
      timing: 'range',
      dateFrom: '2027-06-01',
      dateTo: '2027-06-25',
      participants: [{ kind: 'level', value: 'НОО' }],
    }),
    item({
      title: 'Подготовка к новому учебному году',
      timing: 'month',
      month: '2027-08',
      participants: [
        { kind: 'teachers', value: '' },
        { kind: 'parents', value: '' },
      ],
    }),
  ],
};
