import { Badge, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { PageHeader } from '../../components/PageHeader';
import { AttentionCard } from './AttentionCard';
import { LoansAttentionCard } from '../loans/LoansAttentionCard';
import { SurveyHomeCard } from '../surveys/SurveyHomeCard';
import { QueryState } from '../../components/QueryState';
import { WeekCard } from './WeekCard';
import { MonthTasksCard } from './MonthTasksCard';
import { SetupCard } from './SetupCard';
import { countOf } from '../../format';

const PARTNER_FORMS = ['партнёр', 'партнёра', 'партнёров'] as const;

export function HomeScreen() {
  const { year } = useAcademicYear();
  const summary = useApiQuery('home:summary', { year });
  const program = useApiQuery('program:get', {});

  return (
    <>
      <PageHeader title="Главная" description={`Социальное партнёрство школы, ${year} учебный год`} />
      <QueryState query={summary}>
        {(s) => (
          <Stack gap="lg">
            <SetupCard />
            <WeekCard />
            <MonthTasksCard />
            <AttentionCard />
            <LoansAttentionCard />
            <SurveyHomeCard />
            <Card withBorder padding="lg">
              <Group justify="space-between" mb="md">
                <Title order={4}>Партнёры по этапам взаимодействия</Title>
                <Text component={Link} to="/partners" c="teal.8" fw={600} data-testid="partners-total">
                  Всего: {countOf(s.partnersTotal, PARTNER_FORMS)}
                </Text>
              </Group>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                {s.byStage.map((stage) => (
                  <Card key={stage.stage} bg="gray.0" padding="md" data-testid={`stage-${stage.stage}`}>
                    <Text size="sm" c="dimmed">
                      {stage.stage} этап
                    </Text>
                    <Text fw={600}>{stage.name}</Text>
                    <Text size="xl" fw={700} c="teal.8" mt="xs">
                      {stage.count}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {countOf(stage.count, PARTNER_FORMS).replace(/^\d+ /, '')}
                    </Text>
                  </Card>
                ))}
              </SimpleGrid>
            </Card>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder padding="lg">
                <Title order={4} mb="md">
                  По направлениям
                </Title>
                <Stack gap="sm">
                  {s.byCategory.map((c) => (
                    <div key={c.category}>
                      <Group justify="space-between" gap="xs">
                        <Text size="sm">{c.category}</Text>
                        <Badge variant="light">{c.count}</Badge>
                      </Group>
                      <Progress value={s.partnersTotal ? (c.count / s.partnersTotal) * 100 : 0} size="sm" mt={4} />
                    </div>
                  ))}
                </Stack>
              </Card>
              <QueryState query={program}>
                {(p) => (
                  <Card withBorder padding="lg">
                    <Title order={4} mb="xs">
                      Цель программы
                    </Title>
                    <Text size="sm" mb="md">
                      {p.goal}
                    </Text>
                    <Title order={5} mb="xs">
                      Принципы взаимодействия
                    </Title>
                    <Group gap="xs" mb="md">
                      {p.principles.map((principle) => (
                        <Badge key={principle} variant="outline">
                          {principle}
                        </Badge>
                      ))}
                    </Group>
                    <Title order={5} mb="xs">
                      Задачи
                    </Title>
                    <List size="sm" spacing={4}>
                      {p.tasks.map((task) => (
                        <List.Item key={task.id}>{task.text}</List.Item>
                      ))}
                    </List>
                  </Card>
                )}
              </QueryState>
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
