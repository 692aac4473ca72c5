/** Errors cross the IPC seam as data: ipcRenderer.invoke drops custom error properties. */
export type ErrorCode =
  'invalid_input' | 'unknown_channel' | 'not_found' | 'conflict' | 'storage' | 'forbidden' | 'internal';

export interface ApiErrorData {
  code: ErrorCode;
  /** Russian, fit to show a user as it is. */
  message: string;
  /** Per-field Russian messages, keyed by the dotted path of the field in the input. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** What a refusal says when only its fields tell what is wrong: a form says how many to check instead. */
export const CHECK_INPUT = 'Проверьте введённые данные.';
