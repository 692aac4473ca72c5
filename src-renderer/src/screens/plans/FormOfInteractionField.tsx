import { Autocomplete } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { invoke } from '../../api/client';

interface Props {
  partnerIds: number[];
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/** The form of interaction: one of the chosen partners' forms, or any new text. */
export function FormOfInteractionField({ partnerIds, value, onChange, error }: Props) {
  const details = useQueries({
    queries: partnerIds.map((id) => ({
      queryKey: ['partners:get', { id }],
      queryFn: () => invoke('partners:get', { id }),
    })),
  });
  const seen = new Set<string>();
  const groups = details.flatMap((q) => {
    if (!q.data) return [];
    // An option may be offered once only, though two partners share a form.
    const items = q.data.forms.map((f) => f.text).filter((text) => !seen.has(text));
    items.forEach((text) => seen.add(text));
    return items.length > 0 ? [{ group: q.data.shortName || q.data.fullName, items }] : [];
  });

  return (
    <Autocomplete
      label="Форма взаимодействия"
      description={
        partnerIds.length === 0
          ? 'Выберите партнёра — здесь появятся его формы взаимодействия; можно вписать и свою'
          : 'Выберите из форм взаимодействия партнёров или впишите новую'
      }
      data={groups}
      value={value}
      onChange={onChange}
      error={error}
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
      limit={200}
    />
  );
}
