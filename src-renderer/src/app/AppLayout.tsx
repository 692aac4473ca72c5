import { AppShell, Group, NavLink, Select, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useApiQuery } from '../api/queries';
import { useAcademicYear } from './academic-year';
import { NAV_ITEMS } from './navigation';

export function AppLayout() {
  const location = useLocation();
  const settings = useApiQuery('settings:get', {});
  const { year, setYear, options } = useAcademicYear();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={3} c="teal.8">
              Содружество
            </Title>
            <Text c="dimmed" truncate="end" data-testid="school-short-name">
              {settings.data?.school.shortName ?? ''}
            </Text>
          </Group>
          <Select
            aria-label="Учебный год"
            w={170}
            data={options.map((o) => ({ value: o, label: `${o} уч. год` }))}
            value={year}
            onChange={(value) => value && setYear(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <nav aria-label="Разделы">
          {NAV_ITEMS.map((item) => (
            <NavLink
              key={item.path}
              component={RouterLink}
              to={item.path}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.6} />}
              active={item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path)}
              variant="filled"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
