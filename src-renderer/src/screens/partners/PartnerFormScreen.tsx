import { Button, Card, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import {
  blankPartnerFields,
  partnerFieldsOf,
  PARTNER_STATUSES,
  PARTNER_STATUS_LABELS,
  type PartnerFields,
} from '@contract/partners';

import { useApiMutation, useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AFTER_SAVE, useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { CategorySelect } from './CategorySelect';
import { ContactsFields } from './ContactsFields';
import { DuplicatesWarning } from './DuplicatesWarning';
import { FormsAndEffectsFields } from './FormsAndEffectsFields';
import { noticeRefusal } from '../../components/notices';

type Values = Omit<PartnerFields, 'categoryId'> & { categoryId: number | null };

const EMPTY: Values = { ...blankPartnerFields(0), categoryId: null, headBasis: 'Устава' };

function PartnerForm({ id, initial }: { id?: number; initial: Values }) {
  const navigate = useNavigate();
  const create = useApiMutation('partners:create');
  const update = useApiMutation('partners:update');
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial });
  const saving = create.isPending || update.isPending;
  useUnsavedChangesGuard(form.isDirty() && !saving);
  const errors = form.errors as Record<string, string>;

  const submit = form.onSubmit(async (values) => {
    if (values.categoryId === null) {
      form.setFieldError('categoryId', 'Выберите направление');
      return;
    }
    const fields: PartnerFields = { ...values, categoryId: values.categoryId };
    try {
      const saved = id ? await update.mutateAsync({ id, fields }) : await create.mutateAsync(fields);
      form.resetDirty(values);
      notifications.show({ color: 'teal', title: 'Сохранено', message: `Партнёр «${saved.fullName}» сохранён.` });
      navigate(`/partners/${saved.id}`, { replace: !id, state: AFTER_SAVE });
    } catch (error) {
      form.setErrors(noticeRefusal(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={1100}>
        <DuplicatesWarning id={id} fullName={form.values.fullName} inn={form.values.inn} />
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Основные сведения
          </Title>
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
        </Card>
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Реквизиты и руководитель
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="ИНН" inputMode="numeric" {...form.getInputProps('inn')} />
            <TextInput label="КПП" {...form.getInputProps('kpp')} />
            <TextInput label="ОГРН или ОГРНИП" inputMode="numeric" {...form.getInputProps('ogrn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
            <TextInput label="Юридический адрес" {...form.getInputProps('legalAddress')} />
            <TextInput label="Почтовый адрес" {...form.getInputProps('postalAddress')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <TextInput label="Руководитель (ФИО)" {...form.getInputProps('headName')} />
            <TextInput label="Должность руководителя" {...form.getInputProps('headPosition')} />
            <TextInput
              label="Действует на основании"
              description="В родительном падеже: «Устава», «Положения»"
              {...form.getInputProps('headBasis')}
            />
          </SimpleGrid>
          <TextInput label="Сайт" mt="md" {...form.getInputProps('website')} />
        </Card>
        <Card withBorder padding="lg">
          <Title order={4} mb="md">
            Контактные лица
          </Title>
          <ContactsFields
            contacts={form.values.contacts}
            onChange={(contacts) => form.setFieldValue('contacts', contacts)}
            errors={errors}
          />
        </Card>
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
        <Group>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={saving}>
            Сохранить
          </Button>
          <Button variant="default" onClick={() => navigate(id ? `/partners/${id}` : '/partners')}>
            Отмена
          </Button>
        </Group>
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
