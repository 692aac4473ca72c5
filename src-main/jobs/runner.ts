import { Worker } from 'node:worker_threads';
import type { JobProgress, JobTask } from '../contract/jobs';
import { AppError, type Logger } from '../errors';
import { JOBS, type JobInput, type JobName, type JobOutput } from './jobs';
import type { WorkerJob, WorkerMessage } from './messages';

const FAILED =
  'Операция прервалась из-за внутренней ошибки, данные программы не изменены. Подробности записаны в журнал.';

/**
 * Runs the heavy jobs (`jobs.ts`), each in a worker thread of its own, so that the main process keeps answering the
 * window meanwhile, and keeps how far the running one has gone for the window to ask (`jobs:progress`). Without a
 * worker entry (unit tests of the services, which run the TypeScript sources) a job runs on the calling thread.
 */
export class JobRunner {
  private running: JobProgress | null = null;

  constructor(
    /** The built worker entry (`worker.js` beside the main bundle), or null to run jobs on this thread. */
    private workerEntry: URL | null,
    private readonly logger: Logger,
  ) {}

  /** The operation running now and its progress; null when none is. */
  progress(): JobProgress | null {
    return this.running;
  }

  /**
   * Runs a job for a task the window shows; `onProgress` hears each step as the job reports it. An error of the
   * worker comes back as a Russian refusal.
   */
  async run<N extends JobName>(
    task: JobTask,
    name: N,
    input: JobInput<N>,
    onProgress?: (progress: JobProgress) => void,
  ): Promise<JobOutput<N>> {
    const state: JobProgress = { task, done: 0, total: 1 };
    this.running = state;
    const report = (done: number, total: number) => {
      state.done = done;
      state.total = total;
      onProgress?.(state);
    };
    try {
      if (this.workerEntry) {
        const answered = await this.inWorker(this.workerEntry, name, input, report);
        if (answered.started) return answered.value;
        // A worker that could not even load its entry (an installation that cannot start threads from its files)
        // would fail every job: they run on this thread from now on, as they did before there were workers.
        this.logger.warn('The worker thread could not start; heavy jobs run on the main thread', answered.detail);
        this.workerEntry = null;
      }
      return await this.inline(name, input, report);
    } finally {
      if (this.running === state) this.running = null;
    }
  }

  private async inline<N extends JobName>(name: N, input: JobInput<N>, report: (done: number, total: number) => void) {
    const run = JOBS[name] as (input: JobInput<N>, progress: typeof report) => Promise<JobOutput<N>>;
    return run(input, report);
  }

  /** The job's value, or `started: false` when the worker never loaded its entry (the input is still here: copied). */
  private inWorker<N extends JobName>(
    entry: URL,
    name: N,
    input: JobInput<N>,
    report: (done: number, total: number) => void,
  ): Promise<{ started: true; value: JobOutput<N> } | { started: false; detail: string }> {
    return new Promise((resolve, reject) => {
      const job: WorkerJob = { name, input };
      const worker = new Worker(entry, { workerData: job });
      let started = false;
      let settled = false;
      const fail = (detail: string) => {
        settled = true;
        if (!started) return resolve({ started: false, detail });
        this.logger.error(`The job ${name} failed in its worker`, detail);
        reject(new AppError('internal', FAILED));
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'started') {
          started = true;
          return;
        }
        if (message.kind === 'progress') return report(message.done, message.total);
        settled = true;
        if (message.kind === 'done') return resolve({ started: true, value: message.value as JobOutput<N> });
        if (message.error) return reject(new AppError(message.error.code, message.error.message, message.error.fields));
        fail(message.detail);
      });
      worker.on('error', (error) => {
        if (!settled) fail(error.stack ?? error.message);
      });
      worker.on('exit', (code) => {
        if (!settled) fail(`The worker exited with code ${code} before it answered`);
      });
    });
  }
}
