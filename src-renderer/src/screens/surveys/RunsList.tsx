import { Button, Center, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { formatDate } from '@contract/dates';
import { responseText, SURVEY_MODE_LABELS } from '@contract/surveys';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { RowLink } from '../../components/RowLink';
import { IndexBadge } from './labels';
import { EmptyList } from '../../components/EmptyList';

interface Props {
  year: string;
  onOpen(id: number): void;
  onCreate(): void;
}

/** The surveys of a year, latest first, with their response rate and satisfaction index. */
export function RunsList({ year, onOpen, onCreate }: Props) {
  const surveys = useApiQuery('surveys:list', { year });
  return (
    <QueryState query={surveys}>
      {(rows) =>
        rows.length === 0 ? (
          <EmptyList
            testId="surveys-empty"
            action={
              <Center mt="sm">
                <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onCreate}>
                  Новое анкетирование
                </Button>
              </Center>
            }
          >
            В {year} учебном году анкетирований родителей ещё не было. Распечатайте бланк анкеты на вкладке «Анкеты и
            бланки» и раздайте его родителям. Затем нажмите «Новое анкетирование», выберите анкету и дату и введите
            итоги — программа посчитает индекс удовлетворённости и охват родителей.
          </EmptyList>
        ) : (
          <Table highlightOnHover verticalSpacing="sm" data-testid="surveys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>Дата</Table.Th>
                <Table.Th>Анкетирование</Table.Th>
                <Table.Th w={300}>Ответили</Table.Th>
                <Table.Th w={200}>Индекс удовлетворённости</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id} style={{ cursor: 'pointer' }} onClick={() => onOpen(s.id)}>
                  <Table.Td>{formatDate(s.conductedOn)}</Table.Td>
                  <Table.Td>
                    <RowLink onClick={() => onOpen(s.id)}>{s.title}</RowLink>
                    <Text size="xs" c="dimmed">
                      {SURVEY_MODE_LABELS[s.mode]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{responseText(s.respondents, s.families, s.responseRate)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <IndexBadge index={s.index} band={s.band} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}
