import { Modal, type ModalProps } from '@mantine/core';

/**
 * The window of an import: a click beside it never drops the chosen file, and while the import writes it cannot be
 * closed (neither Esc nor the cross).
 */
export function ImportModal({ writing, size = '80rem', ...modal }: ModalProps & { writing: boolean }) {
  return (
    <Modal size={size} {...modal} closeOnClickOutside={false} closeOnEscape={!writing} withCloseButton={!writing} />
  );
}
