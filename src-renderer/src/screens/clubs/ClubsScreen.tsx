import { Button, Grid, Group, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClassesOfYear, ClubCoverage } from '@contract/clubs';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { ExportXlsxButton } from '../../components/ExportXlsxButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ClassesCard } from './ClassesCard';
import { ClubDialog, type ClubTarget } from './ClubDialog';
import { ClubsByPartner } from './ClubsByPartner';
import { CoverageCard } from './CoverageCard';
import { confirmDeleteClub } from './delete-club';
import { EmptyList } from '../../components/EmptyList';

/** What to do when there are no clubs to show: first the classes, then the clubs. */
function emptyText(year: string, classes: ClassesOfYear, filtered: boolean): string {
  if (filtered)
    return `У этого партнёра нет кружков в ${year} учебном году. Выберите другого партнёра или нажмите «Добавить кружок».`;
  if (classes.classes.length === 0) {
    return (
      `Кружков на ${year} учебный год пока нет. Сначала внесите классы и их численность в «Классы и численность» ` +
      'выше, затем нажмите «Добавить кружок».'
    );
  }
  return (
    `Кружков на ${year} учебный год пока нет. Нажмите «Добавить кружок» и укажите партнёра, педагога и сколько ` +
    'обучающихся каких классов его посещают.'
  );
}

function ClubsSection({
  year,
  classes,
  coverage,
  onEdit,
}: {
  year: string;
  classes: ClassesOfYear;
  coverage: ClubCoverage;
  onEdit(target: ClubTarget): void;
}) {
  const queryClient = useQueryClient();
  const [chosen, setPartnerId] = useState<string | null>(null);
  const partners = coverage.partners.map((p) => ({ value: String(p.partnerId), label: p.partnerName }));
  // A partner whose last club was deleted drops out of the filter.
  const partnerId = chosen && partners.some((p) => p.value === chosen) ? chosen : null;
  const clubs = useApiQuery('clubs:list', partnerId ? { year, partnerId: Number(partnerId) } : { year }, {
    keepPrevious: true,
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>Кружки по партнёрам</Title>
        {partners.length > 1 && (
          <Select
            aria-label="Партнёр"
            placeholder="Все партнёры"
            w={320}
            data={partners}
            value={partnerId}
            onChange={setPartnerId}
            clearable
          />
        )}
      </Group>
      <QueryState query={clubs}>
        {(list) =>
          list.length === 0 ? (
            <EmptyList testId="clubs-empty">{emptyText(year, classes, partnerId !== null)}</EmptyList>
          ) : (
            <ClubsByPartner
              clubs={list}
              coverage={coverage}
              onAdd={(id) => onEdit({ partnerId: id })}
              onEdit={(club) => onEdit({ club })}
              onDelete={(club) => confirmDeleteClub(club, () => queryClient.invalidateQueries())}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}

/** «Кружки у партнёров»: the year's classes and enrolment, the clubs at partners, and the coverage they give. */
export function ClubsScreen() {
  const { year } = useAcademicYear();
  const classes = useApiQuery('classes:list', { year });
  const coverage = useApiQuery('clubs:coverage', { year });
  const [editing, setEditing] = useState<ClubTarget | null>(null);

  return (
    <>
      <PageHeader
        title="Кружки у партнёров"
        description={`${year} учебный год · дополнительное образование у социальных партнёров`}
        actions={
          <Group gap="xs">
            <DocumentActions request={{ kind: 'clubCoverage', year }} />
            <ExportXlsxButton
              channel="clubs:exportXlsx"
              input={{ year }}
              failText="Не удалось сохранить кружки и охват в Excel."
            />
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing({ partnerId: null })}>
              Добавить кружок
            </Button>
          </Group>
        }
      />
      <QueryState query={classes}>
        {(classesOfYear) => (
          <QueryState query={coverage}>
            {(coverageOfYear) => (
              <Stack gap="lg" key={year}>
                <Grid gap="lg" align="stretch">
                  <Grid.Col span={{ base: 12, lg: 7 }}>
                    <ClassesCard data={classesOfYear} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 5 }}>
                    <CoverageCard coverage={coverageOfYear} />
                  </Grid.Col>
                </Grid>
                <ClubsSection year={year} classes={classesOfYear} coverage={coverageOfYear} onEdit={setEditing} />
                {editing && (
                  <ClubDialog
                    year={year}
                    classes={classesOfYear.classes}
                    target={editing}
                    onClose={() => setEditing(null)}
                  />
                )}
              </Stack>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
