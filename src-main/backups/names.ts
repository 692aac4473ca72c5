import { BACKUP_NAME_PATTERN, type BackupReason } from '../contract/backups';

/** A copy's name read back: why and when it was taken. */
export interface BackupName {
  name: string;
  reason: BackupReason;
  /** The local wall-clock time written in the name. */
  stamp: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** Copies taken within one second: 1, 2, 3 … */
  sequence: number;
}

/** The name's parts, or null for a name the app does not make (or a date that does not exist). */
export function parseBackupName(name: string): BackupName | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, label = '', ...rest] = match;
  const [year, month, day, hour, minute, second] = rest.slice(0, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  if (!exists) return null;
  const reason: BackupReason = label.startsWith('before-migration-') ? 'before-migration' : (label as BackupReason);
  return {
    name,
    reason,
    stamp: { year, month, day, hour, minute, second },
    sequence: rest[6] === undefined ? 1 : Number(rest[6]),
  };
}

/** The moment the copy was taken, in this computer's time zone. */
export function takenAt(copy: BackupName): Date {
  const { year, month, day, hour, minute, second } = copy.stamp;
  return new Date(year, month - 1, day, hour, minute, second);
}

/** 2026-11-26T10:00:00: the local wall-clock time, as the renderer is told it. */
export function takenAtText(copy: BackupName): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const { year, month, day, hour, minute, second } = copy.stamp;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** Orders copies newest first: by the time in the name, then by the sequence within one second. */
export function newestFirst(a: BackupName, b: BackupName): number {
  const [older, newer] = [takenAtText(a), takenAtText(b)];
  if (older !== newer) return older < newer ? 1 : -1;
  return b.sequence - a.sequence;
}
