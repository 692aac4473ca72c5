import { FileInput, Loader } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ImportFileState } from './use-import-file';

/** The kinds of file an import reads, as the contract names them. */
export type ImportKind = 'docx' | 'xlsx' | 'csv';

const ACCEPT: Record<ImportKind, string> = {
  docx: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: '.csv,text/csv',
};

/**
 * The file field of every import: the kinds it reads (the old .doc and .xls are offered too, so that the store can
 * say how to save them anew), a loader while the file is read, and the refusal under the field.
 */
export function ImportFileInput({
  label,
  description,
  kinds,
  source: { file, reading, error },
  disabled = false,
  onChange,
  testId,
}: {
  label: string;
  description: ReactNode;
  kinds: readonly ImportKind[];
  /** The file chosen, whether it is being read, and the refusal to show under the field. */
  source: ImportFileState;
  disabled?: boolean;
  onChange(file: File | null): void;
  testId?: string;
}) {
  const old = [kinds.includes('docx') ? '.doc' : '', kinds.includes('xlsx') ? '.xls' : ''].filter(Boolean);
  return (
    <FileInput
      label={label}
      description={description}
      placeholder={`Выберите файл ${kinds
        .map((k) => `.${k}`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' или $1')}`}
      accept={[...kinds.map((k) => ACCEPT[k]), ...old].join(',')}
      leftSection={<IconFileImport size={18} />}
      rightSection={reading ? <Loader size="xs" /> : undefined}
      value={file}
      onChange={onChange}
      error={error}
      clearable={!reading && !disabled}
      disabled={reading || disabled}
      data-testid={testId}
    />
  );
}
