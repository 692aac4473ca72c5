import { Alert, Button, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ModelImportPreview, ModelTarget } from '@contract/model-import';

import { invoke } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { showUndoNotice } from '../../../components/undo-notice';
import { plannedCounts, targetOf } from './model-choices';
import { ModelPreviewTable } from './ModelPreviewTable';
import { importErrorText } from '../../../components/import/file-checks';
import { useImportFile, type PickedFile } from '../../../components/import/use-import-file';
import { ImportFileInput } from '../../../components/import/ImportFileInput';
import { ImportModal } from '../../../components/import/ImportModal';
import { ImportFooter } from '../../../components/import/ImportSteps';

interface ImportModelDialogProps {
  opened: boolean;
  onClose(): void;
}

async function undoImport(undoToken: number, refresh: () => Promise<void>) {
  try {
    await invoke('partners:undoModelImport', { undoToken });
    notifications.show({ color: 'teal', message: 'Импорт модели отменён.' });
  } catch (error) {
    notifications.show({ color: 'red', title: 'Не отменено', message: importErrorText(error) });
  }
  await refresh();
}

/**
 * «Импорт модели взаимодействия»: a file picked, its table shown as what each row will do, written on «Загрузить».
 * Nothing is written before; the preview and the commit each read the file again from its bytes.
 */
export function ImportModelDialog({ opened, onClose }: ImportModelDialogProps) {
  const queryClient = useQueryClient();
  const source = useImportFile((picked) => invoke('partners:modelImportPreview', picked));
  const [preview, setPreview] = useState<ModelImportPreview | null>(null);
  const [choices, setChoices] = useState<Map<number, ModelTarget>>(new Map());
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const partners = useApiQuery('partners:list', {});
  const categories = useApiQuery('partners:categories', {});

  const commit = useMutation({
    mutationFn: (input: PickedFile & { choices: { line: number; target: ModelTarget }[]; categoryId: number | null }) =>
      invoke('partners:modelImportCommit', input),
  });

  const forget = () => {
    setPreview(null);
    setChoices(new Map());
    setCategoryId(null);
    setCommitError(null);
  };
  const closing = source.closing(commit.isPending, forget, onClose);

  const chooseFile = async (chosen: File | null) => {
    forget();
    setPreview(await source.choose(chosen));
  };

  const counts = preview ? plannedCounts(preview, choices) : null;
  const needsCategory = (counts?.added ?? 0) > 0;
  const ready =
    !!counts && counts.unchosen === 0 && counts.found + counts.added > 0 && (!needsCategory || categoryId !== null);

  const save = async () => {
    if (!source.picked || !preview) return;
    setCommitError(null);
    try {
      const result = await commit.mutateAsync({
        ...source.picked,
        choices: preview.rows.flatMap((row) => {
          const target = targetOf(row, choices);
          return target === null || row.problems.length > 0 ? [] : [{ line: row.line, target }];
        }),
        categoryId: needsCategory && categoryId ? Number(categoryId) : null,
      });
      const refresh = () => queryClient.invalidateQueries();
      showUndoNotice({
        title: 'Модель взаимодействия загружена',
        text:
          `Новых партнёров: ${result.created}, дополнено карточек: ${result.updated}. ` +
          `Добавлено форм: ${result.forms}, эффектов: ${result.effects}.`,
        autoClose: 20000,
        undo: () => void undoImport(result.undoToken, refresh),
      });
      void refresh();
      closing.close();
    } catch (error) {
      setCommitError(`Ничего не загружено. ${importErrorText(error)}`);
    }
  };

  return (
    <ImportModal opened={opened} title="Импорт модели взаимодействия" closing={closing}>
      <Stack>
        <ImportFileInput
          label="Файл с моделью взаимодействия"
          description="Документ Word (.docx), книга Excel (.xlsx) или CSV с таблицей: партнёр, формы взаимодействия, социальный эффект. Программа найдёт таблицу сама; ничего не запишется, пока вы не нажмёте «Загрузить»."
          kinds={['docx', 'xlsx', 'csv']}
          source={source}
          disabled={commit.isPending}
          onChange={(chosen) => void chooseFile(chosen)}
        />
        <JobProgressBar
          task="partnersImport"
          active={source.reading || commit.isPending}
          label="Программа читает файл…"
        />
        {preview && counts && (
          <>
            <Alert color="teal" variant="light" icon={<IconInfoCircle />} data-testid="model-import-summary">
              <Text size="sm">
                {preview.source}: столбцы «{preview.columns.partner}»
                {preview.columns.forms && `, «${preview.columns.forms}»`}
                {preview.columns.effects && `, «${preview.columns.effects}»`}. В реестре найдено: {counts.found}, будет
                добавлено: {counts.added}
                {counts.unchosen > 0 && `, нужно выбрать: ${counts.unchosen}`}
                {counts.problems > 0 && `, с ошибками (не загрузятся): ${counts.problems}`}
                {counts.skipped > 0 && `, пропущено: ${counts.skipped}`}.
              </Text>
            </Alert>
            {needsCategory && (
              <Select
                label="Направление для новых партнёров"
                description="Потом его можно поменять в карточке партнёра."
                placeholder="Выберите направление"
                data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
                value={categoryId}
                onChange={setCategoryId}
                maw={420}
                required
              />
            )}
            <ModelPreviewTable
              preview={preview}
              partners={partners.data ?? []}
              choices={choices}
              onChoose={(line, target) => setChoices((current) => new Map(current).set(line, target))}
            />
          </>
        )}
        <ImportFooter error={commitError} errorTestId="model-import-error" closing={closing}>
          <Button onClick={() => void save()} loading={commit.isPending} disabled={!ready}>
            Загрузить
          </Button>
        </ImportFooter>
      </Stack>
    </ImportModal>
  );
}
