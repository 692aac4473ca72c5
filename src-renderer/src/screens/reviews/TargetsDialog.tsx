import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { INDICATOR_TITLES, INDICATORS, type IndicatorKey, type Target } from '@contract/reviews';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { isPercent } from './reviews-text';

/** NumberInput gives '' while a field is empty: no target for that indicator. */
type Values = Record<IndicatorKey, number | string>;

function valuesOf(targets: readonly Target[]): Values {
  const saved = new Map(targets.map((t) => [t.indicator, t.target]));
  return Object.fromEntries(INDICATORS.map((key) => [key, saved.get(key) ?? ''])) as Values;
}

function targetsOf(values: Values): Target[] {
  return INDICATORS.flatMap((indicator) => {
    const target = values[indicator];
    return typeof target === 'number' ? [{ indicator, target }] : [];
  });
}

/** «Цели на год»: the value the office aims at for each indicator; an empty field means no target. */
export function TargetsDialog({ year, targets, onClose }: { year: string; targets: Target[]; onClose(): void }) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(targets) });
  const dialog = useRecordDialog({
    form,
    write: (values) => invoke('reviews:saveTargets', { year, targets: targetsOf(values) }),
    notice: () => `Цели на ${year} учебный год сохранены.`,
    // «targets.2.target» names the third target sent: put the message under its indicator.
    fieldErrors: (fields, values) => {
      const list = targetsOf(values);
      return Object.fromEntries(
        Object.entries(fields).flatMap(([path, message]) => {
          const index = /^targets\.(\d+)/.exec(path)?.[1];
          const key = index === undefined ? undefined : list[Number(index)]?.indicator;
          return key ? [[key, message]] : [];
        }),
      );
    },
    onClose,
    unsaved: 'Цели не сохранены. Закрыть окно и потерять изменения?',
  });

  return (
    <RecordModal closeOnClickOutside dialog={dialog} title={`Цели на ${year} учебный год`} size={720}>
      <Text size="sm" c="dimmed">
        Укажите, какого значения показателя школа хочет достичь: процент от 0 до 100, для удовлетворённости родителей —
        индекс от 0 до 1. Пустое поле — цели нет. На карточках показателей появится отклонение от цели.
      </Text>
      <SimpleGrid cols={2} verticalSpacing="sm">
        {INDICATORS.map((key) => (
          <NumberInput
            key={key}
            label={INDICATOR_TITLES[key]}
            description={isPercent(key) ? 'процент, от 0 до 100' : 'индекс, от 0 до 1'}
            placeholder="цели нет"
            decimalSeparator=","
            allowNegative={false}
            min={0}
            max={isPercent(key) ? 100 : 1}
            // A number out of range stays as typed and is refused at its field, never quietly changed.
            clampBehavior="none"
            step={isPercent(key) ? 1 : 0.01}
            decimalScale={isPercent(key) ? 1 : 2}
            suffix={isPercent(key) ? ' %' : undefined}
            {...form.getInputProps(key)}
          />
        ))}
      </SimpleGrid>
    </RecordModal>
  );
}
