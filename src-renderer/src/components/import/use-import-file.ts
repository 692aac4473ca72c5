import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fileToBase64 } from '../../files';
import type { ImportClosing } from './ImportModal';
import { fileProblem, importErrorText } from './file-checks';

/** A picked file as every import channel takes it: its name and its bytes in base64. */
export interface PickedFile {
  fileName: string;
  content: string;
}

/** The file field's side of an import's file: the file chosen, whether it is being read, and its refusal. */
export interface ImportFileState {
  file: File | null;
  reading: boolean;
  error: string | null;
}

/**
 * The file of an import: picked, checked (size, empty), sent to be read, and what the reading gave — or the
 * refusal to show under the field. Picking another file, or none, forgets the last one's reading.
 * The dialog's `closing` comes from here too, so that every import closes alike.
 */
export function useImportFile<T, Extra extends unknown[] = []>(
  read: (picked: PickedFile, ...extra: Extra) => Promise<T>,
) {
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reading = useMutation({
    mutationFn: ({ picked, extra }: { picked: PickedFile; extra: Extra }) => read(picked, ...extra),
  });

  const clear = () => {
    setFile(null);
    setPicked(null);
    setError(null);
  };

  /**
   * Reads the chosen file, with whatever else the reading takes (`extra`); answers what it read, or null when there is
   * nothing (no file, or a refusal).
   */
  const choose = async (chosen: File | null, ...extra: Extra): Promise<T | null> => {
    clear();
    setFile(chosen);
    if (!chosen) return null;
    const problem = fileProblem(chosen);
    if (problem) {
      setError(problem);
      return null;
    }
    try {
      const next = { fileName: chosen.name, content: await fileToBase64(chosen) };
      const result = await reading.mutateAsync({ picked: next, extra });
      setPicked(next);
      return result;
    } catch (refusal) {
      setError(importErrorText(refusal));
      return null;
    }
  };

  /**
   * How the import's window closes: asking once a file is chosen, not at all while `writing`; closing runs `forget`
   * (the dialog's own state), forgets the file and calls `onClose`. A finished import closes the same way.
   */
  const closing = (writing: boolean, forget: () => void, onClose: () => void): ImportClosing => ({
    picked: file !== null,
    writing,
    close: () => {
      forget();
      clear();
      onClose();
    },
  });

  return { file, picked, error, reading: reading.isPending, choose, clear, closing };
}
