import { Modal, type ModalProps } from '@mantine/core';
import { useTopLayer } from '../dialog-layers';
import { closeOrConfirm } from '../unsaved-changes';

/** What closing an import with a file chosen would lose. */
const UNSAVED = 'Файл выбран, но ничего не загружено. Закрыть окно и забыть файл и проверку его строк?';

/** Closes an import's window, asking first when a file has been chosen: «Отмена», Esc and the cross alike. */
export function closeImport(picked: boolean, onClose: () => void): void {
  closeOrConfirm(picked, onClose, UNSAVED);
}

/**
 * The window of an import: a click beside it never drops the chosen file; Esc and the cross ask first once a file is
 * chosen (`picked`), and while the import writes the window cannot be closed at all.
 */
export function ImportModal({
  writing,
  picked,
  onClose,
  size = '80rem',
  ...modal
}: ModalProps & { writing: boolean; picked: boolean }) {
  const onTop = useTopLayer(modal.opened);
  return (
    <Modal
      size={size}
      {...modal}
      onClose={() => closeImport(picked, onClose)}
      closeOnClickOutside={false}
      closeOnEscape={!writing && onTop}
      withCloseButton={!writing}
    />
  );
}
