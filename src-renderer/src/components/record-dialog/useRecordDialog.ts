import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, noticeOutcome } from '../notices';
import { closeOrConfirm, useUnsavedChangesGuard } from '../unsaved-changes';
import { focusFirstInvalid } from './first-invalid';
import { listenToFormKeys } from './form-keys';
import { fieldsToCheckText, refusalMessage, savedNotification, type SavedNotice } from './record-messages';

export interface RecordDialogOptions<Values, Saved> {
  form: UseFormReturnType<Values>;
  /**
   * Writes the record (creates it, or updates the one being edited) and answers what the store saved, or
   * NOT_SAVED when the office, asked a question on the way, went back to the form.
   */
  write(values: Values): Promise<Saved | typeof NOT_SAVED>;
  /**
   * The notice once saved: its text, under «Сохранено» unless another title (or none, null) is given. Left out where
   * what comes next shows the record itself (a new draft opened at once).
   */
  notice?(saved: Saved, values: Values): SavedNotice;
  /** After saving (and after every screen has read the store again); closes the dialog unless told otherwise. */
  onSaved?(saved: Saved, values: Values): void;
  /** What the form can say before asking the store; any message stops the save. */
  check?(values: Values): Record<string, string>;
  /** The store's field names as the form names its fields, where they differ. */
  fieldErrors?(fields: Record<string, string>, values: Values): Record<string, string>;
  /** Closes the dialog at once, or asks first when something changed. */
  onClose?(): void;
  /** What the question says when closing would lose changes. */
  unsaved?: string;
  /** The question's buttons, where the place says them differently. */
  unsavedLabels?: { confirm?: string; cancel?: string };
  /** For a record that exists: the delete button's label and how the deletion is confirmed and done. */
  remove?: RecordRemoval | null;
  /**
   * False where changes guard nothing: while the form cannot be saved at all (a read-only year), or where it never
   * asked before losing them (a short dialog that only does one thing).
   */
  guard?: boolean;
  /** The refusal notice's title, where the place does more than save: «Договор не создан». */
  refusalTitle?: string;
  /** What the refusal says when the store refused without a reason. */
  refusalFallback?: string;
  /** False where the form alone says why it was refused (`refusal`), without a notice. */
  noticeRefusal?: boolean;
  /** Told whenever the form's changes become unsaved or saved, and (false) when it goes away. */
  onDirtyChange?(dirty: boolean): void;
}

export interface RecordRemoval {
  label: string;
  confirm(afterDelete: () => Promise<void>): void;
}

export interface RecordDialog {
  /**
   * The form's submit handler: checks, writes, tells, then `onSaved`; a refusal puts its messages at their fields and
   * focuses the first of them.
   */
  submit(event?: FormEvent<HTMLFormElement>): void;
  /** Closes, or asks first when something changed. */
  close(): void;
  saving: boolean;
  dirty: boolean;
  remove: RecordRemoval | null;
  /** Why the last save was refused, for a form that says it in itself; null once saved. */
  refusal: string | null;
  /** Closes without asking: after the record was deleted. */
  onDeleted(): void;
}

const UNSAVED = 'Изменения не сохранены. Закрыть окно и потерять их?';

/** What `write` answers when nothing was saved on purpose: the dialog stays open with the form as it is. */
export const NOT_SAVED = Symbol('not saved');

/**
 * The scaffold every form of a record shares: while it has unsaved changes, leaving the screen asks first (and so
 * does closing its dialog); saving checks what the form can check, writes through the store, refreshes every screen,
 * says «Сохранено», and on a refusal says why (how many fields to check, where it was their fault), puts each
 * field's message at its field, and brings the first invalid field into view with the cursor in it. While it is shown,
 * Ctrl+Enter saves and Enter in a multi-value field never submits (form-keys.ts).
 */
export function useRecordDialog<Values, Saved>(options: RecordDialogOptions<Values, Saved>): RecordDialog {
  const { form } = options;
  const queryClient = useQueryClient();
  const save = useMutation<Saved | typeof NOT_SAVED, Error, Values>({
    mutationFn: (values) => options.write(values),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const saving = save.isPending;
  const dirty = form.isDirty();
  useUnsavedChangesGuard(dirty && !saving && options.guard !== false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { onDirtyChange } = options;
  useEffect(() => {
    onDirtyChange?.(dirty);
    return () => onDirtyChange?.(false);
  }, [dirty, onDirtyChange]);

  // The form a save was asked from, and each refused save: once its messages are shown, the first field is focused.
  const formRef = useRef<HTMLFormElement | null>(null);
  const [refusedSaves, setRefusedSaves] = useState(0);
  useEffect(() => {
    if (refusedSaves > 0) focusFirstInvalid(formRef.current);
  }, [refusedSaves]);
  useEffect(() => listenToFormKeys(), []);

  /** Says why nothing was saved (in the form and, unless it says so itself, in a notice) and marks the fields. */
  const refuse = (message: string, errors: FormErrors) => {
    setRefusal(message);
    if (options.noticeRefusal !== false) {
      noticeOutcome({ color: 'red', title: options.refusalTitle ?? 'Не сохранено', message });
    }
    form.setErrors(errors);
    setRefusedSaves((n) => n + 1);
  };
  const refuseFields = (errors: FormErrors) => refuse(fieldsToCheckText(Object.keys(errors).length), errors);

  const handleSubmit = form.onSubmit(async (values) => {
    const found = options.check?.(values) ?? {};
    if (Object.keys(found).length > 0) {
      refuseFields(found);
      return;
    }
    try {
      const saved = await save.mutateAsync(values);
      if (saved === NOT_SAVED) return;
      form.resetDirty(values);
      setRefusal(null);
      const notice = savedNotification(options.notice?.(saved, values));
      if (notice) noticeOutcome(notice);
      if (options.onSaved) options.onSaved(saved, values);
      else options.onClose?.();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const errors = options.fieldErrors ? options.fieldErrors(fields, values) : fields;
      refuse(refusalMessage(error, Object.keys(errors).length, options.refusalFallback), errors);
    }
  }, refuseFields);
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    formRef.current = event?.currentTarget ?? null;
    handleSubmit(event);
  };

  const close = () => {
    if (options.onClose) closeOrConfirm(dirty, options.onClose, options.unsaved ?? UNSAVED, options.unsavedLabels);
  };

  const onDeleted = () => options.onClose?.();
  return { submit, close, saving, dirty, remove: options.remove ?? null, refusal, onDeleted };
}
