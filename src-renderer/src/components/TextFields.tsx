import { Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

/** A text field of a form: what it holds, how it is labelled, how long it may be. */
export interface TextFieldSpec<Name extends string> {
  name: Name;
  label: string;
  maxLength?: number;
  placeholder?: string;
  description?: string;
  required?: boolean;
  /** Takes the focus when its dialog opens. */
  autofocus?: boolean;
  /** A text over lines: how many it shows at first, growing with what is typed; one line otherwise. */
  rows?: number;
}

interface Props<Values> {
  form: UseFormReturnType<Values>;
  fields: readonly TextFieldSpec<keyof Values & string>[];
}

/** A form's plain text fields, one after another, each bound to its value and its error. */
export function TextFields<Values>({ form, fields }: Props<Values>) {
  return fields.map(({ name, rows, autofocus, ...field }) => {
    const props = { ...field, 'data-autofocus': autofocus || undefined, ...form.getInputProps(name) };
    return rows ? <Textarea key={name} autosize minRows={rows} {...props} /> : <TextInput key={name} {...props} />;
  });
}
