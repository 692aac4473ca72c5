import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { academicYearBounds } from '@contract/academic-year';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

interface Props {
  /** The channel that saves the events of a period to a file. */
  channel: 'events:exportIcs' | 'events:exportXlsx';
  label: string;
  icon: ReactNode;
  /** Said when the file could not be saved. */
  failText: string;
  /** The dates the calendar shows. */
  range: { from: string; to: string } | null;
  year: string;
  partnerIds: number[];
}

/** Saves the events of the visible dates or of the academic year, with the partner filter, to a file. */
export function PeriodExportButton({ channel, label, icon, failText, range, year, partnerIds }: Props) {
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
