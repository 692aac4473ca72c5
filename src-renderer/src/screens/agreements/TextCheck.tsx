import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgreementText, TextContradiction } from '@contract/agreements';
import { ApiError, invoke } from '../../api/client';

/** Brings every contradicting passage of the agreement's own text back in line with its card. */
export async function alignText(id: number): Promise<boolean> {
  try {
    await invoke('agreements:alignText', { id });
    notifications.show({ color: 'teal', message: 'Текст договора приведён в соответствие с карточкой.' });
    return true;
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Не выполнено',
      message: error instanceof ApiError ? error.message : 'Не удалось изменить текст договора.',
    });
    return false;
  }
}

/** Each passage that differs: what it states, as the text has it and as the card would print it. */
function Passages({ contradictions }: { contradictions: readonly TextContradiction[] }) {
  return (
    <Table withTableBorder layout="fixed" data-testid="text-contradictions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="50%">В тексте договора</Table.Th>
          <Table.Th>По карточке</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contradictions.map((c) => (
          <Table.Tr key={c.inText}>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="xs" c="dimmed" mb={4}>
                Расходится: {c.fields.join(', ')}
              </Text>
              <Text size="sm">{c.inText}</Text>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="xs" c="dimmed" mb={4}>
                &nbsp;
              </Text>
              <Text size="sm">{c.onCard}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * What stands between the agreement's text and its print: the passages of the own text that contradict the card
 * (with the one-step fix), and what a signer cannot do without that the card lacks.
 */
export function TextCheckNotice({ id, text }: { id: number; text: AgreementText | undefined }) {
  const queryClient = useQueryClient();
  const [aligning, setAligning] = useState(false);
  if (!text) return null;
  const align = async () => {
    setAligning(true);
    if (await alignText(id)) await queryClient.invalidateQueries();
    setAligning(false);
  };
  return (
    <Stack gap="sm">
      {text.missing.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Договор нельзя напечатать">
          Без этих сведений договор не подписать. Заполните: {text.missing.join(', ')}.
        </Alert>
      )}
      {text.contradictions.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title="Текст договора расходится с карточкой"
          data-testid="text-contradiction-notice"
        >
          <Stack gap="sm">
            <Text size="sm">
              Текст договора изменён вручную, и в нём остались прежние сведения. Напечатается текст как есть.
            </Text>
            <Passages contradictions={text.contradictions} />
            <Group>
              <Button size="xs" leftSection={<IconRefresh size={14} />} loading={aligning} onClick={() => void align()}>
                Привести текст в соответствие с карточкой
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Before printing or saving an agreement whose own text contradicts its card: asks whether to bring the text in line
 * first or print it as it is. Resolves false when the user closed the question.
 */
export function confirmPrintDespite(id: number, text: AgreementText | undefined): Promise<boolean> {
  if (!text || text.contradictions.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: boolean) => {
      answered = true;
      modals.close(modalId);
      resolve(value);
    };
    const modalId = modals.open({
      title: 'Текст договора расходится с карточкой',
      size: 'xl',
      onClose: () => {
        if (!answered) resolve(false);
      },
      children: (
        <Stack>
          <Passages contradictions={text.contradictions} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => answer(true)}>
              Печатать как есть
            </Button>
            <Button onClick={() => void alignText(id).then((done) => answer(done))}>
              Привести в соответствие и продолжить
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}
