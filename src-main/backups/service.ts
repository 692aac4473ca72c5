import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { localIsoDate } from '../contract/academic-year';
import { formatDate } from '../contract/dates';
import type { BackupInfo, BackupProgress, LastRestore } from '../contract/backups';
import {
  backupDatabase,
  CopyFailedCheck,
  freeBackupName,
  integrityProblem,
  readCopy,
  removeDatabaseFile,
} from '../db/backup';
import { schemaVersion } from '../db/schema';
import { suggestedFileName } from '../files/file-name';
import { AppError, errorCode, type Logger } from '../errors';
import { copyFileWithProgress, fileSha256, replaceFileAtomically } from './files';
import { newestFirst, parseBackupName, takenAt, takenAtText, type BackupName } from './names';
import { recordCounts } from './repository';
import { planRetention } from './retention';
import type { StoreWork } from './store-work';

/** Replaces the live store's file while the store is closed; the store is then opened again. */
export type StoreChange = (databaseFile: string) => Promise<void>;

export interface BackupsServiceOptions {
  /** The backups folder of the data directory. */
  dir: string;
  /** The live store's connection, whichever is open now. */
  db: () => Database.Database;
  /** True while the store is open read-only because its file is damaged. */
  readOnly: () => boolean;
  /** The newest schema this app knows. */
  latestVersion: number;
  /**
   * Closes the store, runs `change` on its file, then opens the file again (quick_check, migrations) and rebuilds
   * every service. If `change` fails, the unchanged file is opened again; if opening fails, the store stays closed.
   */
  reopen: (change: StoreChange) => Promise<void>;
  /** Asks the user for a folder (a USB stick); null when the user cancelled. */
  chooseFolder: (title: string) => Promise<string | null>;
  schoolShortName: () => string;
  /** Keeps copies, restores and the archive's work from overlapping. */
  work: StoreWork;
  now: () => Date;
  logger: Logger;
}

/** Reasons the app itself takes a copy for; `damaged` and `before-migration` copies are made elsewhere. */
export type CopyReason = 'auto' | 'manual' | 'before-restore' | 'before-import';

const DAY_MS = 24 * 60 * 60 * 1000;
const IDLE: BackupProgress = { running: false, stage: null, percent: 0 };
/** What an interrupted copy leaves: `.<name>.<hex>.tmp`, perhaps with SQLite's own files beside it. */
const LEFTOVER = /^\.(.+)\.[0-9a-f]{12}\.tmp(-wal|-shm|-journal)?$/;

const READ_ONLY_NO_COPY =
  'Файл данных повреждён, и копия с него не будет пригодна. Восстановите данные из резервной копии из списка.';
const NOT_FOUND = 'Такой резервной копии нет: возможно, её уже удалили. Обновите список.';
const DAMAGED_COPY = 'Эта резервная копия повреждена: проверка целостности не пройдена. Выберите другую копию.';
const EMPTY_COPY = 'В этой резервной копии нет данных программы. Выберите другую копию.';
const NOTHING_TO_UNDO = 'Отменять нечего: в этот раз данные не восстанавливались из копии.';
const REOPEN_FAILED =
  'Не удалось открыть восстановленную копию. Данные возвращены в состояние до восстановления; подробности записаны в журнал.';
const COPY_MISMATCH =
  'Копия на выбранном носителе не совпала с исходной: носитель, возможно, неисправен. Выберите другую папку или флешку.';

function newerCopy(version: number, latest: number): string {
  return (
    `Эта резервная копия создана более новой версией программы (схема ${version}, эта версия знает схемы до ${latest}). ` +
    'Установите новую версию «Содружества», чтобы восстановить её.'
  );
}

/** The reason an empty store file is opened read-only, offering the copy `newest`. */
function emptyStoreReason(newest: BackupName): string {
  const [date = '', time = ''] = takenAtText(newest).split('T');
  return (
    'Файл данных пуст (0 байт), хотя резервные копии есть: данные, похоже, потеряны при сбое диска или питания. ' +
    'Программа открыта только для просмотра — изменения не сохраняются. Восстановите данные из последней ' +
    `исправной копии, от ${formatDate(date)}, ${time.slice(0, 5)}, в Настройках, в разделе «Резервные копии». ` +
    'Пустой файл будет сохранён в папке резервных копий.'
  );
}

/** A failure to write into the user's folder, told in Russian; anything else passes through. */
function folderError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  if (code === 'ENOSPC') {
    return new AppError(
      'storage',
      'На выбранном носителе нет места для копии. Освободите место или выберите другую папку.',
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY') {
    return new AppError(
      'storage',
      'В выбранную папку нельзя записать: она защищена от записи или занята. Выберите другую папку.',
    );
  }
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'EIO' || code === 'ENOTDIR') {
    return new AppError('storage', 'Выбранная папка недоступна: возможно, флешку извлекли. Вставьте её и повторите.');
  }
  return error;
}

/** «Содружество — МБОУ СОШ № 1 — 2026-11-26.sqlite3», or with « (2)» when such a file is already in the folder. */
function copyFileName(folder: string, school: string, now: Date): string {
  const stem = suggestedFileName(`Содружество — ${school} — ${localIsoDate(now)}`, 'sqlite3').replace(/\.sqlite3$/, '');
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.sqlite3` : `${stem} (${n}).sqlite3`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/**
 * The copies of the store in the data directory's backups folder: taken automatically (at start when the newest is
 * over a day old, before every migration, restore and import) and by the user, each checked before it counts,
 * pruned by the retention rule; listed, saved to a folder the user chooses, and restored into the running app.
 */
export class BackupsService {
  private state: BackupProgress = IDLE;
  private last: LastRestore | null = null;

  constructor(private readonly options: BackupsServiceOptions) {}

  /**
   * At start: removes what an interrupted copy left and, unless the store is new or read-only, takes a copy when the
   * newest good one is over a day old. Never throws: a failed copy is logged and the app starts anyway.
   * Returns the name of the copy taken, or null.
   */
  async atStart({ freshStore }: { freshStore: boolean }): Promise<string | null> {
    try {
      this.removeLeftovers();
      if (freshStore || this.options.readOnly()) return null;
      const newest = this.copies().find((copy) => copy.reason !== 'damaged');
      const age = newest ? Math.abs(this.options.now().getTime() - takenAt(newest).getTime()) : Infinity;
      if (age < DAY_MS) return null;
      return await this.create('auto');
    } catch (error) {
      this.options.logger.error('The automatic backup at start failed', error);
      return null;
    }
  }

  /**
   * What an empty store file is told at start: null when no copy would restore (it is a first start), otherwise
   * that the data were lost, offering the newest copy that would restore. The copies are read, never changed.
   */
  emptyStoreReason(): string | null {
    const newest = this.copies().find(
      (copy) => copy.reason !== 'damaged' && this.refusalOf(join(this.options.dir, copy.name)) === null,
    );
    return newest ? emptyStoreReason(newest) : null;
  }

  /** Every copy, newest first, with its date, size, schema and record counts, and the last restore of this session. */
  list(): { backups: BackupInfo[]; lastRestore: LastRestore | null } {
    return { backups: this.copies().map((copy) => this.describe(copy)), lastRestore: this.last };
  }

  /**
   * Takes a checked copy of the live store into the backups folder and prunes the folder; the copy's name.
   * A copy that fails `integrity_check` is deleted and reported. Other parts of the app call it before a risky step.
   */
  async create(reason: CopyReason, onProgress?: (copied: number) => void): Promise<string> {
    if (this.options.readOnly()) throw new AppError('storage', READ_ONLY_NO_COPY);
    let path: string;
    try {
      path = await backupDatabase(this.options.db(), this.options.dir, reason, this.options.now(), onProgress);
    } catch (error) {
      if (error instanceof CopyFailedCheck) {
        this.options.logger.error(`A new backup failed integrity_check and was deleted: ${error.problem}`);
      }
      throw error;
    }
    this.prune();
    this.options.logger.info(`Backed up the store to ${path}`);
    return basename(path);
  }

  /** The user's «copy now» into the backups folder. */
  createManual(): Promise<BackupInfo> {
    return this.options.work.run('backup', async () => {
      const name = await this.create('manual');
      return this.describe(parseBackupName(name) as BackupName);
    });
  }

  /** How far the copy being saved has got, for the renderer to poll. */
  progress(): BackupProgress {
    return this.state;
  }

  /**
   * Takes a checked copy and writes it to a folder the user chooses (a USB stick) as
   * «Содружество — {school} — {date}.sqlite3», checking that the bytes written are the bytes copied.
   * The saved path, or null when the user cancelled.
   */
  saveCopy(): Promise<{ path: string | null }> {
    return this.options.work.run('backup', async () => {
      if (this.options.readOnly()) throw new AppError('storage', READ_ONLY_NO_COPY);
      const folder = await this.options.chooseFolder('Куда сохранить резервную копию');
      if (folder === null) return { path: null };
      this.state = { running: true, stage: 'copy', percent: 0 };
      try {
        const name = await this.create('manual', (copied) =>
          copied < 1 ? this.report('copy', copied * 45) : this.report('check', 45),
        );
        const source = join(this.options.dir, name);
        this.report('write', 50);
        try {
          mkdirSync(folder, { recursive: true });
          const target = join(folder, copyFileName(folder, this.options.schoolShortName(), this.options.now()));
          const copied = await copyFileWithProgress(source, target, statSync(source).size, (written) =>
            this.report('write', 50 + written * 45),
          );
          this.report('check', 95);
          if ((await fileSha256(target)) !== copied) {
            rmSync(target, { force: true });
            throw new AppError('storage', COPY_MISMATCH);
          }
          this.options.logger.info(`Saved a copy of the store to ${target}`);
          return { path: target };
        } catch (error) {
          throw folderError(error);
        }
      } finally {
        this.state = IDLE;
      }
    });
  }

  /**
   * Replaces the live store by a copy and keeps the app running on it. The copy must pass `integrity_check` and have
   * a schema this app knows; the data before it is kept as a copy (`before-restore`), or, when the store is damaged,
   * its file is moved into the backups folder as `damaged_…`. An older copy is migrated when it is opened.
   */
  restore(name: string): Promise<LastRestore> {
    return this.options.work.run('restore', async () => {
      this.last = await this.restoreNow(name);
      return this.last;
    });
  }

  /** Brings back the data as it was before the last restore (keeping, in turn, the restored data as a copy). */
  undoRestore(): Promise<{ restored: string }> {
    return this.options.work.run('restore', async () => {
      const keptAs = this.last?.keptAs;
      if (!keptAs) throw new AppError('conflict', NOTHING_TO_UNDO);
      await this.restoreNow(keptAs);
      this.last = null;
      return { restored: keptAs };
    });
  }

  private async restoreNow(name: string): Promise<LastRestore> {
    const source = this.pathOf(name);
    this.assertRestorable(source);
    if (this.options.readOnly()) {
      const damaged = join(this.options.dir, freeBackupName(this.options.dir, 'damaged', this.options.now()));
      await this.swapIn(
        name,
        async (live) => {
          moveDatabaseFile(live, damaged);
          await replaceFileAtomically(source, live);
        },
        async (live) => {
          removeDatabaseFile(live);
          moveDatabaseFile(damaged, live);
        },
      );
      this.options.logger.info(`Restored ${name}; the damaged store was kept as ${damaged}`);
      return { restored: name, keptAs: null };
    }
    const keptAs = await this.create('before-restore');
    await this.swapIn(
      name,
      async (live) => {
        removeSidecars(live);
        await replaceFileAtomically(source, live);
      },
      async (live) => {
        removeSidecars(live);
        await replaceFileAtomically(join(this.options.dir, keptAs), live);
      },
    );
    this.options.logger.info(`Restored ${name}; the data before it was kept as ${keptAs}`);
    return { restored: name, keptAs };
  }

  /**
   * Replaces the live store and reopens it. If the file could not be replaced, the core has reopened it unchanged;
   * if the new file cannot be opened, `putBack` returns the data as it was and the store is opened on it again.
   */
  private async swapIn(name: string, replace: StoreChange, putBack: StoreChange): Promise<void> {
    let replaced = false;
    try {
      await this.options.reopen(async (live) => {
        try {
          await replace(live);
          replaced = true;
        } catch (error) {
          if (!existsSync(live)) await putBack(live);
          throw error;
        }
      });
    } catch (error) {
      this.options.logger.error(`Restoring ${name} failed`, error);
      if (!replaced) throw error;
      await this.options.reopen(putBack);
      throw new AppError('storage', REOPEN_FAILED);
    }
  }

  /** Refuses a copy that fails `integrity_check`, holds no data of the app, or has a schema newer than the app's. */
  private assertRestorable(file: string): void {
    const refusal = this.refusalOf(file);
    if (refusal !== null) throw new AppError('storage', refusal);
  }

  /** Why a copy cannot be restored, in Russian, or null when it can. */
  private refusalOf(file: string): string | null {
    let verdict: { problem: string | null; version: number };
    try {
      verdict = readCopy(file, (db) => ({
        problem: integrityProblem(db),
        version: schemaVersion(db),
      }));
    } catch (error) {
      verdict = { problem: (error as Error).message, version: 0 };
    }
    if (verdict.problem !== null) {
      this.options.logger.error(`The copy ${file} failed integrity_check: ${verdict.problem}`);
      return DAMAGED_COPY;
    }
    if (verdict.version > this.options.latestVersion) return newerCopy(verdict.version, this.options.latestVersion);
    if (verdict.version === 0) return EMPTY_COPY;
    return null;
  }

  /** The path of a copy by its name, which must be of the app's own form (never a path) and exist. */
  private pathOf(name: string): string {
    if (parseBackupName(name) === null) throw new AppError('invalid_input', NOT_FOUND);
    const path = join(this.options.dir, name);
    if (!existsSync(path)) throw new AppError('not_found', NOT_FOUND);
    return path;
  }

  private copies(): BackupName[] {
    let names: string[];
    try {
      names = readdirSync(this.options.dir);
    } catch {
      return [];
    }
    return names
      .map(parseBackupName)
      .filter((copy): copy is BackupName => copy !== null)
      .sort(newestFirst);
  }

  private describe(copy: BackupName): BackupInfo {
    const path = join(this.options.dir, copy.name);
    const info: BackupInfo = {
      name: copy.name,
      reason: copy.reason,
      takenAt: takenAtText(copy),
      size: 0,
      schemaVersion: null,
      counts: null,
    };
    try {
      info.size = statSync(path).size;
      const read = readCopy(path, (db) => ({
        schemaVersion: schemaVersion(db),
        counts: recordCounts(db),
      }));
      return { ...info, ...read };
    } catch {
      return info;
    }
  }

  /** Removes the copies the retention rule no longer keeps. Never throws. */
  prune(): void {
    const plan = planRetention(this.copies(), this.options.now());
    for (const name of plan.remove) {
      try {
        removeDatabaseFile(join(this.options.dir, name));
      } catch (error) {
        this.options.logger.warn(`Could not remove the old backup ${name}`, error);
      }
    }
    if (plan.remove.length > 0) this.options.logger.info(`Removed old backups: ${plan.remove.join(', ')}`);
  }

  private removeLeftovers(): void {
    let names: string[];
    try {
      names = readdirSync(this.options.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const match = LEFTOVER.exec(name);
      if (match && parseBackupName(match[1] ?? '') !== null) {
        rmSync(join(this.options.dir, name), { force: true });
      }
    }
  }

  private report(stage: NonNullable<BackupProgress['stage']>, percent: number): void {
    this.state = { running: true, stage, percent: Math.max(0, Math.min(100, Math.round(percent))) };
  }
}

/** SQLite's own files beside a closed, checkpointed store: empty by now, and stale for the file that replaces it. */
function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/** Moves a database file and its WAL (which may hold data) to another name in the same data directory. */
function moveDatabaseFile(from: string, to: string): void {
  renameSync(from, to);
  if (existsSync(`${from}-wal`)) renameSync(`${from}-wal`, `${to}-wal`);
  rmSync(`${from}-shm`, { force: true });
}
