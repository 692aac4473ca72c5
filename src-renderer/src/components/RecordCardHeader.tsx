import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

interface Props {
  /** The list the card belongs to: «← Договоры». */
  back: { to: string; label: string };
  title: ReactNode;
  /** What the record is at a glance: its badges and links, under the title. */
  summary: ReactNode;
  /** The record's buttons, at the right. */
  actions: ReactNode;
}

/** The head of a record's card: back to its list, its title and summary, and what can be done with it. */
export function RecordCardHeader({ back, title, summary, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={6} miw={0}>
        <Anchor component={Link} to={back.to} size="sm">
          ← {back.label}
        </Anchor>
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap="xs">{summary}</Group>
      </Stack>
      {actions}
    </Group>
  );
}

/** «Изменить»: opens the record's form. */
export function EditRecordButton({ to }: { to: string }) {
  const navigate = useNavigate();
  return (
    <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(to)}>
      Изменить
    </Button>
  );
}
