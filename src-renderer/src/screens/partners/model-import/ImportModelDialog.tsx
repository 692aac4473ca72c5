import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ModelImportPreview, ModelTarget } from '@contract/model-import';

import { invoke } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { showUndoNotice } from '../../../components/undo-notice';
import { fileToBase64 } from '../../../files';
import { plannedCounts, targetOf } from './model-choices';
import { ModelPreviewTable } from './ModelPreviewTable';
import { fileProblem, importErrorText } from '../../../components/import/file-checks';
import { ImportFileInput } from '../../../components/import/ImportFileInput';
import { ImportModal } from '../../../components/import/ImportModal';
import { ImportError } from '../../../components/import/ImportSteps';

interface ImportModelDialogProps {
  opened: boolean;
  onClose(): void;
}

interface PickedFile {
  fileName: string;
  content: string;
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
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ModelImportPreview | null>(null);
  const [choices, setChoices] = useState<Map<number, ModelTarget>>(new Map());
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const partners = useApiQuery('partners:list', {});
  const categories = useApiQuery('partners:categories', {});

  const read = useMutation({
    mutationFn: async (chosen: File) => {
      const content = await fileToBase64(chosen);
      const value = await invoke('partners:modelImportPreview', { fileName: chosen.name, content });
      return { picked: { fileName: chosen.name, content }, preview: value };
    },
  });
  const commit = useMutation({
    mutationFn: (input: PickedFile & { choices: { line: number; target: ModelTarget }[]; categoryId: number | null }) =>
      invoke('partners:modelImportCommit', input),
  });

  const reset = () => {
    setFile(null);
    setPicked(null);
    setFileError(null);
    setPreview(null);
    setChoices(new Map());
    setCategoryId(null);
    setCommitError(null);
  };
  const close = () => {
    if (commit.isPending) return;
    reset();
    onClose();
  };

  const chooseFile = async (chosen: File | null) => {
    reset();
    setFile(chosen);
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setFileError(problem);
      return;
    }
    try {
      const result = await read.mutateAsync(chosen);
      setPicked(result.picked);
      setPreview(result.preview);
    } catch (error) {
      setFileError(importErrorText(error));
    }
  };

  const counts = preview ? plannedCounts(preview, choices) : null;
  const needsCategory = (counts?.added ?? 0) > 0;
  const ready =
    !!counts && counts.unchosen === 0 && counts.found + counts.added > 0 && (!needsCategory || categoryId !== null);

  const save = async () => {
    if (!picked || !preview) return;
    setCommitError(null);
    try {
      const result = await commit.mutateAsync({
        ...picked,
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
      reset();
      onClose();
    } catch (error) {
      setCommitError(`Ничего не загружено. ${importErrorText(error)}`);
    }
  };

  return (
    <ImportModal opened={opened} onClose={close} title="Импорт модели взаимодействия" writing={commit.isPending}>
      <Stack>
        <ImportFileInput
          label="Файл с моделью взаимодействия"
          description="Документ Word (.docx), книга Excel (.xlsx) или CSV с таблицей: партнёр, формы взаимодействия, социальный эффект. Программа найдёт таблицу сама; ничего не запишется, пока вы не нажмёте «Загрузить»."
          kinds={['docx', 'xlsx', 'csv']}
          value={file}
          reading={read.isPending}
          disabled={commit.isPending}
          onChange={(chosen) => void chooseFile(chosen)}
          error={fileError}
        />
        <JobProgressBar
          task="partnersImport"
          active={read.isPending || commit.isPending}
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
        <ImportError text={commitError} testId="model-import-error" />
        <Group justify="space-between">
          <Button variant="default" onClick={close} disabled={commit.isPending}>
            Отмена
          </Button>
          <Button onClick={() => void save()} loading={commit.isPending} disabled={!ready}>
            Загрузить
          </Button>
        </Group>
      </Stack>
    </ImportModal>
  );
}
