import type { PartnerStatus } from '@contract/partners';

export const STATUS_COLORS: Record<PartnerStatus, string> = {
  potential: 'blue',
  active: 'teal',
  suspended: 'yellow',
  former: 'gray',
};

export const STAGE_NAMES: Record<number, string> = {
  1: 'Мотивация',
  2: 'Разработка стратегии',
  3: 'Реализация',
  4: 'Подведение итогов',
};

export const PARTNER_FORMS = ['партнёр', 'партнёра', 'партнёров'] as const;
