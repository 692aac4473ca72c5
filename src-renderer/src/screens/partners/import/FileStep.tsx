import { Alert, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ImportRead } from '@contract/partner-import';
import { countOf } from '../../../format';
import { describeFile } from './file-content';
import { ImportFileInput } from '../../../components/import/ImportFileInput';
import type { ImportFileState } from '../../../components/import/use-import-file';

interface FileStepProps {
  source: ImportFileState;
  read: ImportRead | null;
  onFile(file: File | null): void;
}

const ROW_FORMS = ['строка', 'строки', 'строк'] as const;
const COLUMN_FORMS = ['столбец', 'столбца', 'столбцов'] as const;

/** Step 1: the file, and what was found in it. */
export function FileStep({ source, read, onFile }: FileStepProps) {
  return (
    <Stack>
      <ImportFileInput
        label="Файл с партнёрами"
        description="Таблица Excel (.xlsx, читается первый лист) или CSV в кодировке UTF-8 или Windows-1251 с разделителем «;» или «,». Первая строка — заголовки столбцов."
        kinds={['xlsx', 'csv']}
        source={source}
        onChange={onFile}
      />
      {read && (
        <>
          <Alert color="teal" variant="light" icon={<IconInfoCircle />} title="Файл прочитан">
            <Text size="sm" data-testid="import-file-summary">
              {describeFile(read)} · {countOf(read.rowCount, ROW_FORMS)} с данными ·{' '}
              {countOf(read.columns.length, COLUMN_FORMS)}
            </Text>
          </Alert>
          <Text size="sm" fw={500}>
            Первые строки файла
          </Text>
          <ScrollArea type="auto" offsetScrollbars>
            <Table withTableBorder withColumnBorders striped fz="xs" style={{ whiteSpace: 'nowrap' }}>
              <Table.Thead>
                <Table.Tr>
                  {read.columns.map((column, i) => (
                    <Table.Th key={i}>{column}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {read.sample.map((row, r) => (
                  <Table.Tr key={r}>
                    {row.map((cell, c) => (
                      // A long cell is cut to keep the sample in sight; its whole text shows on hover.
                      <Table.Td key={c} maw={260} title={cell} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                        {cell}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
    </Stack>
  );
}
