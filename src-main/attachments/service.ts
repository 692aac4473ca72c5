import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Attachment } from '../contract/agreements';
import { AppError, type Logger } from '../errors';
import {
  cleanDisplayName,
  removeLeftoverTempFiles,
  removeStoredFile,
  resolveStoredPath,
  storeFile,
  type AttachmentKind,
} from './file-store';
import {
  deleteAttachment,
  deleteAttachmentsOf,
  findAttachment,
  insertAttachment,
  listAttachments,
  type AttachmentOwnerKind,
  type AttachmentRecord,
} from './repository';

const NOT_FOUND = 'Файл не найден: возможно, он уже удалён.';
const FILE_MISSING =
  'Файл не найден в папке данных программы: возможно, его удалили или переместили вручную. Прикрепите его заново.';

const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** What the renderer is told about a file (the contract's `Attachment`). */
function toAttachment(record: AttachmentRecord): Attachment {
  return {
    id: record.id,
    originalName: record.originalName,
    mime: record.mime,
    size: record.size,
    addedAt: record.addedAt,
  };
}

/**
 * Files kept for the app's records — signed scans of agreements, photos of events — in the attachments folder of
 * the data directory. A file and its row come and go together: the file is written first and removed again if its
 * row cannot be; a row is deleted first and its file after it.
 */
export class AttachmentsService {
  constructor(
    private readonly db: Database.Database,
    private readonly dir: string,
    private readonly now: () => Date,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Checks and stores the file, then records it; a refused file (empty, too large, of a wrong kind) changes nothing. */
  async attach(
    ownerKind: AttachmentOwnerKind,
    ownerId: number,
    originalName: string,
    bytes: Uint8Array,
    allowed: readonly AttachmentKind[],
    maxBytes: number,
  ): Promise<Attachment> {
    const stored = await storeFile(this.dir, bytes, allowed, maxBytes);
    try {
      const record: Omit<AttachmentRecord, 'id'> = {
        ownerKind,
        ownerId,
        storedName: stored.storedName,
        originalName: cleanDisplayName(originalName) || `Без имени.${stored.kind}`,
        mime: stored.mime,
        size: stored.size,
        sha256: stored.sha256,
        addedAt: this.now().toISOString(),
      };
      const id = this.db.transaction(() => insertAttachment(this.db, record))();
      return toAttachment({ id, ...record });
    } catch (error) {
      await removeStoredFile(this.dir, stored.storedName).catch((removal: unknown) =>
        this.logger.error(`Could not remove ${stored.storedName} after its row failed`, removal),
      );
      throw error;
    }
  }

  /** An owner's files, oldest first, in the contract's shape. */
  list(ownerKind: AttachmentOwnerKind, ownerId: number): Attachment[] {
    return listAttachments(this.db, ownerKind, ownerId).map(toAttachment);
  }

  /** The whole record, with its owner, or undefined. */
  find(id: number): AttachmentRecord | undefined {
    return findAttachment(this.db, id);
  }

  /** Deletes the row, then the file; the removed record. A file the system will not let go is logged and left. */
  async remove(id: number): Promise<AttachmentRecord> {
    const record = this.require(id);
    this.db.transaction(() => deleteAttachment(this.db, id))();
    await this.removeFile(record.storedName);
    return record;
  }

  /** Deletes all an owner's rows, then their files; how many there were. */
  async removeAllOf(ownerKind: AttachmentOwnerKind, ownerId: number): Promise<number> {
    return this.removeWith(ownerKind, () => [ownerId]);
  }

  /**
   * Deletes records together with their attachments' rows in one transaction (`deleteOwners` deletes the records and
   * names them), so a failure leaves both; the files go after the commit.
   */
  async removeWith(ownerKind: AttachmentOwnerKind, deleteOwners: () => readonly number[]): Promise<number> {
    const storedNames = this.db.transaction(() =>
      deleteOwners().flatMap((ownerId) => deleteAttachmentsOf(this.db, ownerKind, ownerId)),
    )();
    for (const storedName of storedNames) await this.removeFile(storedName);
    return storedNames.length;
  }

  /** The file's path inside the attachments folder, for the system viewer; refused if the file is not there. */
  pathOf(id: number): string {
    const path = resolveStoredPath(this.dir, this.require(id).storedName);
    if (!existsSync(path)) throw new AppError('not_found', FILE_MISSING);
    return path;
  }

  /** Removes what an interrupted write left in the folder; called once at start, before any attach. Never throws. */
  async removeLeftovers(): Promise<void> {
    try {
      const removed = await removeLeftoverTempFiles(this.dir);
      if (removed.length) this.logger.warn(`Removed ${removed.length} half-written attachment file(s)`, removed);
    } catch (error) {
      this.logger.warn('Could not look for half-written attachment files', error);
    }
  }

  private require(id: number): AttachmentRecord {
    const record = findAttachment(this.db, id);
    if (!record) throw new AppError('not_found', NOT_FOUND);
    return record;
  }

  private async removeFile(storedName: string): Promise<void> {
    try {
      await removeStoredFile(this.dir, storedName);
    } catch (error) {
      this.logger.warn(`Could not remove the attachment file ${storedName}; it is left in the folder`, error);
    }
  }
}
