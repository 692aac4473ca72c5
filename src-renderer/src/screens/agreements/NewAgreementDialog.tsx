import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilePlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { TitledSelect } from '../../components/TitledSelect';

/** Chooses the partner and the template; the draft gets its text from the template, filled with what is known. */
export function NewAgreementDialog({ partnerId, onDone }: { partnerId?: number; onDone(): void }) {
  const navigate = useNavigate();
  const partners = useApiQuery('partners:list', { statuses: ['potential', 'active', 'suspended'], sort: 'name' });
  const templates = useApiQuery('templates:list', {});
  const form = useForm<{ partner: string | null; template: string | null }>({
    mode: 'controlled',
    initialValues: { partner: partnerId ? String(partnerId) : null, template: null },
  });
  const { partner, template } = form.values;
  const chosenTemplate = template ?? (templates.data?.[0] ? String(templates.data[0].id) : null);
  const dialog = useRecordDialog({
    form,
    check: (): Record<string, string> => ({
      ...(partner ? {} : { partner: 'Выберите партнёра' }),
      ...(chosenTemplate ? {} : { template: 'Добавьте шаблон договора в разделе «Договоры» → «Шаблоны»' }),
    }),
    write: () =>
      invoke('agreements:createFromTemplate', { partnerId: Number(partner), templateId: Number(chosenTemplate) }),
    onSaved: (created) => {
      onDone();
      navigate(`/agreements/${created.id}/edit`);
    },
    refusalTitle: 'Договор не создан',
    refusalFallback: 'Не удалось создать договор.',
    guard: false,
    onClose: onDone,
  });

  return (
    <RecordModal
      dialog={dialog}
      title="Новый договор"
      size="lg"
      action={{ label: 'Создать черновик', icon: <IconFilePlus size={16} /> }}
    >
      <TitledSelect
        label="Партнёр"
        required
        searchable
        data={(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.fullName }))}
        value={partner}
        onChange={(value) => form.setFieldValue('partner', value)}
        error={form.errors['partner']}
        nothingFoundMessage="Партнёр не найден"
        comboboxProps={{ withinPortal: true }}
      />
      <TitledSelect
        label="Шаблон"
        required
        data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
        value={chosenTemplate}
        onChange={(value) => form.setFieldValue('template', value)}
        error={form.errors['template']}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Text size="sm" c="dimmed">
        Текст договора будет заполнен по шаблону сведениями о школе и партнёре; его можно будет изменить для этого
        договора.
      </Text>
    </RecordModal>
  );
}
