import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { SchoolProfile } from '@contract/settings';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { SignerFields, type SignerFieldNames } from '../../components/SignerFields';
import { TitledCard } from '../../components/TitledCard';
import { PageHeader } from '../../components/PageHeader';
import { AgreementSettingsForm } from './AgreementSettingsForm';
import { HolidaysSettingsForm } from './HolidaysSettingsForm';
import { ArchiveCard } from './ArchiveCard';
import { BackupsCard } from './BackupsCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { QueryState } from '../../components/QueryState';
import { SetupListSetting } from './SetupListSetting';
import { useSettingsForm } from './useSettingsForm';

/**
 * The school's name, requisites and contacts. The enrolment, the families and the teachers are facts of each
 * academic year, entered with the year's classes (Кружки → «Классы и численность»), not here.
 */
type SchoolForm = Omit<SchoolProfile, 'enrolment' | 'families' | 'teachers'>;

const DIRECTOR_FIELDS: SignerFieldNames = {
  name: 'directorName',
  position: 'directorPosition',
  nameGenitive: 'directorNameGenitive',
  positionGenitive: 'directorPositionGenitive',
  basis: 'directorBasis',
  attorneyNumber: 'directorAttorneyNumber',
  attorneyDate: 'directorAttorneyDate',
};

function SchoolProfileForm({ initial }: { initial: SchoolProfile }) {
  const { form, dialog } = useSettingsForm<SchoolForm>(initial, {
    write: (values) => invoke('settings:saveSchool', values),
    stored: (settings) => settings.school,
    notice: 'Сведения о школе сохранены.',
  });

  return (
    <form onSubmit={dialog.submit} noValidate>
      <Stack gap="lg" maw={980}>
        <TitledCard title="Наименование">
          <Stack>
            <TextInput label="Полное наименование" required {...form.getInputProps('fullName')} />
            <TextInput label="Краткое наименование" required {...form.getInputProps('shortName')} />
          </Stack>
        </TitledCard>
        <TitledCard title="Руководитель и реквизиты">
          <SignerFields form={form} fields={DIRECTOR_FIELDS} nameLabel="ФИО директора" positionLabel="Должность" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
            <TextInput label="ФИО заместителя директора" {...form.getInputProps('deputyName')} />
            <TextInput
              label="Должность заместителя"
              description="Подписывает аналитическую справку вместе с директором"
              {...form.getInputProps('deputyPosition')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
            <TextInput label="Юридический адрес" {...form.getInputProps('legalAddress')} />
            <TextInput label="Почтовый адрес" {...form.getInputProps('postalAddress')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <TextInput label="ИНН" inputMode="numeric" {...form.getInputProps('inn')} />
            <TextInput label="КПП" {...form.getInputProps('kpp')} />
            <TextInput label="ОГРН" inputMode="numeric" {...form.getInputProps('ogrn')} />
          </SimpleGrid>
        </TitledCard>
        <TitledCard title="Контакты">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Телефон" {...form.getInputProps('phone')} />
            <TextInput label="Электронная почта" {...form.getInputProps('email')} />
            <TextInput label="Сайт" {...form.getInputProps('website')} />
          </SimpleGrid>
        </TitledCard>
        <Text size="sm" c="dimmed" data-testid="contingent-moved">
          Численность обучающихся, число семей и педагогов указываются для каждого учебного года: Реализация → Кружки →
          «Классы и численность». Численность по уровням (НОО, ООО, СОО) считается по списку классов.
        </Text>
        <FormSaveButtons dialog={dialog} label="Сохранить сведения о школе" onReset={() => form.reset()} />
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
            <SetupListSetting />
            <DiagnosticsCard />
            <ArchiveCard />
            <BackupsCard />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
