import type { SetupStep } from '@contract/home';

/**
 * What each setup step asks for and where it is done. The names are not those of the navigation («Договоры»,
 * «План»): a link on Главная is never taken for the section itself.
 */
export const SETUP_STEP_TEXTS: Record<SetupStep, { label: string; hint: string; path: string }> = {
  school: {
    label: 'Профиль школы',
    hint: 'Директор, юридический адрес и ИНН: их печатают документы.',
    path: '/settings',
  },
  classes: {
    label: 'Классы и численность',
    hint: 'Классы этого года с числом обучающихся: от них считается охват.',
    path: '/clubs',
  },
  teachers: {
    label: 'Педагоги',
    hint: 'Кто работает в школе: для учёта их повышения квалификации.',
    path: '/staff',
  },
  agreements: {
    label: 'Договор с партнёром',
    hint: 'Хотя бы один заключённый договор или соглашение.',
    path: '/agreements',
  },
  plan: {
    label: 'Совместная деятельность на год',
    hint: 'Мероприятия с партнёрами на этот учебный год, по месяцам.',
    path: '/plan',
  },
};
