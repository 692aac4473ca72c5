import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '@contract/dates';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { QueryState } from '../../components/QueryState';
import { responseText } from '@contract/surveys';
import { IndexBadge } from './labels';

/** Главная: the year's latest parent survey, its satisfaction index and response rate; or that none was held. */
export function SurveyHomeCard() {
  const { year } = useAcademicYear();
  const surveys = useApiQuery('surveys:list', { year });
  return (
    <Card withBorder padding="lg" data-testid="survey-card">
      <Title order={4} mb="sm">
        Анкетирование родителей
      </Title>
      <QueryState query={surveys}>
        {([latest]) =>
          latest ? (
            <Group justify="space-between" align="flex-start">
              <div>
                <Anchor component={Link} to={`/surveys?survey=${latest.id}`} size="sm" fw={600}>
                  {latest.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {formatDate(latest.conductedOn)} ·{' '}
                  {responseText(latest.respondents, latest.families, latest.responseRate)}
                </Text>
              </div>
              <IndexBadge index={latest.index} band={latest.band} />
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              В {year} учебном году анкетирование родителей ещё не проводилось.{' '}
              <Anchor component={Link} to="/surveys" size="sm">
                Провести анкетирование
              </Anchor>
            </Text>
          )
        }
      </QueryState>
    </Card>
  );
}
