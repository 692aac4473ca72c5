import { Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
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

/** «Поиск»: the words a row must hold; the placeholder says where they are looked for. */
export function SearchFilter(props: { placeholder: string; value: string; onChange(value: string): void }) {
  return (
    <TextInput
      className={classes.search}
      label="Поиск"
      placeholder={props.placeholder}
      leftSection={<IconSearch size={16} />}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      maxLength={200}
    />
  );
}

interface ChoiceProps {
  label: string;
  data: { value: string; label: string }[];
  value: string[];
  onChange(value: string[]): void;
}

/** A filter by some of a field's values; none chosen shows «Все». */
export function ChoiceFilter({ label, data, value, onChange }: ChoiceProps) {
  return (
    <MultiPick
      label={label}
      placeholder={value.length ? undefined : 'Все'}
      data={data}
      value={value}
      onChange={onChange}
      clearable
    />
  );
}
