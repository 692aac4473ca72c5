/** The part of a key press these handlers read. */
export interface KeyPress {
  key: string;
  preventDefault(): void;
  stopPropagation(): void;
}

/**
 * A one-line input's keys: Enter does `enter` instead of submitting a form around it; Escape does `escape` and goes
 * no further, so a dialog around the input stays open. Other keys type as usual.
 */
export function enterOrEscape(enter: () => void, escape: () => void): (event: KeyPress) => void {
  return (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      enter();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      escape();
    }
  };
}
