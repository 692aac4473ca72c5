import { Autocomplete, Button, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import {
  ACHIEVEMENT_LEVELS,
  ACHIEVEMENT_LEVEL_LABELS,
  ACHIEVEMENT_RESULTS,
  ACHIEVEMENT_RESULT_LABELS,
  type AchievementFields,
} from '@contract/events';
import { RowActions } from '../../components/RowActions';
import { normaliseClassName } from './class-names';

interface Props {
  achievements: AchievementFields[];
  onChange(achievements: AchievementFields[]): void;
  /** The event's classes, offered for an achievement's class. */
  classNames: string[];
  errors: Record<string, string>;
}

const blankAchievement = (): AchievementFields => ({
  contest: '',
  level: 'municipal',
  result: 'participant',
  pupil: '',
  className: '',
});

/** Achievements of a held event: contest, level, result, and the pupil or the class; rows added and removed. */
export function AchievementsTable({ achievements, onChange, classNames, errors }: Props) {
  const setAchievement = (i: number, patch: Partial<AchievementFields>) =>
    onChange(achievements.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <div>
      <Title order={5} mb="xs">
        Достижения
      </Title>
      {achievements.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          Достижений не записано.
        </Text>
      ) : (
        <Table withTableBorder mb="xs" data-testid="achievements" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Конкурс</Table.Th>
              <Table.Th w={160}>Уровень</Table.Th>
              <Table.Th w={130}>Результат</Table.Th>
              <Table.Th w={170}>Учащийся</Table.Th>
              <Table.Th w={80}>Класс</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {achievements.map((a, i) => {
              const n = i + 1;
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Конкурс ${n}`}
                      value={a.contest}
                      onChange={(e) => setAchievement(i, { contest: e.currentTarget.value })}
                      error={errors[`achievements.${i}.contest`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Уровень ${n}`}
                      data={ACHIEVEMENT_LEVELS.map((l) => ({ value: l, label: ACHIEVEMENT_LEVEL_LABELS[l] }))}
                      value={a.level}
                      onChange={(level) => level && setAchievement(i, { level: level as AchievementFields['level'] })}
                      allowDeselect={false}
                      error={errors[`achievements.${i}.level`]}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Результат ${n}`}
                      data={ACHIEVEMENT_RESULTS.map((r) => ({ value: r, label: ACHIEVEMENT_RESULT_LABELS[r] }))}
                      value={a.result}
                      onChange={(result) =>
                        result && setAchievement(i, { result: result as AchievementFields['result'] })
                      }
                      allowDeselect={false}
                      error={errors[`achievements.${i}.result`]}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Учащийся ${n}`}
                      placeholder="Весь класс"
                      value={a.pupil}
                      onChange={(e) => setAchievement(i, { pupil: e.currentTarget.value })}
                      error={errors[`achievements.${i}.pupil`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete
                      size="xs"
                      aria-label={`Класс ${n}`}
                      data={classNames}
                      value={a.className}
                      onChange={(value) => setAchievement(i, { className: normaliseClassName(value) })}
                      error={errors[`achievements.${i}.className`]}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      remove={{
                        label: `Удалить достижение ${n}`,
                        onClick: () => onChange(achievements.filter((_, j) => j !== i)),
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...achievements, blankAchievement()])}
      >
        Добавить достижение
      </Button>
    </div>
  );
}
