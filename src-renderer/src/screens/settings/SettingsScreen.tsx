import { Button, Card, Group, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
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

/** The form holds what the user typed; NumberInput yields '' for an empty field, which the store refuses. */
type SchoolForm = Omit<SchoolProfile, 'enrolment' | 'families' | 'teachers'> & {
  enrolment: { noo: number | string; ooo: number | string; soo: number | string };
  families: number | string;
  teachers: number | string;
};

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
      const saved = await save.mutateAsync(values as SchoolProfile);
      form.setInitialValues(saved.school);
      form.setValues(saved.school);
      notifications.show({ color: 'teal', title: 'Сохранено', message: 'Сведения о школе сохранены.' });
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });

  const number = (path: string, label: string) => (
    <NumberInput label={label} allowDecimal={false} clampBehavior="none" {...form.getInputProps(path)} />
  );

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
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Контингент
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {number('enrolment.noo', 'Обучающихся НОО (1–4 классы)')}
            {number('enrolment.ooo', 'Обучающихся ООО (5–9 классы)')}
            {number('enrolment.soo', 'Обучающихся СОО (10–11 классы)')}
            {number('families', 'Количество семей')}
            {number('teachers', 'Количество педагогов')}
          </SimpleGrid>
        </Card>
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
