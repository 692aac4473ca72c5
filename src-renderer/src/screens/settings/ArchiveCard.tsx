import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseExport, IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportCounts } from '@contract/archive';
import { ApiError } from '../../api/client';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useApiMutation, useForgetOtherScreens } from '../../api/queries';
import { countOf } from '../../format';
import { quoted } from '@contract/quote';

/** What the card says after the last action, until the next one. */
type Outcome =
  | { kind: 'saved'; path: string; missing: number }
  | { kind: 'imported'; counts: ImportCounts }
  | { kind: 'refused'; title: string; message: string };

/** «26.11.2026 в 10:00», in this computer's time. */
function archiveDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} в ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** «партнёров — 12, договоров — 3, …»: the main records the archive brought. */
function importedText(counts: ImportCounts): string {
  const rows = (table: string) => counts.tables[table] ?? 0;
  return [
    countOf(rows('partners'), ['партнёр', 'партнёра', 'партнёров']),
    countOf(rows('agreements'), ['договор', 'договора', 'договоров']),
    countOf(rows('plan_items'), ['пункт плана', 'пункта плана', 'пунктов плана']),
    countOf(rows('events'), ['мероприятие', 'мероприятия', 'мероприятий']),
    countOf(counts.attachments, ['файл', 'файла', 'файлов']),
  ].join(', ');
}

function refusalOf(error: unknown, title: string, fallback: string): Outcome {
  return { kind: 'refused', title, message: error instanceof ApiError ? error.message : fallback };
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'refused') {
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} title={outcome.title} data-testid="archive-outcome">
        {outcome.message}
      </Alert>
    );
  }
  if (outcome.kind === 'saved') {
    return (
      <Alert
        color={outcome.missing > 0 ? 'yellow' : 'teal'}
        icon={outcome.missing > 0 ? <IconAlertTriangle size={18} /> : <IconCircleCheck size={18} />}
        title="Архив сохранён"
        data-testid="archive-outcome"
      >
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {outcome.path}
        </Text>
        {outcome.missing > 0 && (
          <Text size="sm" mt="xs">
            {countOf(outcome.missing, [
              'файл вложения не найден',
              'файла вложений не найдены',
              'файлов вложений не найдены',
            ])}{' '}
            в папке данных (их удалили вручную) — в архив попали только записи о них.
          </Text>
        )}
      </Alert>
    );
  }
  const { counts } = outcome;
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck size={18} />}
      title="Данные загружены из архива"
      data-testid="archive-outcome"
    >
      <Text size="sm">
        Архив от {archiveDate(counts.archiveCreatedAt)}: {importedText(counts)}.
      </Text>
      <Text size="sm" mt="xs">
        Прежние данные сохранены в резервной копии {quoted(counts.backupFile)}.
      </Text>
    </Alert>
  );
}

/**
 * «Архив всех данных»: every table and every attached file in one .sodr file, and back. Loading one replaces all
 * current data, after a confirmation that says so and a backup copy of what is replaced.
 */
export function ArchiveCard() {
  const save = useApiMutation('archive:export');
  const load = useApiMutation('archive:import');
  const forgetOtherScreens = useForgetOtherScreens();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const saveArchive = async () => {
    setOutcome(null);
    try {
      const { path, missingAttachments } = await save.mutateAsync({});
      if (path) setOutcome({ kind: 'saved', path, missing: missingAttachments });
    } catch (error) {
      setOutcome(refusalOf(error, 'Архив не сохранён', 'Не удалось сохранить архив.'));
    }
  };

  const loadArchive = async () => {
    setOutcome(null);
    try {
      const { imported } = await load.mutateAsync({});
      if (!imported) return;
      forgetOtherScreens();
      setOutcome({ kind: 'imported', counts: imported });
      notifications.show({ color: 'teal', title: 'Готово', message: 'Данные загружены из архива.' });
    } catch (error) {
      setOutcome(refusalOf(error, 'Архив не загружен', 'Не удалось загрузить архив. Данные программы не изменены.'));
    }
  };

  const confirmLoad = () =>
    modals.openConfirmModal({
      title: 'Загрузить архив?',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Все текущие данные программы — партнёры, договоры, планы, календарь, итоги мероприятий — будут заменены
            данными из архива.
          </Text>
          <Text size="sm">
            Перед заменой программа сохранит текущие данные в резервную копию (раздел «Резервные копии»), и их можно
            будет вернуть. Если архив повреждён или чужой, программа откажется его загружать и ничего не изменит.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Выбрать архив и заменить данные', cancel: 'Отмена' },
      confirmProps: { color: 'orange' },
      onConfirm: () => void loadArchive(),
    });

  const busy = save.isPending || load.isPending;
  return (
    <Card withBorder padding="lg" maw={980} data-testid="archive-card">
      <Title order={4} mb="xs">
        Архив всех данных
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Один файл со всеми данными программы: партнёрами, договорами и их сканами, планами, календарём, итогами и
        фотографиями мероприятий. Сохраните его на флешку — из него можно вернуть данные на этом или другом компьютере.
        Сведения о школе и настройки хранятся отдельно и в архив не входят.
      </Text>
      <Stack gap="md">
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={18} />}
            onClick={() => void saveArchive()}
            loading={save.isPending}
            disabled={busy && !save.isPending}
          >
            Сохранить архив всех данных
          </Button>
          <Button
            variant="default"
            leftSection={<IconDatabaseImport size={18} />}
            onClick={confirmLoad}
            loading={load.isPending}
            disabled={busy && !load.isPending}
          >
            Загрузить архив…
          </Button>
        </Group>
        <JobProgressBar task="archiveExport" active={save.isPending} label="Программа собирает архив…" />
        <JobProgressBar task="archiveImport" active={load.isPending} label="Программа проверяет и загружает архив…" />
        {outcome && <OutcomeAlert outcome={outcome} />}
      </Stack>
    </Card>
  );
}
