import { Button, Group } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import {
  PARTNER_STATUSES,
  PARTNER_STATUS_LABELS,
  STAGES,
  type PartnerFilter,
  type PartnerStatus,
  type Stage,
} from '@contract/partners';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { ModelOfInteractionButton } from '../../components/documents/ModelOfInteractionButton';
import { PageHeader } from '../../components/PageHeader';
import { FoundList } from '../../components/FoundList';
import { ChoiceFilter, FilterBar, SearchFilter } from '../../components/list-filters';
import { QueryState } from '../../components/QueryState';
import { useListView } from '../../components/list-view';
import { ExportPartnersButton } from './import/ExportPartnersButton';
import { ImportPartnersButton } from './import/ImportPartnersButton';
import { ImportModelButton } from './model-import/ImportModelButton';
import { PARTNER_FORMS, STAGE_NAMES } from './labels';
import { PartnersTable } from './PartnersTable';

type SortKey = NonNullable<PartnerFilter['sort']>;

export function PartnersScreen() {
  const navigate = useNavigate();
  const view = useListView({
    search: '',
    categoryIds: [] as string[],
    statuses: [] as string[],
    stages: [] as string[],
    sort: 'category' as SortKey,
    descending: false,
  });
  const { search, categoryIds, statuses, stages, sort, descending } = view.values;
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const categories = useApiQuery('partners:categories', {});
  const { year } = useAcademicYear();

  const filter: PartnerFilter = {
    search: debouncedSearch,
    year,
    categoryIds: categoryIds.map(Number),
    statuses: statuses as PartnerStatus[],
    stages: stages.map((s) => Number(s) as Stage),
    sort,
    descending,
  };
  const partners = useApiQuery('partners:list', filter, { keepPrevious: true });

  const onSort = (key: SortKey) => {
    view.set(key === sort ? { descending: !descending } : { sort: key, descending: false });
  };

  return (
    <>
      <PageHeader
        title="Партнёры"
        description="Реестр социальных партнёров школы: формы взаимодействия, социальный эффект, этап."
        actions={
          <Group>
            <ImportPartnersButton />
            <ExportPartnersButton filter={filter} />
            <ModelOfInteractionButton />
            <ImportModelButton />
            <Button leftSection={<IconPlus size={18} />} onClick={() => navigate('/partners/new')}>
              Добавить партнёра
            </Button>
          </Group>
        }
      />
      <FilterBar cols={4}>
        <SearchFilter view={view} placeholder="Наименование, контакт, форма, эффект" />
        <ChoiceFilter
          view={view}
          field="categoryIds"
          label="Направление"
          data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <ChoiceFilter
          view={view}
          field="statuses"
          label="Статус"
          data={PARTNER_STATUSES.map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] }))}
        />
        <ChoiceFilter
          view={view}
          field="stages"
          label={`Этап ${year} уч. года`}
          data={STAGES.map((s) => ({ value: String(s), label: `${s} — ${STAGE_NAMES[s]}` }))}
        />
      </FilterBar>
      <QueryState query={partners}>
        {(rows) => (
          <FoundList
            count={rows.length}
            forms={PARTNER_FORMS}
            testId="partners-count"
            empty={
              search.trim() || categoryIds.length + statuses.length + stages.length > 0
                ? 'Ничего не найдено. Измените условия поиска или добавьте партнёра.'
                : 'Партнёров пока нет. Добавьте первого кнопкой «Добавить партнёра» или загрузите список через «Импорт».'
            }
          >
            <PartnersTable
              rows={rows}
              sort={sort}
              descending={descending}
              onSort={onSort}
              onOpen={(id) => navigate(`/partners/${id}`)}
              listRef={view.listRef}
            />
          </FoundList>
        )}
      </QueryState>
    </>
  );
}
