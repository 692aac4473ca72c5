import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  /** The pencil: opens the row's record. `label` names it for a screen reader («Изменить: …»). */
  edit?: { label: string; onClick(): void };
  /** The «…» menu: `label` names it, `items` are the row's other actions; deleting comes last. */
  menu?: { label: string; items: ReactNode; iconSize?: number; itemIconSize?: number };
  /** Deleting the row: the menu's last item in red (`text`, «Удалить» unless told), or a red bin without a menu. */
  remove: { label: string; onClick(): void; text?: string };
  /** Icon buttons say what they do in a tooltip (rows with no menu). */
  tooltips?: boolean;
}

/** A row's edit and delete, the same in every list: a pencil, then a menu whose last item deletes, or a bin. */
export function RowActions({ edit, menu, remove, tooltips = false }: Props) {
  const tip = (label: string, button: ReactNode) => (tooltips ? <Tooltip label={label}>{button}</Tooltip> : button);
  return (
    <>
      {edit &&
        tip(
          'Изменить',
          <ActionIcon variant="subtle" aria-label={edit.label} onClick={edit.onClick}>
            <IconPencil size={16} />
          </ActionIcon>,
        )}
      {menu ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={menu.label}>
              <IconDots size={menu.iconSize ?? 16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {menu.items}
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={menu.itemIconSize ?? 14} />} onClick={remove.onClick}>
              {remove.text ?? 'Удалить'}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : (
        tip(
          'Удалить',
          <ActionIcon variant="subtle" color="red" aria-label={remove.label} onClick={remove.onClick}>
            <IconTrash size={16} />
          </ActionIcon>,
        )
      )}
    </>
  );
}
