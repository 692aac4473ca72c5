import { Alert, Badge, Button, Checkbox, Grid, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS, type AgreementType } from '@contract/agreements';
import { quoted } from '@contract/quote';
import {
  applyDecisions,
  type TemplateDecision,
  type TemplateImportProposal,
  type TemplateProposalItem,
} from '@contract/template-import';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { JobProgressBar } from '../../components/JobProgressBar';
import { usePartnerOptions } from '../../components/partner-options';
import { TitledSelect } from '../../components/TitledSelect';
import { importErrorText } from '../../components/import/file-checks';
import { ImportFileInput } from '../../components/import/ImportFileInput';
import { ImportModal } from '../../components/import/ImportModal';
import { ImportFooter } from '../../components/import/ImportSteps';
import { useImportFile } from '../../components/import/use-import-file';

/** Up to `room` characters of the line on each side of the place: the place seen in its sentence. */
function context(line: string, start: number, end: number, room = 70) {
  // Cut at a space, never inside a word or a clause's number.
  const space = line.indexOf(' ', Math.max(0, start - room));
  const from = start > room && space >= 0 && space < start ? space + 1 : 0;
  const after = line.lastIndexOf(' ', end + room);
  const to = end + room < line.length && after > end ? after : line.length;
  return {
    before: `${from > 0 ? '…' : ''}${line.slice(from, start)}`,
    found: line.slice(start, end),
    after: `${line.slice(end, to)}${to < line.length ? '…' : ''}`,
  };
}

function ItemRow({
  item,
  lines,
  decision,
  placeholders,
  onChange,
}: {
  item: TemplateProposalItem;
  lines: readonly string[];
  decision: TemplateDecision | undefined;
  placeholders: { value: string; label: string }[];
  onChange(decision: TemplateDecision): void;
}) {
  const accept = decision?.accept ?? true;
  if (item.kind === 'drop') {
    const shown = lines.slice(item.line, item.line + Math.min(item.lineCount, 3));
    return (
      <Paper withBorder p="xs" data-testid="import-item">
        <Checkbox
          checked={accept}
          onChange={(e) => onChange({ id: item.id, accept: e.currentTarget.checked })}
          label={
            <Text size="sm">Убрать из шаблона ({item.lineCount === 1 ? '1 строка' : `строк: ${item.lineCount}`})</Text>
          }
          description={item.reason}
        />
        <Text size="xs" c="dimmed" mt={4} td={accept ? 'line-through' : undefined} style={{ wordBreak: 'break-word' }}>
          {shown.join(' · ')}
          {item.lineCount > 3 ? ' · …' : ''}
        </Text>
      </Paper>
    );
  }
  const { before, found, after } = context(lines[item.line] ?? '', item.start, item.end);
  return (
    <Paper withBorder p="xs" data-testid="import-item">
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Checkbox
          mt={4}
          checked={accept}
          aria-label={`Заменить ${quoted(item.found)}`}
          onChange={(e) => onChange({ ...decision, id: item.id, accept: e.currentTarget.checked })}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {before}
            <Text span fw={600} bg={accept ? 'yellow.1' : undefined}>
              {found}
            </Text>
            {after}
          </Text>
          <TitledSelect
            size="xs"
            aria-label={`Поле вместо ${quoted(item.found)}`}
            data={placeholders}
            value={decision?.placeholder ?? item.placeholder}
            allowDeselect={false}
            searchable
            disabled={!accept}
            comboboxProps={{ withinPortal: true }}
            onChange={(value) => value && onChange({ id: item.id, accept, placeholder: value })}
          />
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * «Новый шаблон из файла»: the school's agreement form (.docx) read, each place that varies proposed as a field and
 * shown in its sentence to accept, reject or change, the template's text as it will be saved beside them. Nothing is
 * written before «Создать шаблон».
 */
export function TemplateImportDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const [partnerId, setPartnerId] = useState<number | null>(null);
  const [proposal, setProposal] = useState<TemplateImportProposal | null>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState<AgreementType>('cooperation');
  const [decisions, setDecisions] = useState<Record<number, TemplateDecision>>({});
  const [createError, setCreateError] = useState<string | null>(null);
  const partnerOptions = usePartnerOptions();
  const placeholderList = useApiQuery('templates:placeholders', {});
  const placeholders = (placeholderList.data ?? []).map((p) => ({ value: p.key, label: `${p.group}: ${p.label}` }));

  const source = useImportFile((picked, partnerId: number | null) =>
    invoke('templates:importRead', { ...picked, partnerId }),
  );
  const create = useApiMutation('templates:importCreate');

  const forget = () => {
    setPartnerId(null);
    setProposal(null);
    setDecisions({});
    setCreateError(null);
  };
  const closing = source.closing(create.isPending, forget, onClose);

  /** Reads the file for the partner chosen (none: the store finds the partner by the text). */
  const load = async (chosen: File | null, partner: number | null) => {
    setProposal(null);
    setCreateError(null);
    setDecisions({});
    const read = await source.choose(chosen, partner);
    setProposal(read);
    if (read) {
      setName(read.suggestedName);
      setType(read.type);
    }
  };

  const body = useMemo(
    () => (proposal ? applyDecisions(proposal.lines, proposal.items, Object.values(decisions)) : ''),
    [proposal, decisions],
  );

  const save = async () => {
    if (!source.picked || !proposal) return;
    setCreateError(null);
    try {
      const made = await create.mutateAsync({
        ...source.picked,
        partnerId: proposal.partner?.id ?? null,
        fingerprint: proposal.fingerprint,
        name,
        type,
        decisions: Object.values(decisions),
      });
      notifications.show({ color: 'teal', message: `Шаблон ${quoted(made.name)} создан из файла.` });
      closing.close();
      onCreated(made.id);
    } catch (error) {
      setCreateError(`Шаблон не создан. ${importErrorText(error)}`);
    }
  };

  const replacements = proposal?.items.filter((i) => i.kind === 'replace') ?? [];
  const accepted = replacements.filter((i) => decisions[i.id]?.accept ?? true).length;

  return (
    <ImportModal opened={opened} title="Новый шаблон из файла" closing={closing}>
      <Stack>
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ImportFileInput
              label="Договор школы в формате Word (.docx)"
              description="Ваш бланк договора, заполненный для одного из партнёров: его сведения программа предложит заменить полями."
              kinds={['docx']}
              source={source}
              disabled={create.isPending}
              onChange={(chosen) => void load(chosen, partnerId)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <TitledSelect
              label="Для какого партнёра составлен файл"
              description="Не выбран — программа узнает его по тексту"
              placeholder="Узнать по тексту"
              data={partnerOptions}
              value={partnerId === null ? null : String(partnerId)}
              searchable
              clearable
              nothingFoundMessage="Партнёр не найден"
              comboboxProps={{ withinPortal: true }}
              disabled={source.reading || create.isPending}
              onChange={(value) => {
                const id = value ? Number(value) : null;
                setPartnerId(id);
                if (source.file) void load(source.file, id);
              }}
            />
          </Grid.Col>
        </Grid>

        <JobProgressBar task="templateImport" active={source.reading} label="Программа читает договор…" />

        {proposal && (
          <>
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <TextInput label="Название шаблона" value={name} onChange={(e) => setName(e.currentTarget.value)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <TitledSelect
                  label="Вид договора"
                  data={AGREEMENT_TYPES.map((t) => ({ value: t, label: AGREEMENT_TYPE_LABELS[t] }))}
                  value={type}
                  allowDeselect={false}
                  onChange={(value) => value && setType(value as AgreementType)}
                />
              </Grid.Col>
            </Grid>
            <Alert variant="light" color={proposal.partner ? 'teal' : 'yellow'} icon={<IconInfoCircle />} p="xs">
              <Stack gap={4}>
                {proposal.partner && (
                  <Text size="sm" data-testid="import-partner">
                    Файл составлен для партнёра {quoted(proposal.partner.name)}
                    {proposal.partner.chosen ? '' : ' (узнан по тексту)'}: его сведения заменяются полями партнёра.
                  </Text>
                )}
                {proposal.notes.map((note) => (
                  <Text size="sm" key={note}>
                    {note}
                  </Text>
                ))}
              </Stack>
            </Alert>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text fw={500} size="sm">
                    Замены и пропуски
                  </Text>
                  <Badge variant="light" data-testid="import-accepted">
                    замен: {accepted} из {replacements.length}
                  </Badge>
                </Group>
                {proposal.items.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    lines={proposal.lines}
                    decision={decisions[item.id]}
                    placeholders={placeholders}
                    onChange={(d) => setDecisions((all) => ({ ...all, [d.id]: d }))}
                  />
                ))}
              </Stack>
              {/* Stays in sight while the replacements scroll by: each decision is seen in the text at once. */}
              <Stack gap={6} style={{ position: 'sticky', top: '4rem', alignSelf: 'start' }}>
                <Text fw={500} size="sm">
                  Текст шаблона
                </Text>
                <Paper withBorder p="xs" style={{ maxHeight: 'calc(100dvh - 17rem)', overflowY: 'auto' }}>
                  <Text
                    component="pre"
                    size="sm"
                    data-testid="import-template-text"
                    style={{
                      whiteSpace: 'pre-wrap',
                      wordBreak: 'break-word',
                      fontFamily: '"PT Serif", serif',
                      margin: 0,
                    }}
                  >
                    {body}
                  </Text>
                </Paper>
              </Stack>
            </SimpleGrid>
          </>
        )}

        <ImportFooter error={createError} errorTestId="import-error" closing={closing}>
          <Button onClick={() => void save()} disabled={!proposal || source.reading} loading={create.isPending}>
            Создать шаблон
          </Button>
        </ImportFooter>
      </Stack>
    </ImportModal>
  );
}
