import { Button, Group, Stack, Text } from '@mantine/core';
import { ask } from '../../components/ask';

export type Scope = 'one' | 'series';

interface Options {
  title: string;
  question: string;
  /** Why «только это» is not offered (a change of the rule belongs to the whole series), if so. */
  onlySeriesReason?: string | undefined;
  danger?: boolean;
}

/** Asks whether an action on an occurrence of a series is about this occurrence or the whole series. */
export function askScope({ title, question, onlySeriesReason, danger }: Options): Promise<Scope | null> {
  return ask<Scope>({
    title,
    size: 'lg',
    body: (answer) => (
      <Stack>
        <Text size="sm">{question}</Text>
        {onlySeriesReason && (
          <Text size="sm" c="dimmed">
            {onlySeriesReason}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(null)}>
            Отмена
          </Button>
          <Button
            variant="light"
            color={danger ? 'red' : undefined}
            onClick={() => answer('one')}
            disabled={onlySeriesReason !== undefined}
          >
            Только это мероприятие
          </Button>
          <Button color={danger ? 'red' : undefined} onClick={() => answer('series')}>
            Всю серию
          </Button>
        </Group>
      </Stack>
    ),
  });
}
