import { Button, Group } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';

interface Props {
  saving: boolean;
  onCancel(): void;
  /** For a record being edited: the delete button's label and how the deletion is confirmed and done. */
  remove?: { label: string; confirm(afterDelete: () => Promise<void>): void } | null;
  /** After a confirmed deletion, once every screen has been told: usually closes the dialog. */
  onDeleted?(): void;
}

/** The foot of a form in a dialog: delete at the left (for a record that exists), cancel and save at the right. */
export function DialogFooter({ saving, onCancel, remove, onDeleted }: Props) {
  const queryClient = useQueryClient();
  return (
    <Group justify="space-between">
      {remove ? (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() =>
            remove.confirm(async () => {
              await queryClient.invalidateQueries();
              onDeleted?.();
            })
          }
        >
          {remove.label}
        </Button>
      ) : (
        <span />
      )}
      <Group>
        <Button variant="default" onClick={onCancel}>
          Отмена
        </Button>
        <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={saving}>
          Сохранить
        </Button>
      </Group>
    </Group>
  );
}
