import { Button, Menu } from '@mantine/core';
import { IconCalendarDown, IconChevronDown } from '@tabler/icons-react';
import { academicYearBounds } from '@contract/academic-year';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

interface Props {
  /** The dates the calendar shows. */
  range: { from: string; to: string } | null;
  year: string;
  partnerIds: number[];
}

/** Saves the events to an iCalendar file (.ics) for the visible dates or the academic year, with the partner filter. */
export function ExportIcsButton({ range, year, partnerIds }: Props) {
  const exportIcs = useApiMutation('events:exportIcs');
  const run = async (span: { from: string; to: string }) => {
    try {
      const { path } = await exportIcs.mutateAsync({ ...span, ...(partnerIds.length > 0 ? { partnerIds } : {}) });
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить календарь.');
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconCalendarDown size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exportIcs.isPending}
        >
          Экспорт в календарь (.ics)
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!range} onClick={() => range && void run(range)}>
          Показанные даты
        </Menu.Item>
        <Menu.Item onClick={() => void run(academicYearBounds(year))}>{year} учебный год</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
