import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { LoanFormDialog } from './LoanFormDialog';
import { LoansTable } from './LoansTable';

/** The partner card's «Ресурсы» tab: what this partner lent the school, with the same status badges. */
export function PartnerLoans({ partnerId }: { partnerId: number }) {
  const loans = useApiQuery('loans:list', { partnerId });
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <QueryState query={loans}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              Партнёр пока не передавал школе ресурсов. Когда передаст — нажмите «Записать получение».
            </Text>
          ) : (
            <LoansTable rows={rows} withPartner={false} />
          )
        }
      </QueryState>
      <Group>
        <Button variant="light" leftSection={<IconPackageImport size={16} />} onClick={() => setCreating(true)}>
          Записать получение
        </Button>
      </Group>
      {creating && <LoanFormDialog target={{ partnerId }} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
