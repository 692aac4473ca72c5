import { Button, Menu } from '@mantine/core';
import { IconCalendarDown, IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { academicYearBounds } from '@contract/academic-year';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

type Channel = 'events:exportIcs' | 'events:exportXlsx';

/** Each file the calendar saves: its button, and what is said when it could not be saved. */
const FILES: Record<Channel, { label: string; icon: ReactNode; failText: string }> = {
  'events:exportXlsx': {
    label: 'Excel',
    icon: <IconFileSpreadsheet size={16} />,
    failText: 'Не удалось сохранить мероприятия в Excel.',
  },
  'events:exportIcs': {
    label: 'Экспорт в календарь (.ics)',
    icon: <IconCalendarDown size={16} />,
    failText: 'Не удалось сохранить календарь.',
  },
};

interface Props {
  /** The channel that saves the events of a period to a file. */
  channel: Channel;
  /** The dates the calendar shows. */
  range: { from: string; to: string } | null;
  year: string;
  partnerIds: number[];
}

/** Saves the events of the visible dates or of the academic year, with the partner filter, to a file. */
export function PeriodExportButton({ channel, range, year, partnerIds }: Props) {
  const { label, icon, failText } = FILES[channel];
  const save = useApiMutation(channel);
  const run = async (span: { from: string; to: string }) => {
    try {
      const { path } = await save.mutateAsync({ ...span, ...(partnerIds.length > 0 ? { partnerIds } : {}) });
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', failText);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={icon}
          rightSection={<IconChevronDown size={14} />}
          loading={save.isPending}
        >
          {label}
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
