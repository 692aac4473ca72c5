import { Anchor, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS, type Template, type TemplateFields } from '@contract/agreements';
import { ApiError, invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { TemplateList } from '../../components/TemplateList';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { RefusalAlert } from '../../components/record-dialog/RefusalAlert';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { insertAtCursor, PlaceholderMenu } from './PlaceholderMenu';
import { TitledSelect } from '../../components/TitledSelect';
import { quoted } from '@contract/quote';
import { TemplateImportDialog } from './TemplateImportDialog';

function TemplateEditor({ template, onSaved }: { template: Template | null; onSaved(id: number): void }) {
  const form = useForm<TemplateFields>({
    mode: 'controlled',
    initialValues: template
      ? { name: template.name, type: template.type, body: template.body }
      : { name: '', type: 'cooperation', body: '' },
  });
  const dialog = useRecordDialog({
    form,
    write: (fields) =>
      template ? invoke('templates:update', { id: template.id, fields }) : invoke('templates:create', fields),
    notice: (saved) => ({ title: null, message: `Шаблон ${quoted(saved.name)} сохранён.` }),
    onSaved: (saved) => onSaved(saved.id),
    refusalFallback: 'Не удалось сохранить шаблон.',
    noticeRefusal: false,
  });
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fields = form.values;

  return (
    <Card withBorder padding="lg" component="form" onSubmit={dialog.submit} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput label="Название" {...form.getInputProps('name')} />
          <TitledSelect
            label="Вид договора"
            data={AGREEMENT_TYPES.map((t) => ({ value: t, label: AGREEMENT_TYPE_LABELS[t] }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Строка «1. Название» — заголовок раздела, «1.1. …» — пункт. Поля в фигурных скобках заполняются сведениями о
            школе, партнёре и договоре.
          </Text>
          <PlaceholderMenu
            onInsert={(p) => form.setFieldValue('body', insertAtCursor(bodyRef.current, fields.body, p))}
          />
        </Group>
        <Textarea
          ref={bodyRef}
          aria-label="Текст шаблона"
          autosize
          minRows={16}
          maxRows={40}
          {...form.getInputProps('body')}
          styles={{ input: { fontFamily: '"PT Serif", serif', lineHeight: 1.5 } }}
        />
        <RefusalAlert dialog={dialog} />
        <FormSaveButtons dialog={dialog} label="Сохранить шаблон" />
      </Stack>
    </Card>
  );
}

export function TemplatesScreen() {
  const templates = useApiQuery('templates:list', {});
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const remove = (template: Template) =>
    modals.openConfirmModal({
      title: 'Удалить шаблон',
      children: (
        <Text size="sm">Удалить шаблон {quoted(template.name)}? Договоры, созданные по нему, сохранят свой текст.</Text>
      ),
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        invoke('templates:delete', { id: template.id })
          .then(() => {
            setSelected(null);
            return templates.refetch();
          })
          .catch((error: unknown) =>
            notifications.show({
              color: 'red',
              message: error instanceof ApiError ? error.message : 'Не удалось удалить шаблон.',
            }),
          ),
    });

  return (
    <>
      <PageHeader
        title="Шаблоны договоров"
        description="Тексты, по которым составляются новые договоры."
        actions={
          <Group>
            <Button variant="light" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
              Новый шаблон из файла
            </Button>
            <Anchor component={Link} to="/agreements">
              ← Договоры
            </Anchor>
          </Group>
        }
      />
      <TemplateImportDialog
        opened={importing}
        onClose={() => setImporting(false)}
        onCreated={(id) => {
          setImporting(false);
          setSelected(id);
        }}
      />
      <QueryState query={templates}>
        {(list) => (
          <TemplateList
            templates={list}
            describe={(t) => ({ label: t.name, description: t.builtIn ? 'встроенный' : undefined })}
            action={(t) => <IconTrash size={14} aria-label={`Удалить шаблон ${t.name}`} onClick={() => remove(t)} />}
            selected={selected}
            onChoose={setSelected}
            newLabel="Новый шаблон"
            span={3}
          >
            {(current) => (
              <TemplateEditor
                key={selected === 'new' ? 'new' : (current?.id ?? 'none')}
                template={current}
                onSaved={(id) => setSelected(id)}
              />
            )}
          </TemplateList>
        )}
      </QueryState>
    </>
  );
}
