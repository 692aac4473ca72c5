import { Anchor, AppShell, Group, NavLink, Select, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { invoke } from '../api/client';
import { countOf } from '../format';
import { useApiQuery } from '../api/queries';
import { useNoticesDock } from '../components/notices-dock';
import { ReadOnlyBanner } from '../components/ReadOnlyBanner';
import { UnsavedChangesProvider } from '../components/unsaved-changes';
import { useAcademicYear } from './academic-year';
import { isActivePath, isNavGroup, NAV_ITEMS, type NavGroup, type NavItem } from './navigation';
import { useScreenOpensAtTop } from './screen-scroll';

/** At start, one notification says how many agreements need the office's attention. */
function useStartupAttention() {
  const announced = useRef(false);
  const navigate = useNavigate();
  useEffect(() => {
    if (announced.current) return;
    announced.current = true;
    invoke('home:attention', {})
      .then((a) => {
        const total = a.expiring.length + a.expiredWithPlannedEvents.length + a.staleDrafts.length;
        if (total === 0) return;
        notifications.show({
          id: 'startup-attention',
          color: 'orange',
          autoClose: 10000,
          title: 'Договоры требуют внимания',
          message: (
            <>
              {countOf(total, ['договор требует', 'договора требуют', 'договоров требуют'])} внимания.{' '}
              <Anchor
                component="button"
                size="sm"
                onClick={() => {
                  notifications.hide('startup-attention');
                  void navigate('/');
                }}
              >
                Подробности — на Главной
              </Anchor>
            </>
          ),
        });
      })
      .catch(() => undefined);
  }, [navigate]);
}

function NavItemLink({ item, pathname }: { item: NavItem; pathname: string }) {
  return (
    <NavLink
      component={RouterLink}
      to={item.path}
      label={item.label}
      leftSection={<item.icon size={20} stroke={1.6} />}
      active={isActivePath(item.path, pathname)}
      variant="filled"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

/** A heading that opens to show its screens; it stays open while one of them is shown. */
function NavGroupLinks({ group, pathname }: { group: NavGroup; pathname: string }) {
  const [opened, setOpened] = useState(false);
  const active = group.items.some((item) => isActivePath(item.path, pathname));
  return (
    <NavLink
      label={group.label}
      leftSection={<group.icon size={20} stroke={1.6} />}
      opened={opened || active}
      onChange={setOpened}
      childrenOffset={14}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      {group.items.map((item) => (
        <NavItemLink key={item.path} item={item} pathname={pathname} />
      ))}
    </NavLink>
  );
}

export function AppLayout() {
  useStartupAttention();
  useScreenOpensAtTop();
  const location = useLocation();
  const settings = useApiQuery('settings:get', {});
  const { year, setYear, options } = useAcademicYear();
  const noticesHeight = useNoticesDock();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 0 }}
      // While a notice is shown, the screen ends above it: nothing of the screen lies under a notice.
      footer={{ height: Math.max(noticesHeight, 1), collapsed: noticesHeight === 0 }}
      padding="lg"
    >
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
          {NAV_ITEMS.map((entry) =>
            isNavGroup(entry) ? (
              <NavGroupLinks key={entry.label} group={entry} pathname={location.pathname} />
            ) : (
              <NavItemLink key={entry.path} item={entry} pathname={location.pathname} />
            ),
          )}
        </nav>
      </AppShell.Navbar>
      {/* The screen shown, once its code has loaded (the router moves the location then): tests wait for it. */}
      <AppShell.Main data-screen={location.pathname}>
        <ReadOnlyBanner />
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
      </AppShell.Main>
      <AppShell.Footer aria-hidden data-testid="notices-strip" />
    </AppShell>
  );
}
