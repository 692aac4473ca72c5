import { Badge, Button, Grid, NavLink, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Template {
  id: number;
  builtIn: boolean;
}

interface Props<T extends Template> {
  templates: T[];
  /** Its name and the line under it. */
  describe(template: T): { label: string; description?: string | undefined };
  /** At the right of the office's own one (a built-in one is marked «образец»). */
  action?(template: T): ReactNode;
  /** The one chosen; 'new' while a new one is being written; null: the first one. */
  selected: number | 'new' | null;
  onChoose(id: number | 'new'): void;
  /** The button under the list: «Новый шаблон». */
  newLabel: string;
  /** How many of the row's twelve columns the list takes. */
  span: number;
  /** Beside the list: the chosen template (null for a new one). */
  children(current: T | null): ReactNode;
}

/** Templates (of agreements, of questionnaires) listed to open one beside them, with a button to write a new one. */
export function TemplateList<T extends Template>(props: Props<T>) {
  const { templates, selected, onChoose } = props;
  const current = selected === 'new' ? null : (templates.find((t) => t.id === selected) ?? templates[0] ?? null);
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: props.span }}>
        <Stack gap={4}>
          {templates.map((template) => (
            <NavLink
              key={template.id}
              {...props.describe(template)}
              active={selected !== 'new' && current?.id === template.id}
              onClick={() => onChoose(template.id)}
              rightSection={
                template.builtIn ? (
                  <Badge size="xs" variant="light">
                    образец
                  </Badge>
                ) : (
                  props.action?.(template)
                )
              }
            />
          ))}
          <Button variant="light" mt="sm" leftSection={<IconPlus size={16} />} onClick={() => onChoose('new')}>
            {props.newLabel}
          </Button>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 12 - props.span }}>{props.children(current)}</Grid.Col>
    </Grid>
  );
}
