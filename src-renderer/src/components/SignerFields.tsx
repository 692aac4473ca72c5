import { Anchor, Autocomplete, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import {
  declineName,
  declinePosition,
  DEFAULT_BASIS,
  inPersonOf,
  isAttorney,
  signerGender,
  type Declined,
  type SignerSource,
} from '@contract/signer';
import { DateField } from './DateField';

const BASES = ['Устава', 'Положения', 'доверенности'];

/** The form's field that holds each part of the signer: «headName», «directorName» … */
export type SignerFieldNames = Record<keyof SignerSource, string>;

interface Props<Values> {
  form: UseFormReturnType<Values>;
  fields: SignerFieldNames;
  /** «ФИО директора», «Руководитель (ФИО)». */
  nameLabel: string;
  positionLabel: string;
}

/** «Склоняется автоматически», or a warning with the form to correct when the rule is not sure of it. */
function GenitiveField({
  label,
  testId,
  auto,
  value,
  error,
  onChange,
}: {
  label: string;
  testId: string;
  auto: Declined;
  value: string;
  error?: ReactNode;
  onChange(value: string): void;
}) {
  const unsure = value.trim() === '' && auto.text !== '' && !auto.safe;
  const description = unsure ? (
    <Text span size="xs" c="orange.8" data-testid={`${testId}-check`}>
      Склонение не проверено: «{auto.text}».{' '}
      <Anchor component="button" type="button" size="xs" onClick={() => onChange(auto.text)}>
        Исправить
      </Anchor>
    </Text>
  ) : value.trim() === '' ? (
    'Пусто — склоняется автоматически'
  ) : (
    'Исправлено вручную; очистите, чтобы склонять автоматически'
  );
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={auto.text}
      value={value}
      error={error}
      data-testid={testId}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/**
 * Who signs for a party: name and position as typed, their genitive as contracts need it («в лице директора
 * Ивановой Марии Петровны») — declined by the app, offered for correction where the rule is not sure, kept when
 * corrected — and the basis of authority, with a power of attorney's number and date. Underneath, the phrase as
 * agreements and acts will print it.
 */
export function SignerFields<Values>({ form, fields, nameLabel, positionLabel }: Props<Values>) {
  const values = form.values as Record<string, unknown>;
  const text = (key: keyof SignerSource) => String(values[fields[key]] ?? '');
  const value: SignerSource = {
    name: text('name'),
    position: text('position'),
    nameGenitive: text('nameGenitive'),
    positionGenitive: text('positionGenitive'),
    basis: text('basis'),
    attorneyNumber: text('attorneyNumber'),
    attorneyDate: text('attorneyDate') || null,
  };
  const errors = Object.fromEntries(
    Object.entries(fields).map(([key, name]) => [key, form.errors[name] as ReactNode]),
  ) as Record<keyof SignerSource, ReactNode>;
  const onChange = (patch: Partial<SignerSource>) => {
    for (const [key, v] of Object.entries(patch)) {
      form.setFieldValue(fields[key as keyof SignerSource] as never, v as never);
    }
  };
  const gender = signerGender(value.name);
  const autoName = declineName(value.name);
  const autoPosition = declinePosition(value.position, gender);
  const attorney = isAttorney(value.basis);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={nameLabel}
          value={value.name}
          error={errors.name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
        />
        <TextInput
          label={positionLabel}
          value={value.position}
          error={errors.position}
          onChange={(event) => onChange({ position: event.currentTarget.value })}
        />
        {(
          [
            ['nameGenitive', 'ФИО в родительном падеже (в лице кого)', 'name-genitive', autoName],
            ['positionGenitive', 'Должность в родительном падеже', 'position-genitive', autoPosition],
          ] as const
        ).map(([key, label, testId, auto]) => (
          <GenitiveField
            key={key}
            label={label}
            testId={testId}
            auto={auto}
            value={value[key]}
            error={errors[key]}
            onChange={(text) => onChange(key === 'nameGenitive' ? { nameGenitive: text } : { positionGenitive: text })}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Autocomplete
          label="Действует на основании"
          description="В родительном падеже: «Устава», «Положения», «доверенности»"
          data={BASES}
          placeholder={DEFAULT_BASIS}
          value={value.basis}
          error={errors.basis}
          data-testid="signer-basis"
          onChange={(basis) => onChange({ basis })}
        />
        {attorney && (
          <>
            <TextInput
              label="Номер доверенности"
              value={value.attorneyNumber}
              error={errors.attorneyNumber}
              onChange={(event) => onChange({ attorneyNumber: event.currentTarget.value })}
            />
            <DateField
              label="Дата доверенности"
              value={value.attorneyDate}
              error={errors.attorneyDate}
              onChange={(attorneyDate) => onChange({ attorneyDate })}
            />
          </>
        )}
      </SimpleGrid>
      {value.name.trim() !== '' && (
        <Text size="sm" c="dimmed" data-testid="signer-phrase">
          В договорах и актах: «в лице {inPersonOf(value, '')}»
        </Text>
      )}
    </Stack>
  );
}
