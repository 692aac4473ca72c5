import { Box, Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilePlus, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  type AgreementFilter,
  type AgreementStatus,
  type AgreementType,
} from '@contract/agreements';
import { useApiQuery } from '../../api/queries';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { PageHeader } from '../../components/PageHeader';
import { ChoiceFilter, FilterBar, SearchFilter } from '../../components/list-filters';
import { QueryState } from '../../components/QueryState';
import { useListView } from '../../components/list-view';
import { countOf } from '../../format';
import { AgreementsTable } from './AgreementsTable';
import { NewAgreementDialog } from './NewAgreementDialog';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';
import { EmptyList } from '../../components/EmptyList';

export function AgreementsScreen() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const view = useListView({ search: '', statuses: [] as string[], types: [] as string[] });
  const { search, statuses, types } = view.values;
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const filter: AgreementFilter = {
    search: debouncedSearch,
    statuses: statuses as AgreementStatus[],
    types: types as AgreementType[],
  };
  const agreements = useApiQuery('agreements:list', filter, { keepPrevious: true });

  return (
    <>
      <PageHeader
        title="Договоры"
        description="Договоры о сотрудничестве и соглашения о сетевом взаимодействии, их сроки и дополнительные соглашения."
        actions={
          <Group>
            <Button
              variant="default"
              leftSection={<IconTemplate size={16} />}
              onClick={() => navigate('/agreements/templates')}
            >
              Шаблоны
            </Button>
            <Button leftSection={<IconFilePlus size={18} />} onClick={() => setCreating(true)}>
              Новый договор
            </Button>
          </Group>
        }
      />
      <FilterBar cols={3}>
        <SearchFilter view={view} placeholder="Номер или партнёр" />
        <ChoiceFilter
          view={view}
          field="statuses"
          label="Статус"
          data={AGREEMENT_STATUSES.map((s) => ({ value: s, label: AGREEMENT_STATUS_LABELS[s] }))}
        />
        <ChoiceFilter
          view={view}
          field="types"
          label="Вид"
          data={AGREEMENT_TYPES.map((t) => ({ value: t, label: AGREEMENT_TYPE_LABELS[t] }))}
        />
      </FilterBar>
      <QueryState query={agreements}>
        {(rows) => (
          <>
            <Group justify="space-between" mb="xs">
              <Text size="sm" c="dimmed" data-testid="agreements-count">
                Найдено: {countOf(rows.length, ['договор', 'договора', 'договоров'])}
              </Text>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Реестр:
                </Text>
                <DocumentActions
                  request={{ kind: 'agreementRegister', filter }}
                  size="xs"
                  disabled={rows.length === 0}
                />
                <ExportXlsxButton
                  channel="agreements:exportRegister"
                  input={filter}
                  failText="Не удалось сохранить реестр."
                  size="xs"
                  disabled={rows.length === 0}
                />
              </Group>
            </Group>
            {rows.length === 0 ? (
              <EmptyList>Договоров не найдено. Создайте договор по шаблону кнопкой «Новый договор».</EmptyList>
            ) : (
              <Box ref={view.listRef}>
                <AgreementsTable rows={rows} onOpen={(id) => navigate(`/agreements/${id}`)} />
              </Box>
            )}
          </>
        )}
      </QueryState>
      {creating && <NewAgreementDialog onDone={() => setCreating(false)} />}
    </>
  );
}
