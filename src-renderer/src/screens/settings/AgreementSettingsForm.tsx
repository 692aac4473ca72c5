import { Button, Card, Group, NumberInput, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { AgreementSettings } from '@contract/settings';
import { useApiMutation } from '../../api/queries';
import { useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { noticeRefusal } from '../../components/notices';

/** How agreements are numbered, the city printed on them, and how early their end is announced. */
export function AgreementSettingsForm({ initial }: { initial: AgreementSettings }) {
  const save = useApiMutation('settings:saveAgreements');
  const form = useForm<AgreementSettings>({ mode: 'controlled', initialValues: initial });
  useUnsavedChangesGuard(form.isDirty() && !save.isPending);
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.setInitialValues(saved.agreements);
      form.setValues(saved.agreements);
      notifications.show({ color: 'teal', title: 'Сохранено', message: 'Настройки договоров сохранены.' });
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Card withBorder padding="lg" maw={980}>
        <Title order={4} mb="xs">
          Договоры
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          В шаблоне номера {'{год}'} — год подписания, {'{№}'} — порядковый номер договора в этом году.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Шаблон номера" {...form.getInputProps('numberPattern')} />
          <NumberInput
            label="Предупреждать об окончании за (дней)"
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps('warningDays')}
          />
          <TextInput label="Город в договорах" placeholder="г. Зверево" {...form.getInputProps('city')} />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={save.isPending}>
            Сохранить настройки договоров
          </Button>
        </Group>
      </Card>
    </form>
  );
}
