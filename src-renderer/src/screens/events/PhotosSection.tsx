import type { Attachment } from '@contract/agreements';
import type { EventDetail } from '@contract/events';
import { invoke } from '../../api/client';
import { AttachmentsSection, type AttachmentsTexts } from '../../components/AttachmentsSection';
import { quoted } from '@contract/quote';

const TEXTS: AttachmentsTexts = {
  empty: 'Фотографий нет. Нажмите «Добавить фото», чтобы приложить снимки мероприятия.',
  attach: 'Добавить фото (JPG, PNG, до 20 МБ)',
  attached: (name) => `Фото ${quoted(name)} добавлено.`,
  removeTitle: 'Удалить фото',
  removeQuestion: (name) => `Удалить фото ${quoted(name)} из программы?`,
};

/** Photos of a held event, kept in the data directory like agreements' scans. */
export function PhotosSection({
  eventId,
  photos,
  onChanged,
}: {
  eventId: number;
  photos: Attachment[];
  onChanged(detail: EventDetail): void;
}) {
  return (
    <AttachmentsSection
      files={photos}
      accept="image/jpeg,image/png"
      texts={TEXTS}
      testId="photos"
      attach={(fileName, content) => invoke('events:attachPhoto', { id: eventId, fileName, content }).then(onChanged)}
      open={(id) => invoke('events:openPhoto', { id })}
      remove={(id) => invoke('events:removePhoto', { id }).then(onChanged)}
    />
  );
}
