import { modals } from '@mantine/modals';
import type { ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { holdLayer } from './dialog-layers';

interface Question<Answer> {
  title: string;
  size: ModalProps['size'];
  /** What the window shows; its buttons call `answer` with the office's choice (null: went back). */
  body(answer: (choice: Answer | null) => void): ReactNode;
}

/**
 * Asks the office a question in a window of its own and resolves with the answer given by a button, or null when the
 * window is closed without one.
 */
export function ask<Answer>({ title, size, body }: Question<Answer>): Promise<Answer | null> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (choice: Answer | null) => {
      answered = true;
      modals.close(id);
      resolve(choice);
    };
    // The question is the layer on top: Esc closes it alone, not the form it was asked from.
    const release = holdLayer();
    const id = modals.open({
      title,
      size,
      onClose: () => {
        release();
        if (!answered) resolve(null);
      },
      children: body(answer),
    });
  });
}
