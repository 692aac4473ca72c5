import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { StageCheck } from '@contract/partners';

/** What the data shows, and what it does not yet show, for each stage beyond the first. */
export function StageChecklist({ checks }: { checks: StageCheck[] }) {
  return (
    <List spacing="xs" size="sm" center data-testid="stage-checks">
      {checks.map((check) => (
        <List.Item
          key={`${check.stage}-${check.label}`}
          icon={
            <ThemeIcon size={22} radius="xl" color={check.met ? 'teal' : 'red'} variant="light">
              {check.met ? <IconCheck size={14} /> : <IconX size={14} />}
            </ThemeIcon>
          }
        >
          <Text size="sm">
            {check.stage} этап: {check.label}
            {!check.met && (
              <Text span size="xs" c="dimmed">
                {' '}
                — не выполнено
              </Text>
            )}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
