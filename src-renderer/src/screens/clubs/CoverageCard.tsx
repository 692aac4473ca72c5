import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { ratioText, type ClubCoverage } from '@contract/clubs';
import { levelLabel } from './clubs-text';

/** «Охват дополнительным образованием»: m of N per level and overall, as the stage-4 review counts it. */
export function CoverageCard({ coverage }: { coverage: ClubCoverage }) {
  return (
    <Card withBorder padding="lg" data-testid="coverage-card">
      <Stack gap="sm">
        <Title order={4}>Охват дополнительным образованием</Title>
        <Table verticalSpacing={6} data-testid="coverage-table">
          <Table.Tbody>
            {coverage.levels.map((l) => (
              <Table.Tr key={l.level} data-coverage={l.level}>
                <Table.Td>{levelLabel(l.level)}</Table.Td>
                <Table.Td ta="right">{ratioText(l)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr data-coverage="overall">
              <Table.Td fw={600}>Всего по школе</Table.Td>
              <Table.Td ta="right" fw={600}>
                {ratioText(coverage.overall)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {coverage.overall.percent === null && (
          <Text size="sm" c="dimmed">
            Нет данных: охват считается от численности классов, а они на этот год не внесены.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          m — обучающиеся в кружках партнёров, N — численность классов. Один ребёнок может ходить в несколько кружков,
          поэтому по каждому классу учитывается не больше, чем в нём обучающихся.
        </Text>
      </Stack>
    </Card>
  );
}
