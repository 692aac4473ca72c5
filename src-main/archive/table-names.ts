/** What each table of the store holds, as a refusal names it to the user: «таблицы «Партнёры»». */
const RUSSIAN_NAMES: Readonly<Record<string, string>> = {
  achievements: 'Достижения',
  acquisitions: 'Перспективный план приобретений',
  agreement_amendments: 'Дополнительные соглашения',
  agreement_templates: 'Шаблоны договоров',
  agreements: 'Договоры',
  attachments: 'Вложения',
  club_attendance: 'Посещение кружков',
  clubs: 'Кружки',
  deleted_records: 'Удалённые записи',
  document_approvals: 'Утверждение документов',
  event_classes: 'Классы на мероприятиях',
  event_history: 'История мероприятий',
  event_outcome_classes: 'Классы в итогах мероприятий',
  event_outcomes: 'Итоги мероприятий',
  event_partners: 'Партнёры мероприятий',
  events: 'Мероприятия',
  loan_acts: 'Акты выдачи и возврата ресурсов',
  loan_items: 'Ресурсы в выдачах',
  loans: 'Выдачи ресурсов',
  partner_categories: 'Направления партнёров',
  partner_contacts: 'Контакты партнёров',
  partner_effects: 'Эффекты партнёрства',
  partner_form_tasks: 'Задачи программы в формах взаимодействия',
  partner_forms: 'Формы взаимодействия с партнёрами',
  partner_stage_history: 'История этапов партнёров',
  partner_stage_overrides: 'Этапы партнёров, заданные вручную',
  partner_status_overrides: 'Статусы партнёров, заданные вручную',
  partners: 'Партнёры',
  plan_item_participants: 'Участники пунктов плана',
  plan_item_partners: 'Партнёры пунктов плана',
  plan_item_tasks: 'Задачи программы в пунктах плана',
  plan_items: 'Пункты плана',
  plans: 'Планы',
  program: 'Программа',
  program_items: 'Положения программы',
  review_decisions: 'Решения по итогам года',
  review_targets: 'Целевые показатели',
  reviews: 'Анализ года',
  school_classes: 'Классы школы',
  school_years: 'Учебные годы',
  staff: 'Педагоги',
  staff_development: 'Повышение квалификации',
  stages: 'Этапы программы',
  survey_answers: 'Ответы анкет',
  survey_options: 'Варианты ответов анкет',
  survey_questions: 'Вопросы анкет',
  survey_responses: 'Заполненные анкеты',
  survey_template_options: 'Варианты ответов шаблонов анкет',
  survey_template_questions: 'Вопросы шаблонов анкет',
  survey_templates: 'Шаблоны анкет',
  surveys: 'Анкетирования',
  upbringing_directions: 'Направления воспитания',
};

export function hasRussianTableName(table: string): boolean {
  return Object.hasOwn(RUSSIAN_NAMES, table);
}

/** «Партнёры» in guillemets; a table this version does not know (only a foreign or altered archive has one) is unnamed. */
export function russianTableName(table: string): string {
  return hasRussianTableName(table) ? `«${RUSSIAN_NAMES[table]}»` : 'неизвестная этой версии программы';
}
