import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconPencil, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  agreementFieldsOf,
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  PROLONGATIONS,
  PROLONGATION_LABELS,
  type AgreementDetail,
  type AgreementFields,
} from '@contract/agreements';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { TextListEditor } from '../../components/TextListEditor';
import { TitledCard } from '../../components/TitledCard';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { AFTER_SAVE } from '../../components/unsaved-changes';
import { DateField } from '../../components/DateField';
import { insertAtCursor, PlaceholderMenu } from './PlaceholderMenu';
import { TitledSelect } from '../../components/TitledSelect';
import { quoted } from '@contract/quote';
import { WholeNumberInput } from '../../components/WholeNumberInput';

function AgreementForm({ agreement }: { agreement: AgreementDetail }) {
  const navigate = useNavigate();
  const partners = useApiQuery('partners:list', { sort: 'name' });
  const templates = useApiQuery('templates:list', {});
  const form = useForm<AgreementFields>({ mode: 'controlled', initialValues: agreementFieldsOf(agreement) });
  const [openEnded, setOpenEnded] = useState(agreement.endsOn === null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const errors = form.errors as Record<string, string>;
  const v = form.values;

  const dialog = useRecordDialog({
    form,
    write: (values) =>
      invoke('agreements:update', {
        id: agreement.id,
        fields: { ...values, endsOn: openEnded ? null : values.endsOn },
      }),
    notice: (_, values) => `Договор № ${values.number} сохранён.`,
    onSaved: () => navigate(`/agreements/${agreement.id}`, { state: AFTER_SAVE }),
  });

  const nextNumber = async () => {
    const { number } = await invoke('agreements:nextNumber', { signedOn: v.signedOn });
    form.setFieldValue('number', number);
  };

  const template = (templates.data ?? []).find((t) => t.id === v.templateId);
  const followsTemplate = v.text.trim() === '' && v.templateId !== null;

  return (
    <form onSubmit={dialog.submit} noValidate>
      <Stack gap="lg" maw={1100}>
        <TitledCard title="Стороны и номер">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TitledSelect
              label="Партнёр"
              searchable
              data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.fullName }))}
              value={String(v.partnerId)}
              onChange={(value) => value && form.setFieldValue('partnerId', Number(value))}
              error={errors['partnerId']}
              allowDeselect={false}
            />
            <TitledSelect
              label="Вид"
              data={AGREEMENT_TYPES.map((t) => ({ value: t, label: AGREEMENT_TYPE_LABELS[t] }))}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput label="Номер" required style={{ flex: 1 }} {...form.getInputProps('number')} />
              <Button variant="default" onClick={() => void nextNumber()} mb={errors['number'] ? 22 : 0}>
                Следующий
              </Button>
            </Group>
            <TextInput label="Город" {...form.getInputProps('city')} />
            <TextInput label="Ответственный от школы" {...form.getInputProps('responsible')} />
          </SimpleGrid>
        </TitledCard>
        <TitledCard title="Срок действия">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label="Дата подписания"
              description="Пока не указана — договор считается черновиком"
              value={v.signedOn}
              onChange={(d) => form.setFieldValue('signedOn', d)}
              error={errors['signedOn']}
            />
            <DateField
              label="Начало действия"
              value={v.startsOn}
              onChange={(d) => form.setFieldValue('startsOn', d)}
              error={errors['startsOn']}
            />
            <Stack gap={6}>
              <DateField
                label="Окончание действия"
                value={openEnded ? null : v.endsOn}
                onChange={(d) => form.setFieldValue('endsOn', d)}
                error={errors['endsOn']}
                disabled={openEnded}
              />
              <Checkbox label="Бессрочно" checked={openEnded} onChange={(e) => setOpenEnded(e.currentTarget.checked)} />
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
            <TitledSelect
              label="Пролонгация"
              data={PROLONGATIONS.map((p) => ({ value: p, label: PROLONGATION_LABELS[p] }))}
              allowDeselect={false}
              {...form.getInputProps('prolongation')}
            />
            <WholeNumberInput
              label="На сколько лет продлевается"
              min={1}
              max={10}
              disabled={v.prolongation === 'none'}
              {...form.getInputProps('prolongationYears')}
            />
            <WholeNumberInput
              label="Уведомить о прекращении за (дней)"
              min={0}
              max={365}
              {...form.getInputProps('noticeDays')}
            />
          </SimpleGrid>
        </TitledCard>
        <TitledCard title="Содержание">
          <Stack>
            <Textarea label="Предмет договора" autosize minRows={2} {...form.getInputProps('subject')} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea label="Школа обязуется" autosize minRows={3} {...form.getInputProps('schoolObligations')} />
              <Textarea label="Партнёр обязуется" autosize minRows={3} {...form.getInputProps('partnerObligations')} />
            </SimpleGrid>
            <Textarea
              label="Ответственность за жизнь и здоровье детей во время совместных мероприятий"
              autosize
              minRows={2}
              {...form.getInputProps('safetyResponsibility')}
            />
            <div>
              <Title order={6} mb="xs">
                Приложения
              </Title>
              <TextListEditor
                items={v.appendices}
                onChange={(items) => form.setFieldValue('appendices', items)}
                addLabel="Добавить приложение"
                itemLabel="Приложение"
                emptyText="Приложений нет. Если к договору что-то прилагается (например, план совместной деятельности), нажмите «Добавить приложение»."
                errors={errors}
                errorPath="appendices"
              />
            </div>
            <Textarea label="Примечание" autosize minRows={1} {...form.getInputProps('notes')} />
          </Stack>
        </TitledCard>
        <Card withBorder padding="lg">
          <Group justify="space-between" mb="md">
            <Title order={4}>Текст договора</Title>
            <Group gap="xs">
              <TitledSelect
                aria-label="Шаблон"
                size="xs"
                w={300}
                data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
                value={v.templateId === null ? null : String(v.templateId)}
                onChange={(value) => form.setFieldValue('templateId', value ? Number(value) : null)}
                placeholder="Шаблон"
              />
              {!followsTemplate && (
                <PlaceholderMenu
                  onInsert={(p) => form.setFieldValue('text', insertAtCursor(textRef.current, v.text, p))}
                />
              )}
              {!followsTemplate && v.templateId !== null && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() =>
                    modals.openConfirmModal({
                      title: 'Вернуть текст шаблона',
                      children: (
                        <Text size="sm">
                          Текст, изменённый вручную, будет заменён текстом шаблона {quoted(template?.name ?? '')}, и
                          договор будет печататься по нему. Свои пункты пропадут после сохранения.
                        </Text>
                      ),
                      labels: { confirm: 'Вернуть текст шаблона', cancel: 'Отмена' },
                      onConfirm: () => form.setFieldValue('text', ''),
                    })
                  }
                >
                  Вернуть текст шаблона
                </Button>
              )}
            </Group>
          </Group>
          {followsTemplate ? (
            <Alert color="blue" data-testid="text-follows-template">
              <Stack gap="xs" align="flex-start">
                <span>
                  Текст договора — по шаблону {quoted(template?.name ?? '')}: сведения этой карточки, школы и партнёра
                  подставляются в него при каждом предпросмотре, печати и сохранении. Ничего заполнять в тексте не
                  нужно.
                </span>
                <span>Чтобы добавить в договор свой пункт, измените текст вручную.</span>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} />}
                  disabled={!template}
                  onClick={() => template && form.setFieldValue('text', template.body)}
                >
                  Изменить текст вручную
                </Button>
              </Stack>
            </Alert>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                Поля в двойных фигурных скобках, например {'{{договор.срок_действия}}'}, заполняются из карточки при
                печати: оставьте их, чтобы текст следовал за карточкой.
              </Text>
              <Textarea
                ref={textRef}
                aria-label="Текст договора"
                autosize
                minRows={12}
                maxRows={40}
                styles={{ input: { fontFamily: '"PT Serif", serif', lineHeight: 1.5 } }}
                {...form.getInputProps('text')}
              />
            </>
          )}
        </Card>
        <FormSaveButtons dialog={dialog} label="Сохранить" onCancel={() => navigate(`/agreements/${agreement.id}`)} />
      </Stack>
    </form>
  );
}

export function EditAgreementScreen() {
  const id = Number(useParams()['id']);
  const agreement = useApiQuery('agreements:get', { id });
  return (
    <>
      <PageHeader
        title={agreement.data ? `Договор № ${agreement.data.number}` : 'Договор'}
        description={agreement.data?.partnerName}
      />
      <QueryState query={agreement}>{(a) => <AgreementForm agreement={a} />}</QueryState>
    </>
  );
}
