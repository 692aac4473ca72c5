import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { attendanceText, ratioText, type Club, type ClubCoverage } from '@contract/clubs';
import { RowActions } from '../../components/RowActions';
import { countOf } from '../../format';
import { CLUB_FORMS } from './clubs-text';

interface Props {
  clubs: Club[];
  coverage: ClubCoverage;
  onAdd(partnerId: number): void;
  onEdit(club: Club): void;
  onDelete(club: Club): void;
}

/** The clubs grouped by partner (in the order the list comes in: by partner, then name). */
function byPartner(clubs: Club[]): { partnerId: number; partnerName: string; clubs: Club[] }[] {
  const groups: { partnerId: number; partnerName: string; clubs: Club[] }[] = [];
  for (const club of clubs) {
    const group = groups.find((g) => g.partnerId === club.partnerId);
    if (group) group.clubs.push(club);
    else groups.push({ partnerId: club.partnerId, partnerName: club.partnerName, clubs: [club] });
  }
  return groups;
}

/** Each partner's clubs with pupils per class, and how many of the school's pupils they reach. */
export function ClubsByPartner({ clubs, coverage, onAdd, onEdit, onDelete }: Props) {
  return (
    <Stack gap="md">
      {byPartner(clubs).map((group) => {
        const reach = coverage.partners.find((p) => p.partnerId === group.partnerId);
        return (
          <Paper withBorder p="md" key={group.partnerId} data-partner-group={group.partnerName}>
            <Group justify="space-between" align="flex-start" mb="xs">
              <Stack gap={2}>
                <Title order={5}>{group.partnerName}</Title>
                <Text size="sm" c="dimmed">
                  {countOf(group.clubs.length, CLUB_FORMS)}
                  {reach ? ` · охват: ${ratioText(reach)}` : ''}
                </Text>
              </Stack>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                onClick={() => onAdd(group.partnerId)}
              >
                Ещё кружок
              </Button>
            </Group>
            <Table verticalSpacing="xs" highlightOnHover layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">Кружок</Table.Th>
                  <Table.Th w="18%">Педагог</Table.Th>
                  <Table.Th w="18%">Расписание</Table.Th>
                  <Table.Th>Классы (обучающихся)</Table.Th>
                  <Table.Th w={70} ta="right">
                    Всего
                  </Table.Th>
                  <Table.Th w={80} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.clubs.map((club) => (
                  <Table.Tr key={club.id} data-club={club.name}>
                    <Table.Td fw={600}>{club.name}</Table.Td>
                    <Table.Td>{club.leader || '—'}</Table.Td>
                    <Table.Td>{club.schedule || '—'}</Table.Td>
                    <Table.Td>
                      {club.attendance.length > 0 ? (
                        attendanceText(club.attendance)
                      ) : (
                        <Text size="sm" c="dimmed">
                          не указаны
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{club.pupils}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <RowActions
                          tooltips
                          edit={{ label: `Изменить: ${club.name}`, onClick: () => onEdit(club) }}
                          remove={{ label: `Удалить: ${club.name}`, onClick: () => onDelete(club) }}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
    </Stack>
  );
}
