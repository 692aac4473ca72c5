import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconFlag, IconStairsUp, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PartnerDetail } from '@contract/partners';
import { ApiError, invoke } from '../../api/client';
import { showUndoNotice } from '../../components/undo-notice';
import { EditRecordButton } from '../../components/RecordCardHeader';
import { StageDialog } from './StageDialog';
import { StatusDialog } from './StatusDialog';
import { quoted } from '@contract/quote';

function showError(error: unknown) {
  notifications.show({
    color: 'red',
    title: 'Не выполнено',
    message: error instanceof ApiError ? error.message : 'Не удалось выполнить действие.',
  });
}

export function PartnerActions({ partner }: { partner: PartnerDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries();

  const archive = () =>
    modals.openConfirmModal({
      title: 'Перевести в архив',
      children: (
        <Text size="sm">
          Партнёр {quoted(partner.fullName)} получит статус «Бывший». Все его договоры, мероприятия и история
          сохранятся.
        </Text>
      ),
      labels: { confirm: 'Перевести в архив', cancel: 'Отмена' },
      onConfirm: () =>
        invoke('partners:archive', { id: partner.id })
          .then(() => {
            notifications.show({ color: 'teal', message: `${quoted(partner.fullName)} переведён в архив.` });
            return refresh();
          })
          .catch(showError),
    });

  const undo = (undoToken: number) =>
    invoke('partners:undoDelete', { undoToken })
      .then((restored) => {
        notifications.show({ color: 'teal', message: `Партнёр ${quoted(restored.fullName)} восстановлен.` });
        void refresh();
        navigate(`/partners/${restored.id}`);
      })
      .catch(showError);

  const remove = () =>
    modals.openConfirmModal({
      title: 'Удалить партнёра',
      children: <Text size="sm">Удалить партнёра {quoted(partner.fullName)} из реестра?</Text>,
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          const { undoToken, fullName } = await invoke('partners:delete', { id: partner.id });
          showUndoNotice({
            title: 'Партнёр удалён',
            text: quoted(fullName),
            autoClose: 15000,
            undo: () => void undo(undoToken),
          });
          navigate('/partners');
          void refresh();
        } catch (error) {
          if (error instanceof ApiError && error.code === 'conflict') {
            modals.openConfirmModal({
              title: 'Удалить нельзя',
              children: <Text size="sm">{error.message}</Text>,
              labels: { confirm: 'Перевести в архив', cancel: 'Отмена' },
              onConfirm: () =>
                invoke('partners:archive', { id: partner.id })
                  .then(() => refresh())
                  .catch(showError),
            });
          } else showError(error);
        }
      },
    });

  const [changing, setChanging] = useState<'status' | 'stage' | null>(null);
  const stopChanging = () => setChanging(null);

  return (
    <Group gap="xs">
      <EditRecordButton to={`/partners/${partner.id}/edit`} />
      <Button variant="default" leftSection={<IconFlag size={16} />} onClick={() => setChanging('status')}>
        Статус
      </Button>
      <Button variant="default" leftSection={<IconStairsUp size={16} />} onClick={() => setChanging('stage')}>
        Этап
      </Button>
      {partner.status !== 'former' && (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={archive}>
          В архив
        </Button>
      )}
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
        Удалить
      </Button>
      {changing === 'status' && <StatusDialog partner={partner} onClose={stopChanging} />}
      {changing === 'stage' && <StageDialog partner={partner} onClose={stopChanging} />}
    </Group>
  );
}
