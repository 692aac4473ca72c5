import { ActionIcon, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';

function NewCategoryForm({ onDone }: { onDone(id: number): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useApiMutation('partners:addCategory');
  const submit = async () => {
    try {
      const created = await add.mutateAsync({ name });
      onDone(created.id);
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields['name'] ?? e.message) : 'Не удалось добавить направление.');
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextInput
        label="Название направления"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <ActionIcon type="submit" size="lg" aria-label="Добавить направление" loading={add.isPending}>
          <IconPlus size={18} />
        </ActionIcon>
      </Group>
    </form>
  );
}

/** The partner's category, from the office's own list, which can be extended here. */
export function CategorySelect(props: { value: number | null; onChange(id: number | null): void; error?: string }) {
  const categories = useApiQuery('partners:categories', {});
  const openNew = () => {
    const id = modals.open({
      title: 'Новое направление',
      children: (
        <NewCategoryForm
          onDone={(created) => {
            props.onChange(created);
            modals.close(id);
            notifications.show({ color: 'teal', message: 'Направление добавлено.' });
          }}
        />
      ),
    });
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label="Направление"
        required
        style={{ flex: 1 }}
        data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={props.value === null ? null : String(props.value)}
        onChange={(value) => props.onChange(value ? Number(value) : null)}
        error={props.error}
        allowDeselect={false}
      />
      <Tooltip label="Добавить направление">
        <ActionIcon
          variant="default"
          size="lg"
          mb={props.error ? 22 : 1}
          onClick={openNew}
          aria-label="Добавить направление"
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
