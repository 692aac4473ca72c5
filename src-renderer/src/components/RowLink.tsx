import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  onClick(): void;
  children: ReactNode;
  /** The hint on hover, where the text alone does not say what opens. */
  title?: string;
  'aria-label'?: string;
}

/** A link that opens something in place (a list, a drawer); inside a row that opens on a click, only the link acts. */
export function RowLink({ onClick, children, ...named }: Props) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      ta="left"
      onClick={(event) => {
        event.stopPropagation();
        onClick();
      }}
      {...named}
    >
      {children}
    </Anchor>
  );
}
