import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { JOBS, type JobName } from './jobs';
import type { WorkerJob, WorkerMessage } from './messages';
import { transferable } from './transfer';

/** A worker thread's entry (a second entry of the main bundle): runs the one job it was started for and says how it went. */
const port = parentPort;
const job = workerData as WorkerJob;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port?.postMessage(message, transfer);

post({ kind: 'started' });
try {
  if (!Object.hasOwn(JOBS, job.name)) throw new Error(`No job named ${job.name}`);
  const run = JOBS[job.name as JobName] as (input: unknown, progress: (done: number, total: number) => void) => unknown;
  const value = await run(job.input, (done, total) => post({ kind: 'progress', done, total }));
  post({ kind: 'done', value }, transferable(value));
} catch (error) {
  post({
    kind: 'failed',
    error: error instanceof AppError ? error.toData() : null,
    detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
