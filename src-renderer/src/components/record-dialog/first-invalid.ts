/** The field a failed save leads to: the first invalid input in the form's order, as the user reads it. */
function firstInvalid(root: ParentNode): HTMLElement | null {
  const shown = (element: HTMLElement) => element.getClientRects().length > 0;
  const inputs = [...root.querySelectorAll<HTMLElement>('[aria-invalid="true"]')].filter(shown);
  if (inputs[0]) return inputs[0];
  // A message under a group of fields (a list, a set of checkboxes) with no input of its own marked invalid.
  return [...root.querySelectorAll<HTMLElement>('.mantine-InputWrapper-error')].find(shown) ?? null;
}

/** The dialog open on top (Mantine keeps the latest last), or the page: where a form without its own element lives. */
function topmostDialog(): ParentNode {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"]');
  return dialogs[dialogs.length - 1] ?? document;
}

/**
 * Brings the first invalid field of a form into view (in the middle of the window, whatever is scrolled) and puts the
 * cursor in it, so the user sees at once what a refused save asks of them. False when no such field is shown.
 */
export function focusFirstInvalid(root: ParentNode | null): boolean {
  const field = firstInvalid(root ?? topmostDialog());
  if (!field) return false;
  field.scrollIntoView({ block: 'center' });
  if (field.matches('input, textarea, select, button, [tabindex]')) field.focus({ preventScroll: true });
  return true;
}
