import { Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { STAFF_FORM_LABELS, type StaffCounts, type StaffSummary } from '@contract/staff';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { EmptyList } from '../../components/EmptyList';
import { countOf } from '../../format';
import { FiguresTable, type FigureColumn } from './FiguresTable';
import { percentText, TEACHER_FORMS } from './labels';

function Figure({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c="teal.8">
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    </Card>
  );
}

interface Row extends StaffCounts {
  key: string;
  label: string;
}

const COUNT_COLUMNS: readonly FigureColumn<StaffCounts>[] = [
  { heading: 'Записей', figure: (c) => c.records },
  { heading: 'Педагогов', figure: (c) => c.teachers },
  { heading: 'Часов', figure: (c) => c.hours },
];

function CountsTable({
  title,
  first,
  rows,
  total,
  testId,
}: {
  title: string;
  first: string;
  rows: Row[];
  total: StaffCounts;
  testId: string;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {title}
      </Title>
      <FiguresTable
        testId={testId}
        first={first}
        columns={COUNT_COLUMNS}
        rows={rows}
        total={{ label: 'Всего (педагог учтён один раз)', figures: total }}
      />
    </Paper>
  );
}

function SummaryView({ summary }: { summary: StaffSummary }) {
  const { total, throughPartners, teachersOfYear } = summary;
  if (total.records === 0) {
    return (
      <EmptyList>
        За {summary.year} учебный год записей о повышении квалификации нет, поэтому и итогов пока нет. Добавьте записи
        на вкладке «Мероприятия»: итоги посчитаются сами.
      </EmptyList>
    );
  }
  const byPartner: Row[] = summary.byPartner.map((p) => ({ key: String(p.partnerId), label: p.partnerName, ...p }));
  if (summary.withoutPartner.records > 0)
    byPartner.push({ key: 'none', label: 'Без партнёра', ...summary.withoutPartner });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure
          testId="figure-trained"
          label="Повысили квалификацию"
          value={countOf(total.teachers, TEACHER_FORMS)}
          note={`${percentText(total.teachers, teachersOfYear)} из ${teachersOfYear}`}
        />
        <Figure
          testId="figure-partners"
          label="Через партнёров"
          value={countOf(throughPartners.teachers, TEACHER_FORMS)}
          note={`${percentText(throughPartners.teachers, teachersOfYear)} из ${teachersOfYear}`}
        />
        <Figure
          testId="figure-hours"
          label="Всего часов"
          value={String(total.hours)}
          note={`из них через партнёров: ${throughPartners.hours}`}
        />
        <Figure
          testId="figure-records"
          label="Записей за год"
          value={String(total.records)}
          note={`работает педагогов: ${summary.activeTeachers}`}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Запись относится к учебному году, в котором она начинается. Доля считается от числа педагогов учебного года (
        {teachersOfYear}), указанного в разделе Кружки → «Классы и численность»; пока оно не указано — от работающих
        сейчас и уволившихся, у которых есть записи за этот год.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <CountsTable
          testId="summary-by-form"
          title="По формам"
          first="Форма"
          rows={summary.byForm.map((f) => ({ key: f.form, label: STAFF_FORM_LABELS[f.form], ...f }))}
          total={total}
        />
        <CountsTable testId="summary-by-partner" title="По партнёрам" first="Партнёр" rows={byPartner} total={total} />
      </SimpleGrid>
    </Stack>
  );
}

/** The year's headline figures and the tables by form and by partner. */
export function SummaryTab({ year }: { year: string }) {
  const summary = useApiQuery('staff:summary', { year });
  return <QueryState query={summary}>{(s) => <SummaryView summary={s} />}</QueryState>;
}
