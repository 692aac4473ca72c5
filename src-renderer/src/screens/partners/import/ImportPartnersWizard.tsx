import { Button, Stack, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { DuplicateChoice, ImportField, ImportMapping, ImportPreview, ImportRead } from '@contract/partner-import';
import { ApiError, invoke } from '../../../api/client';
import { useApiMutation } from '../../../api/queries';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { plannedCounts } from './preview-counts';
import { PreviewStep } from './PreviewStep';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { importErrorText } from '../../../components/import/file-checks';
import { useImportFile, type PickedFile } from '../../../components/import/use-import-file';
import { ImportModal } from '../../../components/import/ImportModal';
import { ImportStepper, ImportWriting, ImportFooter } from '../../../components/import/ImportSteps';

interface ImportPartnersWizardProps {
  opened: boolean;
  onClose(): void;
}

type LoadedFile = PickedFile & { read: ImportRead };

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
  const source = useImportFile((picked) => invoke('partners:importRead', picked));
  const [fileRead, setFileRead] = useState<ImportRead | null>(null);
  const loaded: LoadedFile | null = source.picked && fileRead ? { ...source.picked, read: fileRead } : null;
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [mappingErrors, setMappingErrors] = useState<Partial<Record<ImportField, string>>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateChoice>('skip');
  const [stepError, setStepError] = useState<string | null>(null);

  const previewCall = useMutation({
    mutationFn: (input: LoadedFile & { mapping: ImportMapping }) =>
      invoke('partners:importPreview', { fileName: input.fileName, content: input.content, mapping: input.mapping }),
  });
  const commit = useApiMutation('partners:importCommit');

  const forget = () => {
    setStep(STEP_FILE);
    setFileRead(null);
    setMapping(null);
    setMappingErrors({});
    setPreview(null);
    setOnDuplicate('skip');
    setStepError(null);
  };

  const closing = source.closing(commit.isPending, forget, onClose);

  const chooseFile = async (chosen: File | null) => {
    setFileRead(null);
    setMapping(null);
    setPreview(null);
    const result = await source.choose(chosen);
    setFileRead(result);
    setMapping(result?.suggestedMapping ?? null);
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
      closing.close();
    } catch (error) {
      setStep(STEP_PREVIEW);
      setStepError(`Ничего не загружено. ${importErrorText(error)}`);
    }
  };

  const planned = preview ? plannedCounts(preview, onDuplicate) : null;
  const nothingToWrite = !planned || planned.added + planned.updated === 0;
  const busy = source.reading || previewCall.isPending || commit.isPending;

  return (
    <ImportModal opened={opened} title="Импорт партнёров из файла" closing={closing}>
      <Stack gap="lg">
        <ImportStepper step={step} busy={busy} onStep={setStep}>
          <Stepper.Step label="Файл" description="XLSX или CSV">
            <FileStep source={source} read={fileRead} onFile={chooseFile} />
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

        <ImportFooter error={stepError} errorTestId="import-error" closing={closing}>
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
        </ImportFooter>
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
