import { Alert, Center, Loader } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props<T> {
  query: { data: T | undefined; error: Error | null; isPending: boolean };
  children: (data: T) => ReactNode;
}

/** Shows a loader while a query runs, its Russian error if it fails, and the content once it has data. */
export function QueryState<T>({ query, children }: Props<T>) {
  if (query.error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title="Не удалось загрузить данные">
        {query.error.message}
      </Alert>
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="Загрузка" />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}
