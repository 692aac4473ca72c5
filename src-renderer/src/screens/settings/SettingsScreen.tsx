import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { SchoolProfile } from '@contract/settings';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { AgreementSettingsForm } from './AgreementSettingsForm';
import { HolidaysSettingsForm } from './HolidaysSettingsForm';
import { ArchiveCard } from './ArchiveCard';
import { BackupsCard } from './BackupsCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { QueryState } from '../../components/QueryState';
import { useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { noticeRefusal } from '../../components/notices';

/**
 * The school's name, requisites and contacts. The enrolment, the families and the teachers are facts of each
 * academic year, entered with the year's classes (Кружки → «Классы и численность»), not here.
 */
type SchoolForm = Omit<SchoolProfile, 'enrolment' | 'families' | 'teachers'>;

function SchoolProfileForm({ initial }: { initial: SchoolProfile }) {
  const save = useApiMutation('settings:saveSchool');
  const form = useForm<SchoolForm>({ mode: 'controlled', initialValues: initial });
  useUnsavedChangesGuard(form.isDirty() && !save.isPending);

  useEffect(() => {
    form.setInitialValues(initial);
    // The form is reset only when the stored profile itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial]);

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.setInitialValues(saved.school);
      form.setValues(saved.school);
      notifications.show({ color: 'teal', title: 'Сохранено', message: 'Сведения о школе сохранены.' });
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={980}>
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Наименование
          </Title>
          <Stack>
            <TextInput label="Полное наименование" required {...form.getInputProps('fullName')} />
            <TextInput label="Краткое наименование" required {...form.getInputProps('shortName')} />
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Руководитель и реквизиты
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="ФИО директора" {...form.getInputProps('directorName')} />
            <TextInput label="Должность" {...form.getInputProps('directorPosition')} />
            <TextInput label="Юридический адрес" {...form.getInputProps('legalAddress')} />
            <TextInput label="Почтовый адрес" {...form.getInputProps('postalAddress')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <TextInput label="ИНН" inputMode="numeric" {...form.getInputProps('inn')} />
            <TextInput label="КПП" {...form.getInputProps('kpp')} />
            <TextInput label="ОГРН" inputMode="numeric" {...form.getInputProps('ogrn')} />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Контакты
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Телефон" {...form.getInputProps('phone')} />
            <TextInput label="Электронная почта" {...form.getInputProps('email')} />
            <TextInput label="Сайт" {...form.getInputProps('website')} />
          </SimpleGrid>
        </Card>
        <Text size="sm" c="dimmed" data-testid="contingent-moved">
          Численность обучающихся, число семей и педагогов указываются для каждого учебного года: Реализация → Кружки →
          «Классы и численность». Численность по уровням (НОО, ООО, СОО) считается по списку классов.
        </Text>
        <Group>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={save.isPending}>
            Сохранить сведения о школе
          </Button>
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            Отменить изменения
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsScreen() {
  const settings = useApiQuery('settings:get', {});
  return (
    <>
      <PageHeader title="Настройки" description="Сведения о школе: они попадают в документы и расчёт показателей." />
      <QueryState query={settings}>
        {(s) => (
          <Stack gap="lg">
            <SchoolProfileForm initial={s.school} />
            <AgreementSettingsForm initial={s.agreements} />
            <HolidaysSettingsForm initial={s.calendar} />
            <DiagnosticsCard />
            <ArchiveCard />
            <BackupsCard />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
