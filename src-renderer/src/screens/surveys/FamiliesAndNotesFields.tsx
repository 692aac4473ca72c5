import { NumberInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';

interface Props {
  families: GetInputPropsReturnType;
  notes: GetInputPropsReturnType;
  /** Where the number comes from, said before how it is used: «Из Настроек». */
  source?: string;
}

/** A survey's number of families (its coverage is counted by it) and its note. */
export function FamiliesAndNotesFields({ families, notes, source }: Props) {
  const coverage = source ? `${source}; по нему считается охват.` : 'По нему считается охват.';
  return (
    <>
      <NumberInput
        label="Количество семей"
        description={`${coverage} 0 — число семей неизвестно.`}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        {...families}
      />
      <Textarea label="Примечание" autosize minRows={1} {...notes} />
    </>
  );
}
