import { Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { JobTask } from '@contract/jobs';
import { invoke } from '../api/client';

/** How often the window asks how far the operation has gone. */
const POLL_MS = 300;

/**
 * The progress of a long operation (reading an import file, saving or loading the archive) while the window waits
 * for its answer: the main process keeps it, the window asks for it through `jobs:progress`.
 */
export function JobProgressBar({ task, active, label }: { task: JobTask; active: boolean; label: string }) {
  const { data } = useQuery({
    queryKey: ['jobs:progress', task],
    queryFn: () => invoke('jobs:progress', {}),
    enabled: active,
    refetchInterval: active ? POLL_MS : false,
    gcTime: 0,
  });
  if (!active) return null;
  const running = data?.running?.task === task ? data.running : null;
  const percent = running ? Math.round((running.done / running.total) * 100) : 0;
  return (
    <Stack gap={4} data-testid="job-progress">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Progress value={Math.max(percent, 5)} striped animated aria-label={label} />
    </Stack>
  );
}
