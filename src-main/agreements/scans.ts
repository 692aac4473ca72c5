import type { AgreementDetail } from '../contract/agreements';
import type { FileOpener } from '../attachments/opener';
import type { AttachmentsService } from '../attachments/service';
import { AppError } from '../errors';
import type { AgreementsService } from './service';

const SCAN_KINDS = ['pdf', 'jpg', 'png'] as const;
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

/** Signed scans of agreements: files the app keeps under its own names, opened in the system's viewer. */
export class AgreementScans {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly attachments: AttachmentsService,
    private readonly opener: FileOpener,
  ) {}

  private ownerOf(id: number): number {
    const record = this.attachments.find(id);
    if (!record || record.ownerKind !== 'agreement') {
      throw new AppError('not_found', 'Файл не найден: возможно, он уже удалён.');
    }
    return record.ownerId;
  }

  async attach(agreementId: number, fileName: string, base64: string): Promise<AgreementDetail> {
    this.agreements.detail(agreementId);
    const bytes = Buffer.from(base64, 'base64');
    await this.attachments.attach('agreement', agreementId, fileName, bytes, SCAN_KINDS, MAX_SCAN_BYTES);
    return this.agreements.detail(agreementId);
  }

  async open(id: number): Promise<{ opened: boolean }> {
    this.ownerOf(id);
    const opened = await this.opener.open(this.attachments.pathOf(id));
    if (!opened)
      throw new AppError('storage', 'Не удалось открыть файл: в системе нет программы для просмотра такого файла.');
    return { opened };
  }

  async remove(id: number): Promise<AgreementDetail> {
    const agreementId = this.ownerOf(id);
    await this.attachments.remove(id);
    return this.agreements.detail(agreementId);
  }

  /** Deletes an agreement with its scans' rows in one transaction, then the scans' files. */
  async deleteAgreement(agreementId: number): Promise<{ deleted: true }> {
    await this.attachments.removeWith('agreement', () => {
      this.agreements.delete(agreementId);
      return [agreementId];
    });
    return { deleted: true };
  }
}
