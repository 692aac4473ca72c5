import { ActionIcon, Tooltip, type MantineSpacing } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

interface Props {
  /** The hint on hover: what the button does, or why it cannot. */
  tip: string;
  /** Names the row for a screen reader: «Удалить класс 5А». */
  label: string;
  onClick(): void;
  disabled?: boolean;
  /** Lines the button up with the row's inputs (under their labels in the first row). */
  mt?: MantineSpacing;
}

/** A bin beside a row of inputs in a list edited in place: removes the row from the form (nothing is saved yet). */
export function RemoveRowButton({ tip, label, onClick, disabled, mt }: Props) {
  return (
    <Tooltip label={tip}>
      <ActionIcon variant="default" size="lg" mt={mt} aria-label={label} disabled={disabled} onClick={onClick}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
