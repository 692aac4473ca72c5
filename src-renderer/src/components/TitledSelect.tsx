import { getOptionsLockup, getParsedComboboxData, Select, type SelectProps } from '@mantine/core';

/**
 * A Select whose chosen option may be longer than its field (a partner's full name, a kind of prolongation): the
 * field's `title` holds the whole of it, so that text cut off at the field's edge can still be read.
 */
export function TitledSelect(props: SelectProps) {
  const chosen = props.value ? getOptionsLockup(getParsedComboboxData(props.data))[props.value]?.label : undefined;
  return <Select title={chosen} {...props} />;
}
