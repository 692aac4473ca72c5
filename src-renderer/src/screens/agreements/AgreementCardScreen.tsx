import { Anchor, Button, Card, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCircleX, IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AGREEMENT_TYPE_LABELS, PROLONGATION_LABELS, type AgreementDetail, type Amendment } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { ApiError, invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { EditRecordButton, RecordCardHeader } from '../../components/RecordCardHeader';
import { QueryState } from '../../components/QueryState';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { AmendmentDialog } from './AmendmentDialog';
import { TerminateDialog } from './TerminateDialog';
import { daysLeftText, termText } from './labels';
import { ScansSection } from './ScansSection';
import { confirmPrintDespite, TextCheckNotice } from './TextCheck';
import { quoted } from '@contract/quote';
import { EmptyList } from '../../components/EmptyList';

function failed(error: unknown, fallback: string) {
  notifications.show({
    color: 'red',
    title: 'Не выполнено',
    message: error instanceof ApiError ? error.message : fallback,
  });
}

/** The amendment that set the current term, when one did: «по доп. соглашению № 2 от 01.10.2026». */
function amendedBy(a: AgreementDetail): string {
  const last = a.amendments.filter((m) => m.makesOpenEnded || m.newEndsOn !== null).at(-1);
  return last ? ` — по доп. соглашению № ${last.number} от ${formatDate(last.signedOn)}` : '';
}

function Details({ a }: { a: AgreementDetail }) {
  const amended = a.term.currentEndsOn !== a.endsOn;
  const rows: [string, string][] = [
    ['Вид', AGREEMENT_TYPE_LABELS[a.type]],
    ['Партнёр', a.partnerName],
    ['Город', a.city],
    ['Дата подписания', a.signedOn ? formatDate(a.signedOn) : 'не подписан'],
    ['Срок действия', `${termText(a.startsOn, a.term.currentEndsOn)}${amended ? amendedBy(a) : ''}`],
    ['Первоначальный срок', amended ? termText(a.startsOn, a.endsOn) : ''],
    [
      'Действует до',
      a.term.effectiveEndsOn
        ? `${formatDate(a.term.effectiveEndsOn)} (${daysLeftText(a.term.daysLeft)})`
        : a.term.status === 'draft'
          ? '—'
          : 'бессрочно',
    ],
    [
      'Пролонгация',
      `${PROLONGATION_LABELS[a.prolongation]}${a.prolongation === 'none' ? '' : `, на ${a.prolongationYears} г.`}`,
    ],
    ['Уведомление о прекращении', `за ${a.noticeDays} дн.`],
    ['Ответственный от школы', a.responsible],
    ['Предмет', a.subject],
    ['Приложения', a.appendices.join('; ')],
    ['Расторгнут', a.terminatedOn ? `${formatDate(a.terminatedOn)}: ${a.terminationReason}` : ''],
    ['Примечание', a.notes],
  ];
  return (
    <Table variant="vertical" withTableBorder layout="fixed">
      <Table.Tbody>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

function Amendments({ a, onChanged }: { a: AgreementDetail; onChanged(): void }) {
  const [editing, setEditing] = useState<Amendment | 'new' | null>(null);
  const remove = (amendment: Amendment) =>
    modals.openConfirmModal({
      title: 'Удалить дополнительное соглашение',
      children: <Text size="sm">Удалить дополнительное соглашение № {amendment.number}?</Text>,
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        invoke('agreements:deleteAmendment', { id: amendment.id })
          .then(onChanged)
          .catch((error: unknown) => failed(error, 'Не удалось удалить.')),
    });
  return (
    <Stack>
      {a.amendments.length === 0 && (
        <EmptyList>
          Дополнительных соглашений нет. Когда стороны изменят договор (срок, реквизиты, условия), нажмите «Добавить
          дополнительное соглашение».
        </EmptyList>
      )}
      {a.amendments.map((amendment) => (
        <Card key={amendment.id} withBorder padding="md" data-testid="amendment">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Text fw={600}>
                Дополнительное соглашение № {amendment.number} от {formatDate(amendment.signedOn)}
              </Text>
              <Text size="sm" c="dimmed">
                {amendment.makesOpenEnded
                  ? 'Договор становится бессрочным'
                  : amendment.newEndsOn
                    ? `Срок действия — по ${formatDate(amendment.newEndsOn)}`
                    : 'Срок не меняется'}
              </Text>
            </Stack>
            <Group gap="xs">
              <DocumentActions request={{ kind: 'amendment', id: amendment.id }} size="xs" />
              <Button size="xs" variant="default" onClick={() => setEditing(amendment)}>
                Изменить
              </Button>
              <Button size="xs" variant="light" color="red" onClick={() => remove(amendment)}>
                Удалить
              </Button>
            </Group>
          </Group>
          {amendment.text && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {amendment.text}
            </Text>
          )}
        </Card>
      ))}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Добавить дополнительное соглашение
        </Button>
      </Group>
      {editing !== null && (
        <AmendmentDialog
          agreementId={a.id}
          amendment={editing === 'new' ? undefined : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      )}
    </Stack>
  );
}

function AgreementCard({ a }: { a: AgreementDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries();
  // The text as it prints now, rendered from the card, with what contradicts the card or is missing.
  const text = useApiQuery('agreements:text', { id: a.id });
  const [previewing, setPreviewing] = useState(false);
  const request = { kind: 'agreement', id: a.id } as const;
  const beforePrint = async () => {
    const contradicted = (text.data?.contradictions.length ?? 0) > 0;
    const go = await confirmPrintDespite(a.id, text.data);
    if (contradicted) await queryClient.invalidateQueries();
    return go;
  };
  const [terminating, setTerminating] = useState(false);
  const remove = () =>
    modals.openConfirmModal({
      title: 'Удалить договор',
      children: (
        <Text size="sm">
          Удалить договор № {a.number} вместе с дополнительными соглашениями и сканами? Подписанный договор лучше
          расторгнуть — тогда он останется в реестре.
        </Text>
      ),
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        invoke('agreements:delete', { id: a.id })
          .then(() => {
            notifications.show({ color: 'teal', message: `Договор № ${a.number} удалён.` });
            navigate('/agreements');
            refresh();
          })
          .catch((error: unknown) => failed(error, 'Не удалось удалить договор.')),
    });

  return (
    <>
      <RecordCardHeader
        back={{ to: '/agreements', label: 'Договоры' }}
        title={`Договор № ${a.number}`}
        summary={
          <>
            <Anchor component={Link} to={`/partners/${a.partnerId}`}>
              {a.partnerName}
            </Anchor>
            <AgreementStatusBadge term={a.term} />
          </>
        }
        actions={
          <Group gap="xs">
            <EditRecordButton to={`/agreements/${a.id}/edit`} />
            {a.signedOn && !a.terminatedOn && (
              <Button variant="default" leftSection={<IconCircleX size={16} />} onClick={() => setTerminating(true)}>
                Расторгнуть
              </Button>
            )}
            <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              Удалить
            </Button>
          </Group>
        }
      />
      <Stack mb="lg" gap="sm">
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => setPreviewing(true)}>
            Предпросмотр
          </Button>
          <DocumentActions request={request} beforeRun={beforePrint} />
        </Group>
        <TextCheckNotice id={a.id} text={text.data} />
      </Stack>
      {terminating && <TerminateDialog a={a} onClose={() => setTerminating(false)} />}
      <DocumentPreviewModal
        request={request}
        opened={previewing}
        onClose={() => setPreviewing(false)}
        notice={<TextCheckNotice id={a.id} text={text.data} />}
        beforeRun={beforePrint}
      />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="details">Сведения</Tabs.Tab>
          <Tabs.Tab value="text">Текст</Tabs.Tab>
          <Tabs.Tab value="amendments">Дополнительные соглашения ({a.amendments.length})</Tabs.Tab>
          <Tabs.Tab value="scans">Сканы ({a.scans.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <Details a={a} />
        </Tabs.Panel>
        <Tabs.Panel value="text">
          <Text size="sm" c="dimmed" mb="sm" data-testid="agreement-text-source">
            {text.data?.source === 'template'
              ? `Текст по шаблону ${quoted(text.data.templateName ?? '')}: сведения из карточки подставляются при каждой печати.`
              : text.data?.source === 'own'
                ? 'Текст изменён вручную. Поля в двойных фигурных скобках заполняются из карточки при печати.'
                : ''}
          </Text>
          <Card withBorder padding="xl">
            <Text
              style={{ whiteSpace: 'pre-wrap', fontFamily: '"PT Serif", serif', lineHeight: 1.6 }}
              data-testid="agreement-text"
            >
              {text.data?.source === 'none' || text.data?.text.trim() === ''
                ? 'Текста нет: выберите шаблон или напишите текст на странице изменения договора.'
                : (text.data?.text ?? '')}
            </Text>
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="amendments">
          <Amendments a={a} onChanged={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="scans">
          <ScansSection agreementId={a.id} scans={a.scans} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

export function AgreementCardScreen() {
  const id = Number(useParams()['id']);
  const agreement = useApiQuery('agreements:get', { id });
  return <QueryState query={agreement}>{(a) => <AgreementCard a={a} />}</QueryState>;
}
