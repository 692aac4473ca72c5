import { Alert, Button, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { countOf } from '../../format';
import { ITEM_FORMS } from './plan-text';
import { ImportPlanButton } from './import/ImportPlanButton';

/** A year without a plan: start it empty, or as a copy of another year's plan. */
export function StartPlanPanel({ year }: { year: string }) {
  const years = useApiQuery('plans:years', {});
  const create = useApiMutation('plans:create');
  const sources = (years.data ?? []).filter((y) => y.year !== year && y.itemsCount > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const source = chosen ?? sources.find((y) => y.year < year)?.year ?? sources[0]?.year ?? null;
  const [running, setRunning] = useState<'empty' | 'copy' | null>(null);

  const start = async (copyFrom: string | null) => {
    setRunning(copyFrom ? 'copy' : 'empty');
    try {
      // The plan itself appears in place of this panel: that is the answer, no notice needed.
      await create.mutateAsync({ year, copyFrom });
    } catch (error) {
      noticeRefusal(error, 'План не создан', 'Не удалось создать план.');
    } finally {
      setRunning(null);
    }
  };

  return (
    <Card withBorder padding="xl" maw={760} data-testid="plan-empty">
      <Stack>
        <Title order={3}>На {year} учебный год плана ещё нет</Title>
        <Text>
          План совместной деятельности с социальными партнёрами — это мероприятия учебного года (с 1 сентября по 31
          августа) с указанием сроков, участников, партнёров и ответственных. Его можно начать с чистого листа или
          перенести из другого года.
        </Text>
        <Group>
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => void start(null)}
            loading={running === 'empty'}
            disabled={running !== null}
          >
            Начать пустой план
          </Button>
          <ImportPlanButton variant="light" disabled={running !== null} />
        </Group>
        {sources.length > 0 ? (
          <Stack gap="sm" mt="md">
            <Title order={5}>Или скопировать план другого года</Title>
            <Group align="flex-end">
              <Select
                label="Из какого года"
                w={260}
                data={sources.map((y) => ({
                  value: y.year,
                  label: `${y.year} — ${countOf(y.itemsCount, ITEM_FORMS)}`,
                }))}
                value={source}
                onChange={setChosen}
                allowDeselect={false}
              />
              <Button
                variant="light"
                leftSection={<IconCopy size={18} />}
                onClick={() => source && void start(source)}
                loading={running === 'copy'}
                disabled={running !== null || !source}
              >
                Скопировать план {source ?? ''}
              </Button>
            </Group>
            <Alert variant="light" color="blue" icon={<IconInfoCircle />} title="Как переносится план">
              <List size="sm" spacing={4}>
                <List.Item>
                  Мероприятия переносятся на тот же месяц нового учебного года; точные даты — на ту же неделю и тот же
                  день недели (вторник остаётся вторником).
                </List.Item>
                <List.Item>
                  События календаря, их состояния (проведено, перенесено, отменено) и итоги не копируются: мероприятия
                  нового года создаются заново из плана.
                </List.Item>
                <List.Item>Номер и дата приказа об утверждении и протокола согласования указываются заново.</List.Item>
              </List>
            </Alert>
          </Stack>
        ) : (
          years.data && (
            <Text size="sm" c="dimmed">
              Планов других лет с мероприятиями пока нет — скопировать не из чего.
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
