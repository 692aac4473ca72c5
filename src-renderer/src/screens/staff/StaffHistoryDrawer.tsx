import { Badge, Button, Drawer, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { STAFF_FORM_LABELS, type StaffHistory } from '@contract/staff';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';
import { FiguresTable, type FigureColumn } from './FiguresTable';
import { datesText, HOUR_FORMS, RECORD_FORMS } from './labels';
import { RecordDialog, type RecordTarget } from './RecordDialog';
import { EmptyList } from '../../components/EmptyList';

type YearFigures = StaffHistory['years'][number];
const YEAR_COLUMNS: readonly FigureColumn<YearFigures>[] = [
  { heading: 'Записей', figure: (y) => y.records },
  { heading: 'Часов', figure: (y) => y.hours },
];

function HistoryView({ history, onEdit }: { history: StaffHistory; onEdit(target: RecordTarget): void }) {
  const { member, records, years } = history;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Title order={3}>{member.fullName}</Title>
            {!member.active && (
              <Badge color="gray" variant="light">
                не работает
              </Badge>
            )}
          </Group>
          <Text c="dimmed">
            {[member.position, member.subjects].filter(Boolean).join(' · ') || 'Должность не указана'}
          </Text>
        </div>
        {member.active && (
          // A long name and post wrap beside it; the button keeps its words whole.
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => onEdit({ staffId: member.id })}
            style={{ flexShrink: 0 }}
          >
            Добавить запись
          </Button>
        )}
      </Group>
      {records.length === 0 ? (
        <EmptyList>Записей о повышении квалификации пока нет. Добавьте их на вкладке «Мероприятия».</EmptyList>
      ) : (
        <>
          <Title order={5}>Часы по учебным годам</Title>
          <FiguresTable
            testId="history-years"
            withTableBorder
            first="Учебный год"
            columns={YEAR_COLUMNS}
            rows={years.map((y) => ({ key: y.year, label: y.year, ...y }))}
          />
          <Title order={5}>Все записи ({records.length})</Title>
          <Stack gap="xs" data-testid="history-records">
            {records.map((r) => (
              <UnstyledButton
                key={r.id}
                onClick={() => onEdit({ record: r })}
                p="sm"
                bd="1px solid var(--mantine-color-gray-3)"
                bdrs="sm"
                data-history-record
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {datesText(r.dateFrom, r.dateTo)} · {r.year} уч. год
                  </Text>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {countOf(r.hours, HOUR_FORMS)}
                  </Text>
                </Group>
                <Text fw={600}>{r.title}</Text>
                <Text size="sm">
                  {STAFF_FORM_LABELS[r.form]}
                  {r.partnerName ? ` · ${r.partnerName}` : ''}
                </Text>
                {(r.certificate || r.result) && (
                  <Text size="sm" c="dimmed">
                    {[r.certificate, r.result].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </UnstyledButton>
            ))}
          </Stack>
          <Text size="sm" c="dimmed">
            Всего {countOf(records.length, RECORD_FORMS)},{' '}
            {countOf(
              records.reduce((n, r) => n + r.hours, 0),
              HOUR_FORMS,
            )}
            .
          </Text>
        </>
      )}
    </Stack>
  );
}

interface Props {
  staffId: number;
  /** The year shown: a new record starts in it. */
  year: string;
  onClose(): void;
}

/** A teacher's every record of professional development, with hours per academic year; a record opens to edit. */
export function StaffHistoryDrawer({ staffId, year, onClose }: Props) {
  const history = useApiQuery('staff:history', { id: staffId });
  const [editing, setEditing] = useState<RecordTarget | null>(null);
  return (
    <>
      <Drawer opened onClose={onClose} position="right" size="lg" title="История повышения квалификации">
        <QueryState query={history}>{(h) => <HistoryView history={h} onEdit={setEditing} />}</QueryState>
      </Drawer>
      {editing && <RecordDialog year={year} target={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
