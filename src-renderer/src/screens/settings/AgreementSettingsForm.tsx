import { SimpleGrid, TextInput } from '@mantine/core';
import type { AgreementSettings } from '@contract/settings';
import { invoke } from '../../api/client';
import { TitledCard } from '../../components/TitledCard';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { useSettingsForm } from './useSettingsForm';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** How agreements are numbered, the city printed on them, and how early their end is announced. */
export function AgreementSettingsForm({ initial }: { initial: AgreementSettings }) {
  const { form, dialog } = useSettingsForm(initial, {
    write: (values) => invoke('settings:saveAgreements', values),
    stored: (settings) => settings.agreements,
    notice: 'Настройки договоров сохранены.',
  });
  return (
    <form onSubmit={dialog.submit} noValidate>
      <TitledCard
        title="Договоры и акты"
        description={
          <>
            В шаблоне номера {'{год}'} — год подписания договора (или год акта), {'{№}'} — порядковый номер в этом году.
            Номер акта приёма-передачи и акта возврата присваивается, когда акт открывают в первый раз, и больше не
            меняется.
          </>
        }
        maw={980}
      >
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label="Шаблон номера договора" {...form.getInputProps('numberPattern')} />
          <TextInput label="Шаблон номера акта" {...form.getInputProps('actNumberPattern')} />
          <WholeNumberInput label="Предупреждать об окончании за (дней)" {...form.getInputProps('warningDays')} />
          <TextInput label="Город в договорах и актах" placeholder="г. Зверево" {...form.getInputProps('city')} />
        </SimpleGrid>
        <FormSaveButtons mt="md" dialog={dialog} label="Сохранить настройки договоров" />
      </TitledCard>
    </form>
  );
}
