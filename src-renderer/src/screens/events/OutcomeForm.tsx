import { Button, Group, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { AchievementFields, EventDetail, Outcome } from '@contract/events';
import { invoke } from '../../api/client';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { AchievementsTable } from './AchievementsTable';
import { normaliseClassName, sortedClassNames } from './class-names';
import { quoted } from '@contract/quote';
import { WholeNumberInput } from '../../components/WholeNumberInput';

interface Props {
  event: EventDetail;
  onSaved(detail: EventDetail): void;
  onDirtyChange(dirty: boolean): void;
}

interface Values {
  pupils: Record<string, number | string>;
  parents: number | string;
  teachers: number | string;
  summary: string;
  achievements: AchievementFields[];
}

function valuesOf(event: EventDetail): Values {
  const outcome = event.outcome;
  const names = sortedClassNames([...event.classes, ...(outcome?.classes.map((c) => c.className) ?? [])]);
  const counted = new Map(outcome?.classes.map((c) => [c.className, c.pupils]));
  return {
    pupils: Object.fromEntries(names.map((n) => [n, counted.get(n) ?? 0])),
    parents: outcome?.parents ?? 0,
    teachers: outcome?.teachers ?? 0,
    summary: outcome?.summary ?? '',
    achievements: event.achievements.map(({ contest, level, result, pupil, className }) => ({
      contest,
      level,
      result,
      pupil,
      className,
    })),
  };
}

/** A number input's value for the contract: an empty box is 0, anything else goes as typed for the store to check. */
const count = (value: number | string) => (value === '' ? 0 : Number(value));

/** Pupils of a class not named in the event may have taken part too: a row for it. */
function AddClass({ onAdd, existing }: { onAdd(name: string): void; existing: string[] }) {
  const [name, setName] = useState('');
  const add = () => {
    const normalised = normaliseClassName(name);
    if (normalised && !existing.includes(normalised)) onAdd(normalised);
    setName('');
  };
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        size="xs"
        label="Ещё класс"
        placeholder="6Б"
        w={120}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add();
        }}
      />
      <Button size="xs" variant="default" onClick={add} disabled={!name.trim()}>
        Добавить класс
      </Button>
    </Group>
  );
}

/** What a held event achieved: pupils per class, parents, teachers, a summary, and the achievements. */
export function OutcomeForm({ event, onSaved, onDirtyChange }: Props) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(event) });
  const dialog = useRecordDialog({
    form,
    write: (values) => {
      const outcome: Outcome = {
        parents: count(values.parents),
        teachers: count(values.teachers),
        summary: values.summary,
        classes: Object.entries(values.pupils).map(([className, pupils]) => ({ className, pupils: count(pupils) })),
      };
      return invoke('events:saveOutcome', { id: event.id, outcome, achievements: values.achievements });
    },
    notice: () => ({ title: null, message: `Итоги ${quoted(event.title)} сохранены.` }),
    onSaved: (detail) => {
      const saved = valuesOf(detail);
      form.setInitialValues(saved);
      form.setValues(saved);
      onSaved(detail);
    },
    onDirtyChange,
  });
  const v = form.values;
  const errors = form.errors as Record<string, string>;
  const set = (patch: Partial<Values>) => form.setValues(patch);
  const classNames = Object.keys(v.pupils);

  const totalPupils = classNames.reduce((sum, n) => sum + (Number(v.pupils[n]) || 0), 0);

  return (
    <Stack>
      <div>
        <Title order={5} mb="xs">
          Участники
        </Title>
        {classNames.length === 0 ? (
          <Text size="sm" c="dimmed" mb="xs">
            Классы у мероприятия не указаны: добавьте их на вкладке «Сведения», чтобы записать число учащихся.
          </Text>
        ) : (
          <Table withTableBorder mb="xs" data-testid="outcome-classes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Класс</Table.Th>
                <Table.Th w={200}>Учащихся</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {classNames.map((name, i) => (
                <Table.Tr key={name}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <WholeNumberInput
                      aria-label={`Учащихся ${name}`}
                      size="xs"
                      min={0}
                      max={200}
                      value={v.pupils[name] ?? 0}
                      onChange={(value) => set({ pupils: { ...v.pupils, [name]: value } })}
                      error={errors[`outcome.classes.${i}.pupils`] ?? errors[`outcome.classes.${i}.className`]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Всего учащихся</Table.Th>
                <Table.Th>{totalPupils}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
        <AddClass
          onAdd={(name) =>
            set({
              pupils: Object.fromEntries(sortedClassNames([...classNames, name]).map((n) => [n, v.pupils[n] ?? 0])),
            })
          }
          existing={classNames}
        />
        <SimpleGrid cols={2} mt="sm">
          <WholeNumberInput
            label="Родителей"
            min={0}
            value={v.parents}
            onChange={(parents) => set({ parents })}
            error={errors['outcome.parents']}
          />
          <WholeNumberInput
            label="Педагогов"
            min={0}
            value={v.teachers}
            onChange={(teachers) => set({ teachers })}
            error={errors['outcome.teachers']}
          />
        </SimpleGrid>
      </div>
      <Textarea
        label="Что сделано и чего достигли"
        autosize
        minRows={3}
        value={v.summary}
        onChange={(e) => set({ summary: e.currentTarget.value })}
        error={errors['outcome.summary']}
      />
      <AchievementsTable
        achievements={v.achievements}
        onChange={(achievements) => set({ achievements })}
        classNames={classNames}
        errors={errors}
      />
      <Group justify="flex-end">
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => dialog.submit()}
          loading={dialog.saving}
          disabled={!dialog.dirty}
        >
          Сохранить итоги
        </Button>
      </Group>
    </Stack>
  );
}
