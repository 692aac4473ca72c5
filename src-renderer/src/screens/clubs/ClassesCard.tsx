import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBigUpLines, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { LEVELS } from '@contract/plans';
import type { ClassesOfYear, Promotion } from '@contract/clubs';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { countOf } from '../../format';
import { ClassesEditor } from './ClassesEditor';
import { YearCountsForm } from './YearCountsForm';
import { CLASS_FORMS, levelLabel, PUPIL_FORMS } from './clubs-text';

const PROMOTE_LABEL = 'Заполнить по прошлому году с переводом';

/** «Добавлено 10 классов из 2025/2026 …»: what a promotion did, in a sentence or three. */
function promotionText(result: Promotion, from: string): string {
  const parts = [
    result.added > 0
      ? `Добавлено ${countOf(result.added, CLASS_FORMS)} из ${from} с переводом в следующий класс.`
      : 'Новых классов не добавлено: все они уже внесены.',
  ];
  if (result.kept > 0) parts.push(`Уже внесённые классы (${result.kept}) оставлены как были.`);
  if (result.graduated > 0) parts.push(`11-е классы (${result.graduated}) выпущены.`);
  parts.push('Первые классы добавьте сами.');
  return parts.join(' ');
}

/**
 * The enrolment by level Настройки held before it was kept per year, carried over to this year: shown until the
 * class list replaces it, since the review counts coverage by the classes only.
 */
function Carried({ data }: { data: ClassesOfYear }) {
  const carried = data.levels.filter((l) => l.carriedPupils !== null);
  if (data.classes.length > 0 || carried.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle />} title="Численность из Настроек" data-testid="enrolment-carried">
      <Text size="sm">
        В Настройках была указана численность:{' '}
        {carried.map((l) => `${l.level} — ${countOf(l.carriedPupils ?? 0, PUPIL_FORMS)}`).join(', ')}. Внесите классы
        этого учебного года: численность по уровням считается по списку классов, и только по нему рассчитывается охват.
      </Text>
    </Alert>
  );
}

/** The year's classes by level, read-only: «5А — 25». */
function ClassesView({ data }: { data: ClassesOfYear }) {
  return (
    <SimpleGrid cols={3} spacing="md" data-testid="classes-view">
      {LEVELS.map((level) => {
        const total = data.levels.find((l) => l.level === level);
        const own = data.classes.filter((c) => c.level === level);
        return (
          <Stack key={level} gap={4}>
            <Text fw={600} size="sm">
              {levelLabel(level)}
            </Text>
            <Text size="sm" c="dimmed" data-testid={`level-total-${level}`}>
              {total && total.classesCount > 0
                ? `${countOf(total.classesCount, CLASS_FORMS)}, ${countOf(total.pupils, PUPIL_FORMS)}`
                : 'классов нет'}
            </Text>
            <Group gap={4}>
              {own.map((c) => (
                <Badge key={c.name} variant="light" color="gray" size="lg" radius="sm" tt="none" fw={500}>
                  {c.name} — {c.pupils}
                </Badge>
              ))}
            </Group>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

/** «Классы и численность»: the year's classes and their enrolment, to count clubs' pupils and coverage by. */
export function ClassesCard({ data }: { data: ClassesOfYear }) {
  const [editing, setEditing] = useState(false);
  const promote = useApiMutation('classes:promote');
  const previous = data.previousYear;
  const canPromote = previous.classesCount > 0;
  const total = data.levels.reduce((sum, l) => sum + l.pupils, 0);

  const runPromotion = async () => {
    try {
      const result = await promote.mutateAsync({ year: data.year });
      notifications.show({ color: 'teal', title: 'Классы заполнены', message: promotionText(result, previous.year) });
    } catch (error) {
      noticeRefusal(error, 'Классы не заполнены', 'Не удалось заполнить классы.');
    }
  };
  const askPromotion = () => {
    if (data.classes.length === 0) {
      void runPromotion();
      return;
    }
    modals.openConfirmModal({
      title: `Заполнить по ${previous.year}?`,
      children:
        `Классы ${previous.year} учебного года, переведённые в следующий класс, которых ещё нет в списке, будут ` +
        'добавлены. Уже внесённые классы останутся без изменений.',
      labels: { confirm: 'Заполнить', cancel: 'Отмена' },
      onConfirm: () => void runPromotion(),
    });
  };

  const promoteButton = canPromote && !editing && (
    <Button
      variant="light"
      leftSection={<IconArrowBigUpLines size={18} />}
      onClick={askPromotion}
      loading={promote.isPending}
    >
      {PROMOTE_LABEL}
    </Button>
  );

  return (
    <Card withBorder padding="lg" data-testid="classes-card">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={4}>Классы и численность</Title>
          <Text size="sm" c="dimmed">
            {data.classes.length > 0
              ? `${data.year}: ${countOf(data.classes.length, CLASS_FORMS)}, ${countOf(total, PUPIL_FORMS)}`
              : `Классы ${data.year} учебного года ещё не внесены`}
          </Text>
        </Stack>
        {!editing && data.classes.length > 0 && (
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Изменить классы
          </Button>
        )}
      </Group>
      {editing ? (
        <ClassesEditor data={data} onDone={() => setEditing(false)} />
      ) : data.classes.length === 0 ? (
        <Stack gap="sm" data-testid="classes-empty">
          <Carried data={data} />
          <Text size="sm">
            Сначала внесите классы этого учебного года и число обучающихся в каждом: по ним проверяется, сколько детей
            каждого класса посещают кружки, и считается охват дополнительным образованием.
          </Text>
          <Group>
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Внести классы
            </Button>
            {promoteButton}
          </Group>
          {!canPromote && (
            <Text size="sm" c="dimmed">
              В {previous.year} учебном году классы не внесены — заполнить по прошлому году нельзя.
            </Text>
          )}
        </Stack>
      ) : (
        <Stack gap="md">
          <ClassesView data={data} />
          {promoteButton && <Group>{promoteButton}</Group>}
        </Stack>
      )}
      {!editing && (
        <Stack mt="md">
          <YearCountsForm key={`${data.year}|${data.families}|${data.teachers}`} data={data} />
        </Stack>
      )}
    </Card>
  );
}
