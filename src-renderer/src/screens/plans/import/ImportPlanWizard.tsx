import { Button, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PlanImportPartnerChoice, PlanImportPreview } from '@contract/plan-import';
import { invoke } from '../../../api/client';
import { useApiMutation } from '../../../api/queries';
import { useAcademicYear } from '../../../app/academic-year';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { showUndoNotice } from '../../../components/undo-notice';
import { noticeRefusal } from '../../../components/notices';
import { countOf } from '../../../format';
import { ITEM_FORMS } from '../plan-text';
import { initialChoices, PlanPreviewStep } from './PlanPreviewStep';
import { importErrorText } from '../../../components/import/file-checks';
import { useImportFile, type PickedFile } from '../../../components/import/use-import-file';
import { ImportFileInput } from '../../../components/import/ImportFileInput';
import { ImportModal } from '../../../components/import/ImportModal';
import { ImportStepper, ImportWriting, ImportFooter } from '../../../components/import/ImportSteps';

const STEP_FILE = 0;
const STEP_PREVIEW = 1;
const STEP_COMMIT = 2;
/** How long «Отменить» stays under the notice of an import. */
const UNDO_MS = 30_000;

/** Takes the import back; the wizard is closed by then, and its screen may be gone with the plan it showed. */
async function undoImport(undoToken: number, refresh: () => Promise<void>) {
  try {
    const undone = await invoke('plans:importUndo', { undoToken });
    notifications.show({
      color: 'teal',
      title: 'Импорт отменён',
      message: `Удалено из плана: ${countOf(undone.removed, ITEM_FORMS)}.`,
    });
    await refresh();
  } catch (error) {
    noticeRefusal(error, 'Импорт не отменён', 'Не удалось отменить импорт.');
  }
}

/**
 * «Импорт плана»: a Word table, an Excel sheet or a CSV file read as the plan's items, shown row by row as they
 * will be, written into the chosen year only on «Загрузить», and taken back with «Отменить» under the notice.
 */
export function ImportPlanWizard({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const academicYear = useAcademicYear();
  const [step, setStep] = useState(STEP_FILE);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, PlanImportPartnerChoice>>({});
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [stepError, setStepError] = useState<string | null>(null);

  const read = useMutation({
    mutationFn: async (input: PickedFile & { year: string | null; tableIndex: number | null }) =>
      invoke('plans:importPreview', input),
  });
  // A file that names no year goes to the year the screen shows.
  const source = useImportFile(async (picked) => {
    const answer = await read.mutateAsync({ ...picked, year: null, tableIndex: null });
    return answer.fileYear === null && answer.year !== academicYear.year
      ? read.mutateAsync({ ...picked, year: academicYear.year, tableIndex: null })
      : answer;
  });
  const commit = useApiMutation('plans:importCommit');
  const queryClient = useQueryClient();

  const forget = () => {
    setStep(STEP_FILE);
    setPreview(null);
    setChoices({});
    setCategoryId(null);
    setStepError(null);
  };
  const closing = source.closing(commit.isPending, forget, onClose);

  const showPreview = (next: PlanImportPreview) => {
    setPreview(next);
    setChoices((old) => ({ ...initialChoices(next.partners), ...old }));
  };

  const chooseFile = async (chosen: File | null) => {
    setPreview(null);
    setChoices({});
    const answer = await source.choose(chosen);
    if (!answer) return;
    showPreview(answer);
    setStep(STEP_PREVIEW);
  };

  const reread = async (change: { year?: string; tableIndex?: number }) => {
    if (!source.picked || !preview) return;
    setStepError(null);
    try {
      showPreview(
        await read.mutateAsync({
          ...source.picked,
          year: change.year ?? preview.year,
          tableIndex: change.tableIndex ?? preview.tableIndex,
        }),
      );
    } catch (error) {
      setStepError(importErrorText(error));
    }
  };

  const save = async () => {
    if (!source.picked || !preview) return;
    setStepError(null);
    setStep(STEP_COMMIT);
    try {
      const result = await commit.mutateAsync({
        ...source.picked,
        year: preview.year,
        tableIndex: preview.tableIndex,
        partners: Object.entries(choices).map(([key, choice]) => ({ key, choice })),
        newPartnerCategoryId: categoryId,
      });
      academicYear.setYear(result.year);
      const parts = [
        `В план на ${result.year} учебный год добавлено ${countOf(result.created, ITEM_FORMS)}`,
        result.onCalendar > 0 ? `в календаре — ${result.onCalendar}` : '',
        result.createdPartners > 0 ? `новых партнёров — ${result.createdPartners}` : '',
        result.skipped > 0 ? `пропущено строк с ошибками — ${result.skipped}` : '',
      ];
      showUndoNotice({
        title: 'План загружен',
        text: `${parts.filter(Boolean).join(', ')}.`,
        autoClose: UNDO_MS,
        undo: () => void undoImport(result.undoToken, () => queryClient.invalidateQueries()),
      });
      closing.close();
    } catch (error) {
      setStep(STEP_PREVIEW);
      setStepError(`Ничего не загружено. ${importErrorText(error)}`);
    }
  };

  const busy = read.isPending || commit.isPending;
  const ready = preview?.counts.ready ?? 0;

  return (
    <ImportModal opened={opened} title="Импорт плана из файла Word или Excel" size="min(96vw, 84rem)" closing={closing}>
      <Stack gap="md">
        <ImportStepper step={step} busy={busy} onStep={setStep}>
          <Stepper.Step label="Файл" description="DOCX, XLSX или CSV">
            <Stack>
              <ImportFileInput
                label="Файл с планом"
                description="Документ Word (.docx) с таблицей плана, книга Excel (.xlsx) или CSV. Столбцы узнаются по заголовкам: «№», «Сроки», «Мероприятие», «Форма», «Участники», «Партнёр», «Ответственные» — в любом порядке; месяцы можно выделить отдельными строками («Сентябрь»)."
                kinds={['docx', 'xlsx', 'csv']}
                source={source}
                disabled={busy}
                onChange={(chosen) => void chooseFile(chosen)}
                testId="plan-import-file"
              />
              <Text size="sm" c="dimmed">
                Ничего не записывается, пока вы не проверите строки и не нажмёте «Загрузить». Загрузку можно отменить.
              </Text>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Проверка" description="Строки, партнёры, год">
            {preview && (
              <PlanPreviewStep
                preview={preview}
                yearOptions={academicYear.options}
                onYear={(year) => void reread({ year })}
                onTable={(tableIndex) => void reread({ tableIndex })}
                choices={choices}
                onChoice={(key, choice) => setChoices((old) => ({ ...old, [key]: choice }))}
                categoryId={categoryId}
                onCategory={setCategoryId}
                busy={busy}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label="Загрузка" description="Запись в план">
            <ImportWriting>Загружаю мероприятия в план…</ImportWriting>
          </Stepper.Step>
        </ImportStepper>

        <JobProgressBar task="planImport" active={read.isPending} label="Программа читает файл…" />

        <ImportFooter error={stepError} errorTestId="plan-import-error" closing={closing}>
          {step === STEP_PREVIEW && (
            <Button variant="default" onClick={() => setStep(STEP_FILE)} disabled={busy}>
              Назад
            </Button>
          )}
          {step >= STEP_PREVIEW && (
            <Button onClick={() => void save()} loading={commit.isPending} disabled={ready === 0 || busy}>
              {ready === 0 ? 'Загрузить' : `Загрузить ${countOf(ready, ITEM_FORMS)}`}
            </Button>
          )}
        </ImportFooter>
      </Stack>
    </ImportModal>
  );
}
