import type { ApiErrorData } from '../contract';

/** What a worker tells the main process about the job it runs. */
export type WorkerMessage =
  /** The entry and every module it imports have loaded. */
  | { kind: 'started' }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; value: unknown }
  /** `error`: the job's refusal, null for a fault (whose `detail` goes to the log). */
  | { kind: 'failed'; error: ApiErrorData | null; detail: string };

/** The job a worker is started for (its `workerData`). */
export interface WorkerJob {
  name: string;
  input: unknown;
}
