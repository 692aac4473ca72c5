import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The window of an import: a click beside it never drops the chosen file, and while the import writes it cannot be
 * closed (neither Esc nor the cross).
 */
export function ImportModal({
  opened,
  onClose,
  title,
  writing,
  size = '80rem',
  children,
}: {
  opened: boolean;
  onClose(): void;
  title: string;
  writing: boolean;
  size?: string;
  children: ReactNode;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeOnClickOutside={false}
      closeOnEscape={!writing}
      withCloseButton={!writing}
    >
      {children}
    </Modal>
  );
}
