import { Badge, Box, Button, Group, Menu, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconHistory, IconPencil, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StaffMember } from '@contract/staff';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { RowActions } from '../../components/RowActions';
import { EmptyList } from '../../components/EmptyList';
import { confirmDeleteTeacher, setTeacherActive } from './staff-actions';
import { StaffMemberDialog } from './StaffMemberDialog';

type Shown = 'active' | 'left' | 'all';

const EMPTY: Record<Shown, string> = {
  active:
    'Работающих педагогов в списке нет. Нажмите «Добавить педагога»: достаточно фамилии, имени и отчества, должность и предметы можно указать позже.',
  left: 'Уволившихся педагогов нет. Педагог попадает сюда, когда в его меню выбирают «Отметить, что педагог уволился».',
  all: 'Педагогов пока нет. Нажмите «Добавить педагога»: достаточно фамилии, имени и отчества, должность и предметы можно указать позже. Записи о курсах, РМО и конференциях ведутся по педагогам.',
};

function TeacherMenu({ member, onEdit, onHistory }: { member: StaffMember; onEdit(): void; onHistory(): void }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries();
  return (
    // A click in the menu stays in it: the row under it opens the teacher's history.
    <Box onClick={(e) => e.stopPropagation()}>
      <RowActions
        menu={{
          label: `Действия: ${member.fullName}`,
          iconSize: 18,
          itemIconSize: 16,
          items: (
            <>
              <Menu.Item leftSection={<IconHistory size={16} />} onClick={onHistory}>
                История повышения квалификации
              </Menu.Item>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
                Изменить
              </Menu.Item>
              {member.active ? (
                <Menu.Item
                  leftSection={<IconUserOff size={16} />}
                  onClick={() => void setTeacherActive(member, false, refresh)}
                >
                  Отметить, что педагог уволился
                </Menu.Item>
              ) : (
                <Menu.Item
                  leftSection={<IconUserCheck size={16} />}
                  onClick={() => void setTeacherActive(member, true, refresh)}
                >
                  Снова работает
                </Menu.Item>
              )}
            </>
          ),
        }}
        remove={{ label: `Удалить: ${member.fullName}`, onClick: () => confirmDeleteTeacher(member, refresh) }}
      />
    </Box>
  );
}

/** The school's teachers, working or left; a row opens the teacher's history. */
export function StaffTab({ onHistory }: { onHistory(id: number): void }) {
  const staff = useApiQuery('staff:list', {});
  const [shown, setShown] = useState<Shown>('active');
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);

  return (
    <QueryState query={staff}>
      {(members) => {
        const active = members.filter((m) => m.active).length;
        const rows = members.filter((m) => shown === 'all' || m.active === (shown === 'active'));
        return (
          <>
            <Group justify="space-between" mb="md">
              <SegmentedControl
                aria-label="Показать педагогов"
                value={shown}
                onChange={(value) => setShown(value as Shown)}
                data={[
                  { value: 'active', label: `Работают (${active})` },
                  { value: 'left', label: `Уволились (${members.length - active})` },
                  { value: 'all', label: `Все (${members.length})` },
                ]}
              />
              <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing('new')}>
                Добавить педагога
              </Button>
            </Group>
            {rows.length === 0 ? (
              <EmptyList>{members.length === 0 ? EMPTY.all : EMPTY[shown]}</EmptyList>
            ) : (
              <Paper withBorder>
                <Table highlightOnHover verticalSpacing="sm" data-testid="staff-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Фамилия, имя, отчество</Table.Th>
                      <Table.Th>Должность</Table.Th>
                      <Table.Th>Предметы</Table.Th>
                      <Table.Th ta="right">Записей</Table.Th>
                      <Table.Th w={48} />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((m) => (
                      <Table.Tr key={m.id} onClick={() => onHistory(m.id)} style={{ cursor: 'pointer' }} data-staff-row>
                        <Table.Td fw={600}>
                          <Group gap="xs">
                            {m.fullName}
                            {!m.active && (
                              <Badge color="gray" variant="light">
                                не работает
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{m.position}</Table.Td>
                        <Table.Td>{m.subjects}</Table.Td>
                        <Table.Td ta="right">{m.recordsCount}</Table.Td>
                        <Table.Td>
                          <TeacherMenu member={m} onEdit={() => setEditing(m)} onHistory={() => onHistory(m.id)} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
            <Text size="sm" c="dimmed" mt="xs">
              Работающих педагогов: {active}. Нажмите на строку, чтобы открыть историю повышения квалификации педагога.
            </Text>
            {editing && (
              <StaffMemberDialog member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}
