import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { CalendarSettings } from '@contract/settings';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { TitledCard } from '../../components/TitledCard';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { RemoveRowButton } from '../../components/RemoveRowButton';
import { useSettingsForm } from './useSettingsForm';

/** A holiday as the form holds it: a date not typed yet is empty. */
interface HolidayRow {
  name: string;
  from: string;
  to: string;
}

/** What the form can say before asking the store, all at once: a name or a date left empty, an end before the start. */
function rowErrors(rows: HolidayRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.name.trim()) errors[`holidays.${i}.name`] = 'Назовите каникулы';
    if (!row.from) errors[`holidays.${i}.from`] = 'Укажите дату начала';
    if (!row.to) errors[`holidays.${i}.to`] = 'Укажите дату окончания';
    else if (row.from && row.to < row.from) errors[`holidays.${i}.to`] = 'Конец каникул раньше начала';
  });
  return errors;
}

/** School holidays (каникулы), shown on the calendar and taken into account when events are planned. */
export function HolidaysSettingsForm({ initial }: { initial: CalendarSettings }) {
  const { form, dialog } = useSettingsForm<{ holidays: HolidayRow[] }>(initial, {
    write: (values) => invoke('settings:saveCalendar', values),
    stored: (settings) => settings.calendar,
    notice: 'Каникулы сохранены.',
    check: (values) => rowErrors(values.holidays),
  });
  const errors = form.errors as Record<string, string | undefined>;
  const rows = form.values.holidays;

  return (
    <form onSubmit={dialog.submit} noValidate>
      <TitledCard
        title="Каникулы"
        description="Периоды каникул показываются в календаре, чтобы не назначать на них мероприятия."
        maw={980}
        data-testid="holidays-settings"
      >
        <Stack gap="xs">
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              Каникулы не указаны.
            </Text>
          )}
          {rows.map((row, i) => (
            <Group key={i} align="flex-start" wrap="nowrap" gap="sm">
              <TextInput
                label={i === 0 ? 'Название' : undefined}
                aria-label={`Название каникул ${i + 1}`}
                placeholder="Например, осенние каникулы"
                style={{ flex: 1 }}
                {...form.getInputProps(`holidays.${i}.name`)}
              />
              {(['from', 'to'] as const).map((end) => (
                <DateField
                  key={end}
                  w={190}
                  label={i === 0 ? (end === 'from' ? 'Начало' : 'Окончание') : undefined}
                  aria-label={`${end === 'from' ? 'Начало' : 'Окончание'} каникул ${i + 1}`}
                  value={row[end] || null}
                  onChange={(date) => form.setFieldValue(`holidays.${i}.${end}`, date ?? '')}
                  error={errors[`holidays.${i}.${end}`]}
                />
              ))}
              <RemoveRowButton
                tip="Удалить"
                label={`Удалить каникулы ${i + 1}`}
                mt={i === 0 ? 25 : 1}
                onClick={() => form.removeListItem('holidays', i)}
              />
            </Group>
          ))}
          {errors['holidays'] && (
            <Text size="sm" c="red">
              {errors['holidays']}
            </Text>
          )}
        </Stack>
        <FormSaveButtons mt="md" dialog={dialog} label="Сохранить каникулы" onReset={() => form.reset()}>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('holidays', { name: '', from: '', to: '' })}
          >
            Добавить каникулы
          </Button>
        </FormSaveButtons>
      </TitledCard>
    </form>
  );
}
