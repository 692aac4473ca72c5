import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';

/** Chooses the partner and the template; the draft gets its text from the template, filled with what is known. */
export function NewAgreementDialog({ partnerId, onDone }: { partnerId?: number; onDone(): void }) {
  const navigate = useNavigate();
  const partners = useApiQuery('partners:list', { statuses: ['potential', 'active', 'suspended'], sort: 'name' });
  const templates = useApiQuery('templates:list', {});
  const [partner, setPartner] = useState<string | null>(partnerId ? String(partnerId) : null);
  const [template, setTemplate] = useState<string | null>(null);
  const create = useApiMutation('agreements:createFromTemplate');
  const chosenTemplate = template ?? (templates.data?.[0] ? String(templates.data[0].id) : null);

  const submit = async () => {
    if (!partner || !chosenTemplate) return;
    try {
      const created = await create.mutateAsync({ partnerId: Number(partner), templateId: Number(chosenTemplate) });
      onDone();
      navigate(`/agreements/${created.id}/edit`);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Договор не создан',
        message: error instanceof ApiError ? error.message : 'Не удалось создать договор.',
      });
    }
  };

  return (
    <Stack>
      <Select
        label="Партнёр"
        searchable
        data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.fullName }))}
        value={partner}
        onChange={setPartner}
        nothingFoundMessage="Партнёр не найден"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Шаблон"
        data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
        value={chosenTemplate}
        onChange={setTemplate}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Text size="sm" c="dimmed">
        Текст договора будет заполнен по шаблону сведениями о школе и партнёре; его можно будет изменить для этого
        договора.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Отмена
        </Button>
        <Button onClick={() => void submit()} disabled={!partner || !chosenTemplate} loading={create.isPending}>
          Создать черновик
        </Button>
      </Group>
    </Stack>
  );
}
