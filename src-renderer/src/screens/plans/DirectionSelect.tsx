import { ActionIcon, Button, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { enterOrEscape } from '../../components/enter-escape';
import { quoted } from '@contract/quote';

interface Props {
  value: number | null;
  onChange(id: number | null): void;
  error?: string | undefined;
}

/** The direction of upbringing, from the office's list, which «+» extends with a new one. */
export function DirectionSelect({ value, onChange, error }: Props) {
  const directions = useApiQuery('directions:list', {});
  const add = useApiMutation('directions:add');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);

  const submit = async () => {
    try {
      const created = await add.mutateAsync({ name });
      onChange(created.id);
      setAdding(false);
      setName('');
      notifications.show({ color: 'teal', message: `Направление ${quoted(created.name)} добавлено.` });
    } catch (e) {
      setAddError(e instanceof ApiError ? (e.fields['name'] ?? e.message) : 'Не удалось добавить направление.');
    }
  };

  if (adding) {
    return (
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label="Новое направление воспитания"
          style={{ flex: 1 }}
          value={name}
          autoFocus
          onChange={(event) => {
            setName(event.currentTarget.value);
            setAddError(null);
          }}
          onKeyDown={enterOrEscape(
            () => void submit(),
            () => setAdding(false),
          )}
          error={addError}
        />
        <Button mt={25} onClick={() => void submit()} loading={add.isPending}>
          Добавить
        </Button>
        <Button mt={25} variant="default" onClick={() => setAdding(false)}>
          Отмена
        </Button>
      </Group>
    );
  }

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label="Направление воспитания"
        style={{ flex: 1 }}
        data={(directions.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(v ? Number(v) : null)}
        error={error ?? (directions.error ? directions.error.message : undefined)}
        placeholder="Не указано"
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <Tooltip label="Добавить направление воспитания">
        <ActionIcon
          variant="default"
          size="lg"
          mb={error || directions.error ? 22 : 1}
          aria-label="Добавить направление воспитания"
          onClick={() => {
            setAddError(null);
            setAdding(true);
          }}
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
