import {
  IconCalendarEvent,
  IconChartBar,
  IconFileText,
  IconHome,
  IconListCheck,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  label: string;
  icon: Icon;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Главная', icon: IconHome },
  { path: '/partners', label: 'Партнёры', icon: IconUsersGroup },
  { path: '/agreements', label: 'Договоры', icon: IconFileText },
  { path: '/plan', label: 'План', icon: IconListCheck },
  { path: '/calendar', label: 'Календарь', icon: IconCalendarEvent },
  { path: '/analysis', label: 'Анализ', icon: IconChartBar },
  { path: '/settings', label: 'Настройки', icon: IconSettings },
];
