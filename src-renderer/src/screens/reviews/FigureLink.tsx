import { Anchor } from '@mantine/core';

/** A figure in a table that opens the list of what makes it up. */
export function FigureLink({ text, label, onOpen }: { text: string; label: string; onOpen(): void }) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      ta="left"
      onClick={onOpen}
      title={label}
      aria-label={`${label}: ${text}`}
    >
      {text}
    </Anchor>
  );
}
