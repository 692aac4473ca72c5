import { Anchor, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconEyeOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { noticeRefusal } from '../../components/notices';
import { showUndoNotice } from '../../components/undo-notice';
import { SETUP_STEP_TEXTS } from './setup-steps';

/**
 * Главная, from the first start: what to set up first, each step ticked once the records hold it, each a link to its
 * place; shown until the office hides it (and shown again from Настройки, or by «Отменить» right after hiding).
 */
export function SetupCard() {
  const { year } = useAcademicYear();
  const setup = useApiQuery('home:setup', { year });
  const hide = useApiMutation('home:hideSetup');
  if (!setup.data || setup.data.hidden) return null;
  const { steps } = setup.data;
  const left = steps.filter((s) => !s.done).length;

  const setHidden = (hidden: boolean) => hide.mutateAsync({ hidden }).catch((error: unknown) => noticeRefusal(error));
  const hideList = async () => {
    await setHidden(true);
    showUndoNotice({
      title: 'Список первых шагов скрыт',
      text: 'Показать его снова можно в Настройках.',
      autoClose: 8000,
      undo: () => void setHidden(false),
    });
  };

  return (
    <Card withBorder padding="lg" data-testid="setup-list">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Title order={4}>С чего начать</Title>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconEyeOff size={16} />}
          loading={hide.isPending}
          onClick={() => void hideList()}
        >
          Скрыть список
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {left === 0
          ? 'Всё готово: школа настроена. Список можно скрыть.'
          : 'Что заполнить сначала, чтобы документы и показатели считались верно. Шаг отмечается сам, когда сделан.'}
      </Text>
      <Stack gap="sm">
        {steps.map(({ step, done }) => {
          const text = SETUP_STEP_TEXTS[step];
          return (
            <Group key={step} gap="sm" wrap="nowrap" align="flex-start" data-step={step} data-done={done}>
              <ThemeIcon
                size={24}
                radius="xl"
                color={done ? 'teal' : 'gray'}
                variant={done ? 'filled' : 'light'}
                aria-label={done ? 'Сделано' : 'Не сделано'}
              >
                {done && <IconCheck size={16} />}
              </ThemeIcon>
              <div>
                <Anchor component={Link} to={text.path} fw={600} size="sm">
                  {text.label}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {text.hint}
                </Text>
              </div>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
