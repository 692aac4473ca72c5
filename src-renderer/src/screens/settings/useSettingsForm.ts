import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { Settings } from '@contract/settings';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';

interface Options<Values> {
  /** Writes the form's part of the settings; the store answers all of them. */
  write(values: Values): Promise<Settings>;
  /** The form's part of the settings the store answered. */
  stored(settings: Settings): Values;
  /** The notice once saved. */
  notice: string;
  check?(values: Values): Record<string, string>;
}

/**
 * A part of the settings as a form: it follows the stored settings, and once saved starts again from what the
 * store kept.
 */
export function useSettingsForm<Values extends object>(initial: Values, options: Options<Values>) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial });
  useEffect(() => {
    form.setInitialValues(initial);
    // The form is reset only when the stored settings themselves change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial]);
  const dialog = useRecordDialog({
    form,
    check: options.check,
    write: options.write,
    notice: () => options.notice,
    onSaved: (saved) => {
      form.setInitialValues(options.stored(saved));
      form.setValues(options.stored(saved));
    },
  });
  return { form, dialog };
}
