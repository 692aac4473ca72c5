import {
  IconBook2,
  IconBuildingWarehouse,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardList,
  IconFileText,
  IconHome,
  IconListCheck,
  IconPalette,
  IconSchool,
  IconSettings,
  IconShoppingCart,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  label: string;
  icon: Icon;
}

/** A heading of the navigation with its screens under it, to keep the list short. */
export interface NavGroup {
  label: string;
  icon: Icon;
  items: readonly NavItem[];
}

export const NAV_ITEMS: readonly (NavItem | NavGroup)[] = [
  { path: '/', label: 'Главная', icon: IconHome },
  { path: '/partners', label: 'Партнёры', icon: IconUsersGroup },
  { path: '/agreements', label: 'Договоры', icon: IconFileText },
  { path: '/plan', label: 'План', icon: IconListCheck },
  { path: '/calendar', label: 'Календарь', icon: IconCalendarEvent },
  {
    label: 'Реализация',
    icon: IconBook2,
    items: [
      { path: '/loans', label: 'Ресурсы партнёров', icon: IconBuildingWarehouse },
      { path: '/clubs', label: 'Кружки', icon: IconPalette },
      { path: '/staff', label: 'Повышение квалификации', icon: IconSchool },
      { path: '/surveys', label: 'Анкетирование', icon: IconClipboardList },
      { path: '/acquisitions', label: 'План приобретения', icon: IconShoppingCart },
    ],
  },
  { path: '/analysis', label: 'Анализ', icon: IconChartBar },
  { path: '/settings', label: 'Настройки', icon: IconSettings },
];

export function isNavGroup(entry: NavItem | NavGroup): entry is NavGroup {
  return 'items' in entry;
}

/** Whether the screen at `pathname` belongs to the navigation entry at `path`. */
export function isActivePath(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}
