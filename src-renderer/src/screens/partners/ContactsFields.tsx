import { ActionIcon, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Contact } from '@contract/partners';
import { AddRowButton } from '../../components/AddRowButton';

interface Props {
  contacts: Contact[];
  onChange(contacts: Contact[]): void;
  errors: Record<string, string>;
}

export function ContactsFields({ contacts, onChange, errors }: Props) {
  const update = (index: number, patch: Partial<Contact>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Stack gap="sm">
      {contacts.length === 0 && (
        <Text size="sm" c="dimmed">
          Контактные лица не указаны.
        </Text>
      )}
      {contacts.map((contact, index) => (
        <Group key={index} align="flex-end" wrap="nowrap">
          <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ flex: 1 }}>
            <TextInput
              label="ФИО"
              value={contact.name}
              onChange={(e) => update(index, { name: e.currentTarget.value })}
              error={errors[`contacts.${index}.name`]}
            />
            <TextInput
              label="Роль"
              placeholder="Методист, руководитель кружка…"
              value={contact.role}
              onChange={(e) => update(index, { role: e.currentTarget.value })}
              error={errors[`contacts.${index}.role`]}
            />
            <TextInput
              label="Телефон"
              value={contact.phone}
              onChange={(e) => update(index, { phone: e.currentTarget.value })}
              error={errors[`contacts.${index}.phone`]}
            />
            <TextInput
              label="Эл. почта"
              value={contact.email}
              onChange={(e) => update(index, { email: e.currentTarget.value })}
              error={errors[`contacts.${index}.email`]}
            />
          </SimpleGrid>
          <ActionIcon
            variant="default"
            size="lg"
            mb={errors[`contacts.${index}.name`] || errors[`contacts.${index}.email`] ? 22 : 0}
            aria-label={`Удалить контакт ${index + 1}`}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <AddRowButton onClick={() => onChange([...contacts, { name: '', role: '', phone: '', email: '' }])}>
          Добавить контактное лицо
        </AddRowButton>
      </Group>
    </Stack>
  );
}
