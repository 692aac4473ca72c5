import { Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { WholeNumberInput } from '../../components/WholeNumberInput';

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
      <WholeNumberInput
        label="Количество семей"
        description={`${coverage} 0 — число семей неизвестно.`}
        {...families}
      />
      <Textarea label="Примечание" autosize minRows={1} {...notes} />
    </>
  );
}
