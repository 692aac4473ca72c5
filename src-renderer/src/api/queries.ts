import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, Input, Output } from '@contract';
import { invoke } from './client';

/**
 * Reads a channel; the cache key is the channel and its input. `keepPrevious` keeps showing the last
 * answer while a new input (a filter being typed) is read, instead of a loader.
 */
export function useApiQuery<C extends Channel>(channel: C, input: Input<C>, options: { keepPrevious?: boolean } = {}) {
  return useQuery<Output<C>, Error>({
    queryKey: [channel, input],
    queryFn: () => invoke(channel, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** Writes through a channel; on success, everything read before is read again. */
export function useApiMutation<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<Output<C>, Error, Input<C>>({
    mutationFn: (input) => invoke(channel, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/**
 * After the whole store was replaced (a restore, an archive loaded): what other screens read before is dropped, so
 * old data is never shown again, even for a moment.
 */
export function useForgetOtherScreens(): () => void {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ type: 'inactive' });
}
