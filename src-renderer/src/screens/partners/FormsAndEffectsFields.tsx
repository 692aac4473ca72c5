import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { InteractionForm } from '@contract/partners';
import { useApiQuery } from '../../api/queries';
import { ListEditor } from '../../components/ListEditor';
import { TextListEditor } from '../../components/TextListEditor';
import { MultiPick } from '../../components/MultiPick';

interface Props {
  forms: InteractionForm[];
  effects: string[];
  onForms(forms: InteractionForm[]): void;
  onEffects(effects: string[]): void;
  errors?: Record<string, string>;
}

/** Forms of interaction (each may serve the program's tasks) and expected social effects, as ordered lists. */
export function FormsAndEffectsFields({ forms, effects, onForms, onEffects, errors }: Props) {
  const program = useApiQuery('program:get', {});
  const tasks = (program.data?.tasks ?? []).map((t, i) => ({
    value: String(t.id),
    label: `Задача ${i + 1}: ${t.text}`,
  }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="sm">
        <Title order={5}>Формы взаимодействия</Title>
        <ListEditor
          items={forms}
          onChange={onForms}
          text={(f) => f.text}
          withText={(f, text) => ({ ...f, text })}
          create={() => ({ text: '', taskIds: [] })}
          addLabel="Добавить форму"
          itemLabel="Форма"
          emptyText="Формы взаимодействия не выбраны. Нажмите «Добавить форму»."
          errors={errors}
          errorPath="forms"
          extra={(form, index, update) => (
            <MultiPick
              aria-label={`Задачи программы для формы ${index + 1}`}
              placeholder={form.taskIds.length ? undefined : 'Задачи программы, которым служит форма'}
              size="xs"
              data={tasks}
              value={form.taskIds.map(String)}
              onChange={(values) => update({ ...form, taskIds: values.map(Number) })}
              error={errors?.[`forms.${index}.taskIds`]}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={5}>Социальный эффект</Title>
        <TextListEditor
          items={effects}
          onChange={onEffects}
          addLabel="Добавить эффект"
          itemLabel="Эффект"
          emptyText="Ожидаемый социальный эффект не указан. Нажмите «Добавить эффект»."
          errors={errors}
          errorPath="effects"
        />
      </Stack>
    </SimpleGrid>
  );
}
