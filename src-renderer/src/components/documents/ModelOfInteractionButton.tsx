import { Button, Group, Modal, Radio, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentRequest } from '@contract/documents';
import { useApiQuery } from '../../api/queries';
import { useAcademicYear } from '../../app/academic-year';
import { ExportXlsxButton } from '../ExportXlsxButton';
import { QueryState } from '../QueryState';
import { DocumentPreviewModal } from './DocumentPreviewModal';
import { MultiPick } from '../MultiPick';

type Scope = 'active' | 'chosen';

interface ChoiceProps {
  year: string;
  initialIds: readonly number[];
  onCancel(): void;
  /** `undefined`: every partner neither suspended nor former. */
  onShow(partnerIds: number[] | undefined): void;
}

function PartnersChoice({ year, initialIds, onCancel, onShow }: ChoiceProps) {
  const partners = useApiQuery('partners:list', {});
  const [scope, setScope] = useState<Scope>(initialIds.length > 0 ? 'chosen' : 'active');
  const [chosen, setChosen] = useState<string[]>(initialIds.map(String));

  return (
    <QueryState query={partners}>
      {(list) => {
        // As the document takes them by default: the partners the school works with or may work with.
        const activeCount = list.filter((p) => p.status === 'active' || p.status === 'potential').length;
        const ready = scope === 'active' ? activeCount > 0 : chosen.length > 0;
        return (
          <Stack>
            <Radio.Group
              label="Какие партнёры войдут в документ"
              value={scope}
              onChange={(value) => setScope(value === 'chosen' ? 'chosen' : 'active')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="active" label={`Все, кроме приостановленных и бывших (${activeCount})`} />
                <Radio value="chosen" label="Выбранные партнёры" />
              </Stack>
            </Radio.Group>
            <MultiPick
              aria-label="Партнёры"
              placeholder={chosen.length === 0 ? 'Начните вводить название' : undefined}
              data={list.map((p) => ({ value: String(p.id), label: p.fullName }))}
              value={chosen}
              onChange={(value) => {
                setChosen(value);
                if (value.length > 0) setScope('chosen');
              }}
              disabled={scope !== 'chosen'}
              searchable
              clearable
              nothingFoundMessage="Партнёр не найден"
              maxDropdownHeight={280}
            />
            <Text size="sm" c="dimmed">
              Учебный год: {year}. Его можно сменить в шапке программы.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                Отмена
              </Button>
              <Button disabled={!ready} onClick={() => onShow(scope === 'chosen' ? chosen.map(Number) : undefined)}>
                Показать
              </Button>
            </Group>
          </Stack>
        );
      }}
    </QueryState>
  );
}

export interface ModelOfInteractionButtonProps {
  /** Partners to start the choice with (for example, the rows selected in a table); none: all active partners. */
  selectedPartnerIds?: readonly number[];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** «Модель взаимодействия»: choose the partners, then see, print and save the document for the current year. */
export function ModelOfInteractionButton({
  selectedPartnerIds = [],
  variant = 'default',
  size,
}: ModelOfInteractionButtonProps) {
  const { year } = useAcademicYear();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<{ year: string; partnerIds?: number[] } | null>(null);
  const request: DocumentRequest | null = chosen && { kind: 'modelOfInteraction', ...chosen };

  return (
    <>
      <Button
        variant={variant}
        size={size}
        leftSection={<IconFileDescription size={16} />}
        onClick={() => setChoosing(true)}
      >
        Модель взаимодействия
      </Button>
      <Modal opened={choosing} onClose={() => setChoosing(false)} title="Модель взаимодействия" size="lg">
        <PartnersChoice
          year={year}
          initialIds={selectedPartnerIds}
          onCancel={() => setChoosing(false)}
          onShow={(partnerIds) => {
            setChoosing(false);
            setChosen({ year, ...(partnerIds ? { partnerIds } : {}) });
          }}
        />
      </Modal>
      <DocumentPreviewModal
        request={request}
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        actions={
          chosen && (
            <ExportXlsxButton
              channel="partners:exportModelXlsx"
              input={chosen}
              failText="Не удалось сохранить модель взаимодействия в Excel."
            />
          )
        }
      />
    </>
  );
}
