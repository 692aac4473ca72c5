import { Modal, type ModalProps } from '@mantine/core';
import { useTopLayer } from '../dialog-layers';
import { closeOrConfirm } from '../unsaved-changes';

/** What closing an import with a file chosen would lose. */
const UNSAVED = 'Файл выбран, но ничего не загружено. Закрыть окно и забыть файл и проверку его строк?';

/** How an import's window closes: asking first once a file is `picked`, and not at all while the import is `writing`. */
export interface ImportClosing {
  picked: boolean;
  writing: boolean;
  close(): void;
}

/** Closes an import's window, asking first when a file has been chosen: «Отмена», Esc and the cross alike. */
export function closeImport({ picked, close }: ImportClosing): void {
  closeOrConfirm(picked, close, UNSAVED);
}

/**
 * The window of an import: a click beside it never drops the chosen file; Esc and the cross ask first once a file is
 * chosen (`picked`), and while the import writes the window cannot be closed at all.
 */
export function ImportModal({
  closing,
  size = '80rem',
  ...modal
}: Omit<ModalProps, 'onClose'> & { closing: ImportClosing }) {
  const onTop = useTopLayer(modal.opened);
  return (
    <Modal
      size={size}
      {...modal}
      onClose={() => closeImport(closing)}
      closeOnClickOutside={false}
      closeOnEscape={!closing.writing && onTop}
      withCloseButton={!closing.writing}
    />
  );
}
