import type { FileOpener } from '../attachments/opener';
import type { AttachmentsService } from '../attachments/service';
import type { EventDetail } from '../contract/events';
import { AppError } from '../errors';
import type { EventsService } from './service';

const PHOTO_KINDS = ['jpg', 'png'] as const;
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/** Photos of events: kept like agreements' scans, under the app's own names, opened in the system's viewer. */
export class EventPhotos {
  constructor(
    private readonly events: EventsService,
    private readonly attachments: AttachmentsService,
    private readonly opener: FileOpener,
  ) {}

  private ownerOf(id: number): number {
    const record = this.attachments.find(id);
    if (!record || record.ownerKind !== 'event') {
      throw new AppError('not_found', 'Фотография не найдена: возможно, она уже удалена.');
    }
    return record.ownerId;
  }

  async attach(eventId: number, fileName: string, base64: string): Promise<EventDetail> {
    this.events.detail(eventId);
    const bytes = Buffer.from(base64, 'base64');
    await this.attachments.attach('event', eventId, fileName, bytes, PHOTO_KINDS, MAX_PHOTO_BYTES);
    return this.events.detail(eventId);
  }

  async open(id: number): Promise<{ opened: boolean }> {
    this.ownerOf(id);
    const opened = await this.opener.open(this.attachments.pathOf(id));
    if (!opened) {
      throw new AppError(
        'storage',
        'Не удалось открыть фотографию: в системе нет программы для просмотра изображений.',
      );
    }
    return { opened };
  }

  async remove(id: number): Promise<EventDetail> {
    const eventId = this.ownerOf(id);
    await this.attachments.remove(id);
    return this.events.detail(eventId);
  }

  /** Deletes an event, an occurrence or a series, then the photos of the rows that went. */
  async deleteEvent(id: number, scope: 'one' | 'series', occurrenceStart?: string): Promise<{ deleted: true }> {
    await this.attachments.removeWith('event', () => this.events.delete(id, scope, occurrenceStart));
    return { deleted: true };
  }
}
