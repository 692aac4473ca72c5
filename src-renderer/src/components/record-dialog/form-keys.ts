/**
 * The keys every form of the app shares, listened to once for the whole document while any record form is shown:
 * Ctrl+Enter (⌘+Enter) saves the form the cursor is in (or the one of the dialog on top); Enter in a field that
 * collects several values (tags, a multiple choice) adds the value and never submits the form around it.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (event.ctrlKey || event.metaKey) {
    const form = target?.closest('form') ?? topmostForm();
    // As its save button would: not while it is disabled (nothing changed, or a save under way).
    const save = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!form || save?.disabled) return;
    event.preventDefault();
    form.requestSubmit(save ?? undefined);
    return;
  }
  // Mantine's multi-value fields (TagsInput, MultiSelect) type into a pills field: its own handler has added the
  // value (or picked the option) already; what is left of Enter would submit the form.
  if (target?.matches('.mantine-PillsInputField-field')) event.preventDefault();
}

/** The form of the dialog on top; none without a dialog, where a screen's several forms leave no single one to save. */
function topmostForm(): HTMLFormElement | null {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"]');
  return dialogs[dialogs.length - 1]?.querySelector('form') ?? null;
}

let users = 0;

/** Listens while at least one form is shown; returns the release for when this one goes away. */
export function listenToFormKeys(): () => void {
  if (users++ === 0) document.addEventListener('keydown', onKeyDown);
  return () => {
    if (--users === 0) document.removeEventListener('keydown', onKeyDown);
  };
}
