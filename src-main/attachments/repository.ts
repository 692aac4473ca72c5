import type Database from 'better-sqlite3';

type Db = Database.Database;

/** Who a file belongs to: an agreement's signed scans now, an event's photos later. */
export type AttachmentOwnerKind = 'agreement' | 'event';

export interface AttachmentRecord {
  id: number;
  ownerKind: AttachmentOwnerKind;
  ownerId: number;
  /** The name the app made for the file in the attachments folder. */
  storedName: string;
  /** The user's file name, cleaned: display text only. */
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: string;
}

const COLUMNS = `id, owner_kind AS ownerKind, owner_id AS ownerId, stored_name AS storedName,
  original_name AS originalName, mime, size, sha256, added_at AS addedAt`;

export function insertAttachment(db: Db, record: Omit<AttachmentRecord, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO attachments (owner_kind, owner_id, stored_name, original_name, mime, size, sha256, added_at)
       VALUES (@ownerKind, @ownerId, @storedName, @originalName, @mime, @size, @sha256, @addedAt)`,
    )
    .run(record);
  return Number(result.lastInsertRowid);
}

export function findAttachment(db: Db, id: number): AttachmentRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM attachments WHERE id = ?`).get(id) as AttachmentRecord | undefined;
}

/** An owner's files, oldest first. */
export function listAttachments(db: Db, ownerKind: AttachmentOwnerKind, ownerId: number): AttachmentRecord[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY added_at, id`)
    .all(ownerKind, ownerId) as AttachmentRecord[];
}

export function deleteAttachment(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM attachments WHERE id = ?').run(id).changes > 0;
}

/** Deletes an owner's rows; the stored names of the files they described. */
export function deleteAttachmentsOf(db: Db, ownerKind: AttachmentOwnerKind, ownerId: number): string[] {
  return db
    .prepare('DELETE FROM attachments WHERE owner_kind = ? AND owner_id = ? RETURNING stored_name AS storedName')
    .all(ownerKind, ownerId)
    .map((row) => (row as { storedName: string }).storedName);
}
