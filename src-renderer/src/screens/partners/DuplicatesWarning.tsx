import { Alert, Anchor, List } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/queries';

/** Warns, while the user types, that a partner with the same ИНН or name is already in the registry. */
export function DuplicatesWarning({ id, fullName, inn }: { id?: number; fullName: string; inn: string }) {
  const [input] = useDebouncedValue({ fullName: fullName.slice(0, 500), inn: inn.trim().slice(0, 20) }, 300);
  const duplicates = useApiQuery(
    'partners:findDuplicates',
    { ...(id ? { id } : {}), ...input },
    { keepPrevious: true },
  );
  const found = duplicates.data ?? [];
  if (found.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconCopy />} title="Похоже, такой партнёр уже есть" data-testid="duplicates-warning">
      <List size="sm">
        {found.map((d) => (
          <List.Item key={d.id}>
            <Anchor component={Link} to={`/partners/${d.id}`} size="sm">
              {d.fullName}
            </Anchor>{' '}
            — {d.reason === 'inn' ? 'тот же ИНН' : 'то же наименование'}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
