import { Paper, Table, Text } from '@mantine/core';
import { indicatorText, withoutClassesText } from '@contract/review-text';
import { INDICATOR_TITLES, type Indicator, type LevelFigures, type Review } from '@contract/reviews';
import { levelLabel } from '../clubs/clubs-text';
import { FigureLink } from './FigureLink';
import type { MembersTarget } from './MembersDrawer';

type LevelIndicator = 'planFulfilment' | 'pupilCoverage' | 'clubCoverage';
const COLUMNS: LevelIndicator[] = ['planFulfilment', 'pupilCoverage', 'clubCoverage'];

/** The indicators per level of education; every figure opens what makes it up. */
export function LevelsTab({ review, onMembers }: { review: Review; onMembers(target: MembersTarget): void }) {
  const cell = (level: LevelFigures, indicator: Indicator) =>
    indicator.value === null ? (
      <Text size="sm" c="dimmed" title={indicator.noData ?? undefined}>
        нет данных
      </Text>
    ) : (
      <FigureLink
        text={indicatorText(indicator)}
        label={`${INDICATOR_TITLES[indicator.key]} — ${level.level}`}
        onOpen={() => onMembers({ key: indicator.key, indicator, level: level.level })}
      />
    );
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" mb="sm">
        Уровень определяется по классам мероприятия или записи. Нажмите на цифру, чтобы увидеть, из чего она
        складывается.
      </Text>
      {withoutClassesText(review.figures.plan.withoutClasses) && (
        <Text size="sm" c="orange.9" mb="sm" data-testid="levels-remark">
          {withoutClassesText(review.figures.plan.withoutClasses)}
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" data-testid="levels-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Уровень</Table.Th>
              {COLUMNS.map((key) => (
                <Table.Th key={key}>{INDICATOR_TITLES[key]}</Table.Th>
              ))}
              <Table.Th>Участий в конкурсах</Table.Th>
              <Table.Th>{INDICATOR_TITLES.achievementWinners}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.figures.byLevel.map((level) => (
              <Table.Tr key={level.level} data-level={level.level}>
                <Table.Td fw={600}>{levelLabel(level.level)}</Table.Td>
                {COLUMNS.map((key) => (
                  <Table.Td key={key}>{cell(level, level[key])}</Table.Td>
                ))}
                <Table.Td>
                  <FigureLink
                    text={String(level.achievements)}
                    label={`Участия в конкурсах — ${level.level}`}
                    onOpen={() =>
                      onMembers({
                        key: 'achievementWinners',
                        summary: `участий ${level.achievements}, победителей и призёров ${level.winners}`,
                        level: level.level,
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>{level.winners}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
