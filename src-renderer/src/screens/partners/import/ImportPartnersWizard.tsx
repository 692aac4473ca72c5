import { Button, Group, Stack, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { DuplicateChoice, ImportField, ImportMapping, ImportPreview, ImportRead } from '@contract/partner-import';
import { ApiError, invoke } from '../../../api/client';
import { useApiMutation } from '../../../api/queries';
import { fileToBase64 } from '../../../files';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { plannedCounts } from './preview-counts';
import classes from './ImportPartnersWizard.module.css';
import { PreviewStep } from './PreviewStep';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { fileProblem, importErrorText } from '../../../components/import/file-checks';
import { ImportModal } from '../../../components/import/ImportModal';
import { ImportError, ImportStepper, ImportWriting } from '../../../components/import/ImportSteps';

interface ImportPartnersWizardProps {
  opened: boolean;
  onClose(): void;
}

interface LoadedFile {
  fileName: string;
  content: string;
  read: ImportRead;
}

const STEP_FILE = 0;
const STEP_MAPPING = 1;
const STEP_PREVIEW = 2;
const STEP_COMMIT = 3;

/**
 * The import of partners from a file, step by step: file, columns, preview, commit.
 * Nothing is written before «Загрузить»; the file travels again with every step, so closing forgets it.
 */
export function ImportPartnersWizard({ opened, onClose }: ImportPartnersWizardProps) {
  const [step, setStep] = useState(STEP_FILE);
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [mappingErrors, setMappingErrors] = useState<Partial<Record<ImportField, string>>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateChoice>('skip');
  const [stepError, setStepError] = useState<string | null>(null);

  const read = useMutation({
    mutationFn: async (chosen: File) => {
      const content = await fileToBase64(chosen);
      const value = await invoke('partners:importRead', { fileName: chosen.name, content });
      return { fileName: chosen.name, content, read: value };
    },
  });
  const previewCall = useMutation({
    mutationFn: (input: LoadedFile & { mapping: ImportMapping }) =>
      invoke('partners:importPreview', { fileName: input.fileName, content: input.content, mapping: input.mapping }),
  });
  const commit = useApiMutation('partners:importCommit');

  const reset = () => {
    setStep(STEP_FILE);
    setFile(null);
    setLoaded(null);
    setFileError(null);
    setMapping(null);
    setMappingErrors({});
    setPreview(null);
    setOnDuplicate('skip');
    setStepError(null);
  };

  const close = () => {
    if (commit.isPending) return;
    reset();
    onClose();
  };

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setLoaded(null);
    setMapping(null);
    setPreview(null);
    setFileError(null);
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setFileError(problem);
      return;
    }
    try {
      const result = await read.mutateAsync(chosen);
      setLoaded(result);
      setMapping(result.read.suggestedMapping);
    } catch (error) {
      setFileError(importErrorText(error));
    }
  };

  const toPreview = async () => {
    if (!loaded || !mapping) return;
    if (mapping.fullName === null) {
      setMappingErrors({ fullName: 'Выберите столбец с полным наименованием' });
      return;
    }
    setMappingErrors({});
    setStepError(null);
    try {
      setPreview(await previewCall.mutateAsync({ ...loaded, mapping }));
      setStep(STEP_PREVIEW);
    } catch (error) {
      setStepError(importErrorText(error));
      if (error instanceof ApiError) setMappingErrors(mappingFieldErrors(error.fields));
    }
  };

  const save = async () => {
    if (!loaded || !mapping) return;
    setStepError(null);
    setStep(STEP_COMMIT);
    try {
      const result = await commit.mutateAsync({
        fileName: loaded.fileName,
        content: loaded.content,
        mapping,
        onDuplicate,
      });
      notifications.show({
        color: 'teal',
        title: 'Импорт завершён',
        message: `Добавлено: ${result.created}, обновлено: ${result.updated}, пропущено: ${result.skipped}, с ошибками: ${result.invalid}.`,
      });
      reset();
      onClose();
    } catch (error) {
      setStep(STEP_PREVIEW);
      setStepError(`Ничего не загружено. ${importErrorText(error)}`);
    }
  };

  const planned = preview ? plannedCounts(preview, onDuplicate) : null;
  const nothingToWrite = !planned || planned.added + planned.updated === 0;
  const busy = read.isPending || previewCall.isPending || commit.isPending;

  return (
    <ImportModal opened={opened} onClose={close} title="Импорт партнёров из файла" writing={commit.isPending}>
      <Stack gap="lg">
        <ImportStepper step={step} busy={busy} onStep={setStep}>
          <Stepper.Step label="Файл" description="XLSX или CSV">
            <FileStep
              file={file}
              read={loaded?.read ?? null}
              reading={read.isPending}
              error={fileError}
              onFile={chooseFile}
            />
          </Stepper.Step>
          <Stepper.Step label="Столбцы" description="Что откуда брать">
            {loaded && mapping && (
              <MappingStep read={loaded.read} mapping={mapping} onChange={setMapping} errors={mappingErrors} />
            )}
          </Stepper.Step>
          <Stepper.Step label="Проверка" description="Ошибки и совпадения">
            {preview && <PreviewStep preview={preview} onDuplicate={onDuplicate} onDuplicateChange={setOnDuplicate} />}
          </Stepper.Step>
          <Stepper.Step label="Загрузка" description="Запись в реестр">
            <ImportWriting>Загружаю партнёров…</ImportWriting>
          </Stepper.Step>
        </ImportStepper>

        <JobProgressBar task="partnersImport" active={busy} label="Программа читает файл…" />

        <ImportError text={stepError} testId="import-error" />

        <Group justify="space-between" className={classes.footer}>
          <Button variant="default" onClick={close} disabled={commit.isPending}>
            Отмена
          </Button>
          <Group>
            {step > STEP_FILE && step < STEP_COMMIT && (
              <Button variant="default" onClick={() => setStep(step - 1)} disabled={busy}>
                Назад
              </Button>
            )}
            {step === STEP_FILE && (
              <Button onClick={() => setStep(STEP_MAPPING)} disabled={!loaded || busy}>
                Далее
              </Button>
            )}
            {step === STEP_MAPPING && (
              <Button onClick={toPreview} loading={previewCall.isPending}>
                Далее
              </Button>
            )}
            {(step === STEP_PREVIEW || step === STEP_COMMIT) && (
              <Button onClick={save} loading={commit.isPending} disabled={nothingToWrite}>
                Загрузить
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </ImportModal>
  );
}

/** The dispatcher names a mapping's fields «mapping.fullName»; the selects know them as «fullName». */
function mappingFieldErrors(fields: Record<string, string>): Partial<Record<ImportField, string>> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => key.startsWith('mapping.'))
      .map(([key, message]) => [key.slice('mapping.'.length), message]),
  );
}
