import { Switch } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { TitledCard } from '../../components/TitledCard';

/** Shows Главная's list of first steps again once it was hidden, or hides it. */
export function SetupListSetting() {
  const setup = useApiQuery('home:setup', {});
  const hide = useApiMutation('home:hideSetup');
  if (!setup.data) return null;
  return (
    <TitledCard title="Список «С чего начать»" maw={980}>
      <Switch
        label="Показывать на Главной список «С чего начать»"
        checked={!setup.data.hidden}
        disabled={hide.isPending}
        onChange={(event) =>
          void hide
            .mutateAsync({ hidden: !event.currentTarget.checked })
            .catch((error: unknown) => noticeRefusal(error))
        }
      />
    </TitledCard>
  );
}
