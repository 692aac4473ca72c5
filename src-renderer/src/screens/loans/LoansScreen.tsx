import { Button, Group, Paper, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPackageImport, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { LOAN_VIEWS, LOAN_VIEW_LABELS, type LoanView } from '@contract/loans';
import { useApiQuery } from '../../api/queries';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';
import { PageHeader } from '../../components/PageHeader';
import { FoundList } from '../../components/FoundList';
import { QueryState } from '../../components/QueryState';
import { LOAN_FORMS } from './labels';
import { LoanFormDialog } from './LoanFormDialog';
import { LoansTable } from './LoansTable';

const EMPTY: Record<LoanView, string> = {
  all: 'Пока ничего не записано. Когда партнёр передаст школе экспонаты, книги, картины или инструменты, нажмите «Записать получение».',
  open: 'Сейчас в школе нет ресурсов партнёров: всё возвращено. Новое получение записывают кнопкой «Записать получение».',
  overdue: 'Просроченных нет: всё, что у школы на хранении, возвращается в срок.',
  returned: 'Возвращённых пока нет. Когда партнёр заберёт своё, нажмите «Отметить возврат» в строке записи.',
};

export function LoansScreen() {
  const [creating, setCreating] = useState(false);
  const [view, setView] = useState<LoanView>('all');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const filter = { view, search: debouncedSearch };
  const loans = useApiQuery('loans:list', filter, { keepPrevious: true });

  return (
    <>
      <PageHeader
        title="Ресурсы партнёров"
        description="Экспонаты, выставки, книги, картины, изделия мастеров и инструменты, которые партнёры передают школе на время."
        actions={
          <Button leftSection={<IconPackageImport size={18} />} onClick={() => setCreating(true)}>
            Записать получение
          </Button>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Group justify="space-between" align="flex-end">
          <SegmentedControl
            aria-label="Отбор"
            data={LOAN_VIEWS.map((v) => ({ value: v, label: LOAN_VIEW_LABELS[v] }))}
            value={view}
            onChange={(v) => setView(v as LoanView)}
          />
          <TextInput
            aria-label="Поиск"
            placeholder="Предмет или партнёр"
            leftSection={<IconSearch size={16} />}
            w={320}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={200}
          />
        </Group>
        {/* The register of the loans shown: the same view and search. */}
        <Group justify="flex-end" gap="xs" mt="sm">
          <DocumentActions request={{ kind: 'loanRegister', filter }} disabled={loans.data?.length === 0} />
          <ExportXlsxButton
            channel="loans:exportXlsx"
            input={{ filter }}
            failText="Не удалось сохранить реестр в Excel."
            disabled={loans.data?.length === 0}
          />
        </Group>
      </Paper>
      <QueryState query={loans}>
        {(rows) => (
          <FoundList
            count={rows.length}
            forms={LOAN_FORMS}
            testId="loans-count"
            empty={debouncedSearch.trim() ? 'Ничего не найдено. Измените строку поиска или отбор.' : EMPTY[view]}
          >
            <LoansTable rows={rows} />
          </FoundList>
        )}
      </QueryState>
      {creating && <LoanFormDialog target={{ partnerId: null }} onClose={() => setCreating(false)} />}
    </>
  );
}
