import { Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ListView } from './list-view';
import classes from './list-filters.module.css';
import { MultiPick } from './MultiPick';

/** The filters above a list, side by side in one bordered band; `cols` counts them, the search as one. */
export function FilterBar({ cols, children }: { cols: number; children: ReactNode }) {
  return (
    <Paper withBorder p="md" mb="md">
      <SimpleGrid cols={{ base: 1, md: cols + 1 }}>{children}</SimpleGrid>
    </Paper>
  );
}

/** The search and filters a filter field reads and changes: a list's kept view. */
type Filters<Values extends object> = Pick<ListView<Values>, 'values' | 'set'>;

/** The filters of a view that hold some of a field's values. */
type ChoiceField<Values extends object> = {
  [K in keyof Values]: Values[K] extends string[] ? K : never;
}[keyof Values];

/**
 * «Поиск»: the words a row must hold (the view's `search`); the placeholder says where they are looked for. In a band
 * it is labelled and takes two columns; given a width `w`, it stands in a row of filters, named by its placeholder.
 */
export function SearchFilter<Values extends { search: string }>({
  view,
  placeholder,
  w,
}: {
  view: Filters<Values>;
  placeholder: string;
  w?: number;
}) {
  return (
    <TextInput
      className={w === undefined ? classes.search : undefined}
      label={w === undefined ? 'Поиск' : undefined}
      aria-label={w === undefined ? undefined : placeholder}
      placeholder={placeholder}
      w={w}
      leftSection={<IconSearch size={16} />}
      value={view.values.search}
      onChange={(event) => view.set({ search: event.currentTarget.value } as Partial<Values>)}
      maxLength={200}
    />
  );
}

/** The filters of a view that hold one value or none. */
type OneOfField<Values extends object> = {
  [K in keyof Values]: Values[K] extends string | null ? (null extends Values[K] ? K : never) : never;
}[keyof Values];

/**
 * A filter by one of a field's values (the view's `field`), in a row of filters: named by `label`, it says `all`
 * («Все педагоги») while none is chosen; `labelled` shows the label above it.
 */
export function OneOfFilter<Values extends object>({
  view,
  field,
  label,
  all,
  labelled = false,
  ...select
}: {
  view: Filters<Values>;
  field: OneOfField<Values>;
  label: string;
  all: string;
  labelled?: boolean;
  w: number;
  data: { value: string; label: string }[];
  searchable?: boolean;
  nothingFoundMessage?: string;
}) {
  return (
    <Select
      label={labelled ? label : undefined}
      aria-label={labelled ? undefined : label}
      placeholder={all}
      value={view.values[field] as string | null}
      onChange={(value) => view.set({ [field]: value } as Partial<Values>)}
      clearable
      {...select}
    />
  );
}

/** A filter by some of a field's values (the view's `field`); none chosen shows «Все». */
export function ChoiceFilter<Values extends object>({
  view,
  field,
  label,
  data,
}: {
  view: Filters<Values>;
  field: ChoiceField<Values>;
  label: string;
  data: { value: string; label: string }[];
}) {
  const value = view.values[field] as string[];
  return (
    <MultiPick
      label={label}
      placeholder={value.length ? undefined : 'Все'}
      data={data}
      value={value}
      onChange={(chosen) => view.set({ [field]: chosen } as Partial<Values>)}
      clearable
    />
  );
}
