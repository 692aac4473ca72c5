import { RowLink } from '../../components/RowLink';

/** A figure in a table that opens the list of what makes it up. */
export function FigureLink({ text, label, onOpen }: { text: string; label: string; onOpen(): void }) {
  return (
    <RowLink onClick={onOpen} title={label} aria-label={`${label}: ${text}`}>
      {text}
    </RowLink>
  );
}
