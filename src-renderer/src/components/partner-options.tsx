import type { SelectProps } from '@mantine/core';
import { useApiQuery } from '../api/queries';
import { TitledSelect } from './TitledSelect';

/**
 * Every partner by name as the options of a Select, and any partner the record already names that the list no
 * longer holds (deleted since) under the name the record keeps, so that an old record still shows its partner.
 */
export function usePartnerOptions(kept: readonly { id: number; name: string }[] = []) {
  const partners = useApiQuery('partners:list', { sort: 'name' });
  const options = (partners.data ?? []).map((p) => ({ value: String(p.id), label: p.fullName }));
  for (const { id, name } of kept) {
    if (!options.some((o) => o.value === String(id))) options.push({ value: String(id), label: name });
  }
  return options;
}

interface PartnerSelectProps extends Omit<SelectProps, 'data'> {
  /** The partner the record names, kept in the list even if deleted since. */
  kept?: readonly { id: number; name: string }[];
}

/** «Партнёр», required: every partner by name, found by typing; the rest of the props are the form's field. */
export function PartnerSelect({ kept, ...field }: PartnerSelectProps) {
  const options = usePartnerOptions(kept);
  return (
    <TitledSelect
      label="Партнёр"
      required
      placeholder="Начните вводить название"
      data={options}
      searchable
      nothingFoundMessage="Партнёр не найден"
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      {...field}
    />
  );
}
