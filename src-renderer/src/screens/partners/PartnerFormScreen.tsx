import { Card, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useParams } from 'react-router';
import {
  blankPartnerFields,
  partnerFieldsOf,
  PARTNER_STATUSES,
  PARTNER_STATUS_LABELS,
  type PartnerFields,
} from '@contract/partners';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { SignerFields, type SignerFieldNames } from '../../components/SignerFields';
import { TitledCard } from '../../components/TitledCard';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { AFTER_SAVE } from '../../components/unsaved-changes';
import { CategorySelect } from './CategorySelect';
import { ContactsFields } from './ContactsFields';
import { DuplicatesWarning } from './DuplicatesWarning';
import { FormsAndEffectsFields } from './FormsAndEffectsFields';
import { quoted } from '@contract/quote';

type Values = Omit<PartnerFields, 'categoryId'> & { categoryId: number | null };

const EMPTY: Values = { ...blankPartnerFields(0), categoryId: null, headBasis: 'Устава' };

const HEAD_FIELDS: SignerFieldNames = {
  name: 'headName',
  position: 'headPosition',
  nameGenitive: 'headNameGenitive',
  positionGenitive: 'headPositionGenitive',
  basis: 'headBasis',
  attorneyNumber: 'headAttorneyNumber',
  attorneyDate: 'headAttorneyDate',
};

function PartnerForm({ id, initial }: { id?: number; initial: Values }) {
  const navigate = useNavigate();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial });
  const errors = form.errors as Record<string, string>;
  const dialog = useRecordDialog({
    form,
    write: (values) => {
      // Without a category the store refuses the partner, together with every other field it finds wrong.
      const fields: PartnerFields = { ...values, categoryId: values.categoryId ?? 0 };
      return id ? invoke('partners:update', { id, fields }) : invoke('partners:create', fields);
    },
    fieldErrors: (fields, values) =>
      values.categoryId === null ? { ...fields, categoryId: 'Выберите направление' } : fields,
    notice: (saved) => `Партнёр ${quoted(saved.fullName)} сохранён.`,
    onSaved: (saved) => navigate(`/partners/${saved.id}`, { replace: !id, state: AFTER_SAVE }),
  });

  return (
    <form onSubmit={dialog.submit} noValidate>
      <Stack gap="lg" maw={1100}>
        <DuplicatesWarning id={id} fullName={form.values.fullName} inn={form.values.inn} />
        <TitledCard title="Основные сведения">
          <Stack>
            <TextInput label="Полное наименование" required {...form.getInputProps('fullName')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Краткое наименование" {...form.getInputProps('shortName')} />
              <CategorySelect
                value={form.values.categoryId}
                onChange={(value) => form.setFieldValue('categoryId', value)}
                error={errors['categoryId']}
              />
              <Select
                label="Статус"
                description="Следует за договорами; другой, выбранный здесь, сохраняется как установленный вручную"
                data={PARTNER_STATUSES.map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] }))}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            <TextInput label="Организационно-правовая форма" {...form.getInputProps('legalForm')} />
          </Stack>
        </TitledCard>
        <TitledCard title="Реквизиты и руководитель">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="ИНН" inputMode="numeric" {...form.getInputProps('inn')} />
            <TextInput label="КПП" {...form.getInputProps('kpp')} />
            <TextInput label="ОГРН или ОГРНИП" inputMode="numeric" {...form.getInputProps('ogrn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
            <TextInput label="Юридический адрес" {...form.getInputProps('legalAddress')} />
            <TextInput label="Почтовый адрес" {...form.getInputProps('postalAddress')} />
          </SimpleGrid>
          <Stack mt="md">
            <SignerFields
              form={form}
              fields={HEAD_FIELDS}
              nameLabel="Руководитель (ФИО)"
              positionLabel="Должность руководителя"
            />
          </Stack>
          <TextInput label="Сайт" mt="md" {...form.getInputProps('website')} />
        </TitledCard>
        <TitledCard title="Контактные лица">
          <ContactsFields
            contacts={form.values.contacts}
            onChange={(contacts) => form.setFieldValue('contacts', contacts)}
            errors={errors}
          />
        </TitledCard>
        <Card withBorder padding="lg">
          <FormsAndEffectsFields
            forms={form.values.forms}
            effects={form.values.effects}
            onForms={(forms) => form.setFieldValue('forms', forms)}
            onEffects={(effects) => form.setFieldValue('effects', effects)}
            errors={errors}
          />
        </Card>
        <Card withBorder padding="lg">
          <Textarea label="Примечание" autosize minRows={2} {...form.getInputProps('notes')} />
        </Card>
        <FormSaveButtons
          dialog={dialog}
          label="Сохранить"
          onCancel={() => navigate(id ? `/partners/${id}` : '/partners')}
        />
      </Stack>
    </form>
  );
}

export function NewPartnerScreen() {
  return (
    <>
      <PageHeader title="Новый партнёр" />
      <PartnerForm initial={EMPTY} />
    </>
  );
}

export function EditPartnerScreen() {
  const id = Number(useParams()['id']);
  const partner = useApiQuery('partners:get', { id });
  return (
    <>
      <PageHeader title="Изменение сведений о партнёре" description={partner.data?.fullName} />
      <QueryState query={partner}>{(p) => <PartnerForm id={p.id} initial={partnerFieldsOf(p)} />}</QueryState>
    </>
  );
}
