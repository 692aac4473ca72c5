import { Badge, Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilePlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { academicYearBounds } from '@contract/academic-year';
import { formatDate } from '@contract/dates';
import { EVENT_STATUS_LABELS } from '@contract/events';
import { PARTNER_STATUS_LABELS, partnerFieldsOf, partnerSigner, type PartnerDetail } from '@contract/partners';
import { authorityText, inPersonOf } from '@contract/signer';

import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { RecordCardHeader } from '../../components/RecordCardHeader';
import { QueryState } from '../../components/QueryState';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { AgreementsTable } from '../agreements/AgreementsTable';
import { NewAgreementDialog } from '../agreements/NewAgreementDialog';
import { PartnerLoans } from '../loans/PartnerLoans';
import { FormsAndEffectsFields } from './FormsAndEffectsFields';
import { STAGE_NAMES, STATUS_COLORS } from './labels';
import { PartnerActions } from './PartnerActions';
import { StageChecklist } from './StageChecklist';
import { UnplannedBadge } from '../events/UnplannedBadge';
import { EmptyList } from '../../components/EmptyList';

function Requisites({ partner }: { partner: PartnerDetail }) {
  const rows: [string, string][] = [
    ['Полное наименование', partner.fullName],
    ['Краткое наименование', partner.shortName],
    ['Организационно-правовая форма', partner.legalForm],
    ['ИНН / КПП', [partner.inn, partner.kpp].filter(Boolean).join(' / ')],
    ['ОГРН', partner.ogrn],
    ['Юридический адрес', partner.legalAddress],
    ['Почтовый адрес', partner.postalAddress],
    ['Руководитель', [partner.headPosition, partner.headName].filter(Boolean).join(' ')],
    ['Действует на основании', authorityText(partnerSigner(partner))],
    ['В договорах и актах', partner.headName.trim() ? `в лице ${inPersonOf(partnerSigner(partner), '')}` : ''],
    ['Сайт', partner.website],
    ['Примечание', partner.notes],
  ];
  return (
    <Stack gap="lg">
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td>
                {value || (
                  <Text span c="dimmed">
                    не указано
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Title order={5} mb="xs">
          Контактные лица
        </Title>
        {partner.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Не указаны.
          </Text>
        ) : (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>ФИО</Table.Th>
                <Table.Th>Роль</Table.Th>
                <Table.Th>Телефон</Table.Th>
                <Table.Th>Эл. почта</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partner.contacts.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.role}</Table.Td>
                  <Table.Td>{c.phone}</Table.Td>
                  <Table.Td>{c.email}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}

/** Forms and effects edited in place on the card; saving writes the partner's record as a whole. */
function FormsAndEffectsTab({ partner }: { partner: PartnerDetail }) {
  const form = useForm({ mode: 'controlled', initialValues: { forms: partner.forms, effects: partner.effects } });
  useEffect(() => {
    form.setInitialValues({ forms: partner.forms, effects: partner.effects });
    form.setValues({ forms: partner.forms, effects: partner.effects });
    // Reset only when the stored partner changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [partner]);
  const dialog = useRecordDialog({
    form,
    write: (values) =>
      invoke('partners:update', { id: partner.id, fields: { ...partnerFieldsOf(partner), ...values } }),
    notice: () => 'Формы и эффекты сохранены.',
  });

  return (
    <form onSubmit={dialog.submit} noValidate>
      <FormsAndEffectsFields
        forms={form.values.forms}
        effects={form.values.effects}
        onForms={(forms) => form.setFieldValue('forms', forms)}
        onEffects={(effects) => form.setFieldValue('effects', effects)}
        errors={form.errors as Record<string, string>}
      />
      <FormSaveButtons
        mt="lg"
        dialog={dialog}
        label="Сохранить формы и эффекты"
        onlyWhenDirty
        onReset={() => form.reset()}
      />
    </form>
  );
}

/** Where the partner stands: its status and its stage of the chosen year, with what they rest on. */
function Standing({ partner }: { partner: PartnerDetail }) {
  const { statusByHand, statusEvidence, stage } = partner.standing;
  return (
    <Card withBorder padding="md" mb="lg" data-testid="partner-standing">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Text fw={600} w={210} style={{ flexShrink: 0 }}>
            Статус
          </Text>
          <Text size="sm" data-testid="partner-status">
            <Text span fw={600}>
              {PARTNER_STATUS_LABELS[partner.status]}
            </Text>
            {statusByHand ? (
              <Text span c="orange.9">
                {' '}
                — установлен вручную {formatDate(statusByHand.setOn)}: {statusByHand.reason}
              </Text>
            ) : (
              <Text span c="dimmed">
                {' '}
                — {statusEvidence}
              </Text>
            )}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Text fw={600} w={210} style={{ flexShrink: 0 }}>
            Этап {stage.year} уч. года
          </Text>
          <Stack gap={2}>
            <Text size="sm" data-testid="partner-stage">
              <Text span fw={600}>
                {stage.stage} этап — {STAGE_NAMES[stage.stage]}
              </Text>
              {stage.byHand ? (
                <Text span c="orange.9">
                  {' '}
                  — установлен вручную {formatDate(stage.byHand.setOn)}: {stage.byHand.reason}
                </Text>
              ) : (
                <Text span c="dimmed" data-testid="partner-stage-reached">
                  , достигнут {formatDate(stage.reachedOn)}
                </Text>
              )}
            </Text>
            <Text size="sm" c="dimmed" data-testid="partner-stage-evidence">
              {stage.byHand ? `По данным: ${stage.derived} этап — ${stage.evidence}` : `Основание: ${stage.evidence}`}
            </Text>
          </Stack>
        </Group>
      </Stack>
    </Card>
  );
}

function HistoryTab({ partner }: { partner: PartnerDetail }) {
  return (
    <Stack gap="lg">
      <div>
        <Title order={5} mb="xs">
          Что показывают данные {partner.standing.stage.year} учебного года
        </Title>
        <StageChecklist checks={partner.stageChecks} />
      </div>
      <div>
        <Title order={5} mb="xs">
          Этапы по учебным годам
        </Title>
        <Table withTableBorder data-testid="year-stages">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Учебный год</Table.Th>
              <Table.Th w={230}>Этап</Table.Th>
              <Table.Th w={110}>Достигнут</Table.Th>
              <Table.Th>Основание</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partner.yearStages.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td>
                  {y.stage} — {STAGE_NAMES[y.stage]}
                  {y.byHand && (
                    <Text size="xs" c="orange.9">
                      вручную: {y.byHand.reason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(y.byHand ? y.byHand.setOn : y.reachedOn)}</Table.Td>
                <Table.Td>{y.byHand ? `по данным ${y.derived} этап: ${y.evidence}` : y.evidence}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Title order={5} mb="xs">
          Журнал этапов
        </Title>
        <Table withTableBorder data-testid="stage-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Дата</Table.Th>
              <Table.Th w={120}>Учебный год</Table.Th>
              <Table.Th w={280}>Переход</Table.Th>
              <Table.Th>Комментарий</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partner.stageHistory.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDate(h.date)}</Table.Td>
                <Table.Td>{h.year}</Table.Td>
                <Table.Td>
                  {h.fromStage === null
                    ? `${h.toStage} этап — ${STAGE_NAMES[h.toStage]}`
                    : `${h.fromStage} → ${h.toStage} этап — ${STAGE_NAMES[h.toStage]}`}
                </Table.Td>
                <Table.Td>{h.comment}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

function PartnerAgreements({ partnerId }: { partnerId: number }) {
  const navigate = useNavigate();
  const agreements = useApiQuery('agreements:list', { partnerId });
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <QueryState query={agreements}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyList>Договоров с партнёром нет. Нажмите «Новый договор», чтобы составить его по шаблону.</EmptyList>
          ) : (
            <AgreementsTable rows={rows} withPartner={false} onOpen={(id) => navigate(`/agreements/${id}`)} />
          )
        }
      </QueryState>
      <Group>
        <Button variant="light" leftSection={<IconFilePlus size={16} />} onClick={() => setCreating(true)}>
          Новый договор
        </Button>
      </Group>
      {creating && <NewAgreementDialog partnerId={partnerId} onDone={() => setCreating(false)} />}
    </Stack>
  );
}

/** The partner's events of the academic year chosen in the header. */
function PartnerEvents({ partnerId }: { partnerId: number }) {
  const { year } = useAcademicYear();
  const navigate = useNavigate();
  const events = useApiQuery('events:range', { ...academicYearBounds(year), partnerIds: [partnerId] });
  return (
    <QueryState query={events}>
      {(rows) =>
        rows.length === 0 ? (
          <EmptyList>
            В {year} учебном году мероприятий с партнёром нет. Добавьте их в разделе «Календарь» или «План».
          </EmptyList>
        ) : (
          <Table withTableBorder highlightOnHover data-testid="partner-events">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Дата</Table.Th>
                <Table.Th>Мероприятие</Table.Th>
                <Table.Th w={160}>Состояние</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => (
                <Table.Tr key={o.key} style={{ cursor: 'pointer' }} onClick={() => navigate('/calendar')}>
                  <Table.Td>
                    {formatDate(o.start.slice(0, 10))}
                    {o.allDay ? '' : `, ${o.start.slice(11, 16)}`}
                  </Table.Td>
                  <Table.Td>
                    {o.title} {o.planItemId === null && <UnplannedBadge />}
                  </Table.Td>
                  <Table.Td>{EVENT_STATUS_LABELS[o.status]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}

function PartnerCard({ partner }: { partner: PartnerDetail }) {
  return (
    <>
      <RecordCardHeader
        back={{ to: '/partners', label: 'Партнёры' }}
        title={partner.fullName}
        summary={
          <>
            <Badge variant="outline">{partner.category}</Badge>
            <Badge color={STATUS_COLORS[partner.status]} variant="light" data-testid="partner-status-badge">
              {PARTNER_STATUS_LABELS[partner.status]}
              {partner.standing.statusByHand ? ' · вручную' : ''}
            </Badge>
            <Badge color="grape" variant="light" data-testid="partner-stage-badge">
              {partner.stage} этап — {STAGE_NAMES[partner.stage]}
              {partner.standing.stage.byHand ? ' · вручную' : ''}
            </Badge>
          </>
        }
        actions={<PartnerActions partner={partner} />}
      />
      <Standing partner={partner} />
      <Tabs defaultValue="info" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="info">Сведения</Tabs.Tab>
          <Tabs.Tab value="forms">Формы и эффекты</Tabs.Tab>
          <Tabs.Tab value="agreements">Договоры</Tabs.Tab>
          <Tabs.Tab value="events">Мероприятия</Tabs.Tab>
          <Tabs.Tab value="loans">Ресурсы</Tabs.Tab>
          <Tabs.Tab value="history">История</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="info">
          <Requisites partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="forms">
          <FormsAndEffectsTab partner={partner} />
        </Tabs.Panel>
        <Tabs.Panel value="agreements">
          <PartnerAgreements partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="events">
          <PartnerEvents partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="loans">
          <PartnerLoans partnerId={partner.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab partner={partner} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

export function PartnerCardScreen() {
  const id = Number(useParams()['id']);
  const { year } = useAcademicYear();
  const partner = useApiQuery('partners:get', { id, year });
  return <QueryState query={partner}>{(p) => <PartnerCard partner={p} />}</QueryState>;
}
