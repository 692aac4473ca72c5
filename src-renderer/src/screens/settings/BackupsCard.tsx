import { Alert, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy, IconHistory, IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BackupInfo, BackupProgress, BackupReason } from '@contract/backups';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery, useForgetOtherScreens } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';

const REASONS: Record<BackupReason, string> = {
  auto: 'Ежедневная, автоматически',
  manual: 'Создана вручную',
  'before-migration': 'Перед обновлением программы',
  'before-restore': 'Перед восстановлением',
  'before-import': 'Перед загрузкой архива',
  damaged: 'Повреждённый файл данных',
};

const STAGES: Record<NonNullable<BackupProgress['stage']>, string> = {
  copy: 'Копирование данных',
  check: 'Проверка копии',
  write: 'Запись в выбранную папку',
};

/** 2026-11-26T10:05:00 → «26.11.2026, 10:05». */
function dateText(takenAt: string): string {
  const [date = '', time = ''] = takenAt.split('T');
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}, ${time.slice(0, 5)}`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}

function countsText(counts: BackupInfo['counts']): string {
  if (!counts) return 'не читается';
  return [
    countOf(counts.partners, ['партнёр', 'партнёра', 'партнёров']),
    countOf(counts.agreements, ['договор', 'договора', 'договоров']),
    countOf(counts.events, ['мероприятие', 'мероприятия', 'мероприятий']),
    countOf(counts.planItems, ['пункт плана', 'пункта плана', 'пунктов плана']),
  ].join(', ');
}

/** «Создать резервную копию» into a folder the user chooses, with its progress and where it was saved. */
function SaveCopy({ disabled }: { disabled: boolean }) {
  const save = useApiMutation('backups:saveCopy');
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const progress = useQuery({
    queryKey: ['backups:progress', {}],
    queryFn: () => invoke('backups:progress', {}),
    enabled: save.isPending,
    refetchInterval: 200,
    staleTime: 0,
  });
  const running = save.isPending && progress.data?.running ? progress.data : null;

  const start = async () => {
    setSavedPath(null);
    try {
      const { path } = await save.mutateAsync({});
      if (path) setSavedPath(path);
    } catch (error) {
      noticeRefusal(error, 'Копия не создана', 'Не удалось создать резервную копию.');
    }
  };

  return (
    <Stack gap="xs">
      <Group>
        <Button
          leftSection={<IconDeviceFloppy size={18} />}
          onClick={start}
          loading={save.isPending}
          disabled={disabled}
        >
          Создать резервную копию
        </Button>
        <Text size="sm" c="dimmed">
          Копия сохраняется в папку, которую вы выберете, например на флешку.
        </Text>
      </Group>
      {save.isPending && (
        <div data-testid="backup-progress">
          <Text size="sm" mb={4}>
            {running ? `${STAGES[running.stage ?? 'copy']}… ${running.percent}%` : 'Выберите папку в открывшемся окне…'}
          </Text>
          <Progress value={running?.percent ?? 0} striped animated aria-label="Ход создания копии" />
        </div>
      )}
      {savedPath && (
        <Alert color="teal" title="Резервная копия сохранена" data-testid="backup-saved">
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {savedPath}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * «Резервные копии» in Настройки: a copy to a chosen folder, the copies the app keeps with their date, reason, size
 * and contents, restoring one (the current data is kept as a copy) and undoing that restore.
 */
export function BackupsCard() {
  const list = useApiQuery('backups:list', {});
  const status = useApiQuery('store:status', {});
  const restore = useApiMutation('backups:restore');
  const undo = useApiMutation('backups:undoRestore');
  const forgetOtherScreens = useForgetOtherScreens();
  const readOnly = status.data?.readOnly ?? false;
  const card = useRef<HTMLDivElement>(null);
  const [params] = useSearchParams();

  useEffect(() => {
    if (params.get('section') === 'backups') card.current?.scrollIntoView({ block: 'start' });
  }, [params]);

  const confirmRestore = (backup: BackupInfo) =>
    modals.openConfirmModal({
      title: 'Восстановить данные из копии',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Данные программы будут заменены копией от {dateText(backup.takenAt)} ({countsText(backup.counts)}).
          </Text>
          <Text size="sm">
            {readOnly
              ? 'Повреждённый файл данных не удаляется: он останется в папке резервных копий.'
              : 'Текущие данные не пропадут: программа сохранит их отдельной резервной копией, и восстановление можно будет отменить.'}
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Восстановить', cancel: 'Отмена' },
      onConfirm: async () => {
        try {
          await restore.mutateAsync({ name: backup.name });
          forgetOtherScreens();
          notifications.show({
            color: 'teal',
            title: 'Данные восстановлены',
            message: `Восстановлена копия от ${dateText(backup.takenAt)}.`,
          });
        } catch (error) {
          noticeRefusal(error, 'Не восстановлено', 'Не удалось восстановить данные.');
        }
      },
    });

  const confirmUndo = () =>
    modals.openConfirmModal({
      title: 'Отменить восстановление',
      children: (
        <Text size="sm">
          Вернуть данные, какими они были до восстановления? То, что изменено после восстановления, тоже сохранится
          резервной копией.
        </Text>
      ),
      labels: { confirm: 'Отменить восстановление', cancel: 'Не отменять' },
      onConfirm: async () => {
        try {
          await undo.mutateAsync({});
          forgetOtherScreens();
          notifications.show({
            color: 'teal',
            title: 'Готово',
            message: 'Данные возвращены к состоянию до восстановления.',
          });
        } catch (error) {
          noticeRefusal(error, 'Не выполнено', 'Не удалось отменить восстановление.');
        }
      },
    });

  return (
    <Card withBorder padding="lg" maw={980} ref={card} data-testid="backups-card">
      <Title order={4} mb="xs">
        Резервные копии
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Программа сама сохраняет копию данных при запуске (раз в день), перед обновлением, восстановлением и загрузкой
        архива. Хранятся копии за последние 7 дней, 4 недели и 12 месяцев; каждая проверяется на целостность.
      </Text>
      <Stack gap="lg">
        <SaveCopy disabled={readOnly} />
        <QueryState query={list}>
          {({ backups, lastRestore }) => (
            <Stack gap="sm">
              {lastRestore && (
                <Alert
                  color="blue"
                  icon={<IconHistory />}
                  title="Данные восстановлены из копии"
                  data-testid="last-restore"
                >
                  <Group justify="space-between" align="flex-end">
                    <Text size="sm">
                      {lastRestore.keptAs
                        ? 'Данные, которые были до восстановления, сохранены резервной копией.'
                        : 'Повреждённый файл данных сохранён в папке резервных копий.'}
                    </Text>
                    {lastRestore.keptAs && (
                      <Button
                        variant="white"
                        leftSection={<IconArrowBackUp size={18} />}
                        onClick={confirmUndo}
                        loading={undo.isPending}
                      >
                        Отменить восстановление
                      </Button>
                    )}
                  </Group>
                </Alert>
              )}
              {backups.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Резервных копий пока нет: первая появится при следующем запуске программы.
                </Text>
              ) : (
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="backups-list">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Дата</Table.Th>
                      <Table.Th>Причина</Table.Th>
                      <Table.Th>Размер</Table.Th>
                      <Table.Th>Содержит</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {backups.map((backup) => (
                      <Table.Tr key={backup.name} data-backup={backup.name}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateText(backup.takenAt)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c={backup.reason === 'damaged' ? 'red' : undefined}>
                            {REASONS[backup.reason]}
                          </Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{sizeText(backup.size)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c={backup.counts ? undefined : 'red'}>
                            {countsText(backup.counts)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {backup.counts && backup.reason !== 'damaged' && (
                            <Button
                              size="compact-sm"
                              variant="light"
                              leftSection={<IconRestore size={16} />}
                              onClick={() => confirmRestore(backup)}
                              disabled={restore.isPending || undo.isPending}
                              aria-label={`Восстановить копию от ${dateText(backup.takenAt)}`}
                            >
                              Восстановить
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
