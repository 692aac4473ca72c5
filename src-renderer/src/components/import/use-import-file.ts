import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fileToBase64 } from '../../files';
import { fileProblem, importErrorText } from './file-checks';

/** A picked file as every import channel takes it: its name and its bytes in base64. */
export interface PickedFile {
  fileName: string;
  content: string;
}

/**
 * The file of an import: picked, checked (size, empty), sent to be read, and what the reading gave — or the
 * refusal to show under the field. Picking another file, or none, forgets the last one's reading.
 */
export function useImportFile<T>(read: (picked: PickedFile) => Promise<T>) {
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reading = useMutation({ mutationFn: read });

  const clear = () => {
    setFile(null);
    setPicked(null);
    setError(null);
  };

  /** Reads the chosen file; answers what it read, or null when there is nothing (no file, or a refusal). */
  const choose = async (chosen: File | null): Promise<T | null> => {
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
      const result = await reading.mutateAsync(next);
      setPicked(next);
      return result;
    } catch (refusal) {
      setError(importErrorText(refusal));
      return null;
    }
  };

  return { file, picked, error, reading: reading.isPending, choose, clear };
}
