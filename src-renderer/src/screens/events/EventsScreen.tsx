import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { localIsoDate } from '@contract/academic-year';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { showUndoNotice } from '../../components/undo-notice';
import { noticeRefusal } from '../../components/notices';
import { PageHeader } from '../../components/PageHeader';
import { ColourLegend } from './ColourLegend';
import type { ColourMode } from './colors';
import { EventCalendar, type MovedOccurrence, type PickedSpan } from './EventCalendar';
import { EventDialog, type DialogTarget } from './EventDialog';
import { refOfOccurrence, thisOne } from './event-ref';
import { PeriodExportButton } from './PeriodExportButton';
import { whenText } from './wall-clock';
import { MultiPick } from '../../components/MultiPick';
import { quoted } from '@contract/quote';
import { EmptyList } from '../../components/EmptyList';

/** Where the office left the calendar, so coming back to it shows the same view and dates. */
const lastPlace = { view: 'dayGridMonth', date: localIsoDate(new Date()), colourMode: 'category' as ColourMode };

async function undoMove(undoToken: number, refresh: () => Promise<void>) {
  try {
    await invoke('events:undo', { undoToken });
    notifications.show({ color: 'teal', message: 'Перенос отменён.' });
    await refresh();
  } catch (error) {
    noticeRefusal(error, 'Не выполнено', 'Не удалось отменить перенос.');
  }
}

export function EventsScreen() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries();
  const { year } = useAcademicYear();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [colourMode, setColourMode] = useState<ColourMode>(lastPlace.colourMode);
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [dialog, setDialog] = useState<DialogTarget | null>(null);
  const partners = useApiQuery('partners:list', { sort: 'name' });
  const categories = useApiQuery('partners:categories', {});
  const settings = useApiQuery('settings:get', {});

  const filter = partnerIds.length > 0 ? { partnerIds: partnerIds.map(Number) } : {};
  const input = range ? { ...range, ...filter } : null;
  const occurrences = useQuery({
    queryKey: ['events:range', input],
    queryFn: () => invoke('events:range', input ?? { from: '', to: '' }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });

  const move = async ({ occurrence, start, end, revert }: MovedOccurrence) => {
    try {
      const { undoToken } = await invoke('events:move', { ...thisOne(refOfOccurrence(occurrence)), start, end });
      await refresh();
      showUndoNotice({
        title: 'Перенесено',
        text: `${quoted(occurrence.title)} — ${whenText(start, end, start.length === 10)}`,
        autoClose: 10000,
        undo: () => void undoMove(undoToken, refresh),
      });
    } catch (error) {
      revert();
      noticeRefusal(error, 'Не перенесено', 'Не удалось перенести мероприятие.');
    }
  };

  const newEvent = (span?: PickedSpan) => {
    const today = localIsoDate(new Date());
    const day = range && (today < range.from || today > range.to) ? range.from : today;
    setDialog({ kind: 'new', when: span ?? { start: `${day}T10:00`, end: `${day}T11:00`, allDay: false } });
  };

  return (
    <>
      <PageHeader
        title="Календарь"
        description="Мероприятия с социальными партнёрами"
        actions={
          <Group>
            {(['events:exportXlsx', 'events:exportIcs'] as const).map((channel) => (
              <PeriodExportButton
                key={channel}
                channel={channel}
                range={range}
                year={year}
                partnerIds={partnerIds.map(Number)}
              />
            ))}
            <Button leftSection={<IconPlus size={18} />} onClick={() => newEvent()}>
              Новое мероприятие
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-end">
            <MultiPick
              label="Партнёры"
              placeholder={partnerIds.length === 0 ? 'Все партнёры' : undefined}
              searchable
              clearable
              w={420}
              data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.shortName || p.fullName }))}
              value={partnerIds}
              onChange={setPartnerIds}
              nothingFoundMessage="Партнёр не найден"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Цвет
              </Text>
              <SegmentedControl
                aria-label="Цвет мероприятий"
                value={colourMode}
                onChange={(value) => {
                  lastPlace.colourMode = value as ColourMode;
                  setColourMode(value as ColourMode);
                }}
                data={[
                  { value: 'category', label: 'По направлению' },
                  { value: 'status', label: 'По состоянию' },
                ]}
              />
            </Stack>
          </Group>
          <Group mt="sm">
            <ColourLegend mode={colourMode} categories={(categories.data ?? []).map((c) => c.name)} />
          </Group>
        </Paper>
        {occurrences.error && (
          <Alert color="red" icon={<IconAlertTriangle />} title="Не удалось загрузить мероприятия">
            {occurrences.error.message}
          </Alert>
        )}
        {occurrences.isSuccess && !occurrences.isPlaceholderData && occurrences.data.length === 0 && (
          <EmptyList testId="calendar-empty" compact>
            {partnerIds.length > 0 ? (
              'С выбранными партнёрами в эти дни мероприятий нет. Очистите отбор по партнёрам, чтобы увидеть все.'
            ) : (
              <>
                В эти дни мероприятий нет. Мероприятия попадают в календарь из{' '}
                <Anchor component={Link} to="/plan" fw={600} inherit>
                  плана совместной деятельности
                </Anchor>
                : пункт плана с датой появляется здесь сам, как только сохранён, а пункт, у которого указан только
                месяц, — когда ему назначат день. Мероприятие вне плана добавьте кнопкой «Новое мероприятие» или выделив
                дни в календаре.
              </>
            )}
          </EmptyList>
        )}
        <Paper withBorder p="md" data-testid="calendar">
          <Text size="xs" c="dimmed" mb="xs">
            Перетащите мероприятие на другой день, чтобы перенести его; выделите дни, чтобы добавить новое.
          </Text>
          <EventCalendar
            occurrences={occurrences.data ?? []}
            holidays={settings.data?.calendar.holidays ?? []}
            colourMode={colourMode}
            initialView={lastPlace.view}
            initialDate={lastPlace.date}
            onRangeChange={({ from, to, view, date }) => {
              lastPlace.view = view;
              lastPlace.date = date;
              setRange((r) => (r && r.from === from && r.to === to ? r : { from, to }));
            }}
            onOpen={(o) => setDialog({ kind: 'stored', ref: refOfOccurrence(o) })}
            onPick={newEvent}
            onMove={(m) => void move(m)}
          />
        </Paper>
      </Stack>
      <EventDialog target={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
