import { ActionIcon, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { quoted } from '@contract/quote';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';

/** «Новое направление»: its name, added to the office's list and chosen for the partner. */
function NewCategoryDialog({ onClose, onAdded }: { onClose(): void; onAdded(id: number): void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '' },
    validate: { name: (name) => (name.trim() ? null : 'Введите название направления') },
  });
  const dialog = useRecordDialog({
    form,
    write: ({ name }) => invoke('partners:addCategory', { name }),
    notice: (created) => ({ title: null, message: `Направление ${quoted(created.name)} добавлено.` }),
    onSaved: (created) => {
      onAdded(created.id);
      onClose();
    },
    onClose,
    refusalTitle: 'Направление не добавлено',
    refusalFallback: 'Не удалось добавить направление.',
  });
  return (
    <RecordModal
      dialog={dialog}
      title="Новое направление"
      size="md"
      action={{ label: 'Добавить направление', icon: <IconPlus size={16} /> }}
    >
      <TextInput label="Название направления" required data-autofocus {...form.getInputProps('name')} />
    </RecordModal>
  );
}

/** The partner's category, from the office's own list, which can be extended here. */
export function CategorySelect(props: { value: number | null; onChange(id: number | null): void; error?: string }) {
  const categories = useApiQuery('partners:categories', {});
  const [adding, setAdding] = useState(false);
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
          onClick={() => setAdding(true)}
          aria-label="Добавить направление"
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
      {adding && <NewCategoryDialog onClose={() => setAdding(false)} onAdded={props.onChange} />}
    </Group>
  );
}
