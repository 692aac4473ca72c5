import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { countOf } from '../format';
import { EmptyList } from './EmptyList';

interface Props {
  count: number;
  /** The word counted, in its three forms: «партнёр», «партнёра», «партнёров». */
  forms: Parameters<typeof countOf>[1];
  testId: string;
  /** What the frame says when nothing was found. */
  empty: ReactNode;
  /** The list itself. */
  children: ReactNode;
}

/** «Найдено: 3 партнёра» over a searched list, then the list, or a frame that says why it is empty. */
export function FoundList({ count, forms, testId, empty, children }: Props) {
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs" data-testid={testId}>
        Найдено: {countOf(count, forms)}
      </Text>
      {count === 0 ? <EmptyList>{empty}</EmptyList> : children}
    </>
  );
}
