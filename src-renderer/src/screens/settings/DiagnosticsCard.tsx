import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal, noticeSavedFile } from '../../components/notices';

/** «Сохранить диагностику»: a ZIP for whoever helps the school, with the journal and versions but no data. */
export function DiagnosticsCard() {
  const save = useApiMutation('diagnostics:save');
  const run = async () => {
    try {
      const { path } = await save.mutateAsync({});
      noticeSavedFile(path);
    } catch (error) {
      noticeRefusal(error, 'Не сохранено', 'Не удалось сохранить диагностику.');
    }
  };
  return (
    <Card withBorder padding="lg" maw={980}>
      <Title order={4} mb="xs">
        Диагностика
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Если программа работает не так, как ожидается, сохраните архив и передайте его тому, кто помогает школе с
        программой. В архиве — журнал работы программы и сведения о версиях программы и системы, а также число записей в
        основных разделах. Сама база данных и файл настроек в архив не попадают.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFileZip size={18} />}
          onClick={() => void run()}
          loading={save.isPending}
        >
          Сохранить диагностику
        </Button>
      </Group>
    </Card>
  );
}
