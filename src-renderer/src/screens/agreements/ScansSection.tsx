import type { Attachment } from '@contract/agreements';
import { invoke } from '../../api/client';
import { AttachmentsSection, type AttachmentsTexts } from '../../components/AttachmentsSection';
import { quoted } from '@contract/quote';

const TEXTS: AttachmentsTexts = {
  empty: 'Скан подписанного экземпляра не прикреплён.',
  attach: 'Прикрепить скан (PDF, JPG, PNG, до 20 МБ)',
  attached: (name) => `Скан ${quoted(name)} прикреплён.`,
  removeTitle: 'Удалить скан',
  removeQuestion: (name) => `Удалить файл ${quoted(name)} из программы?`,
};

/** Signed scans of the agreement: attach (PDF, JPG, PNG), open in the system's viewer, remove. */
export function ScansSection({ agreementId, scans }: { agreementId: number; scans: Attachment[] }) {
  return (
    <AttachmentsSection
      files={scans}
      accept="application/pdf,image/jpeg,image/png"
      texts={TEXTS}
      testId="scans"
      attach={(fileName, content) => invoke('agreements:attachScan', { agreementId, fileName, content })}
      open={(id) => invoke('agreements:openScan', { id })}
      remove={(id) => invoke('agreements:removeScan', { id })}
    />
  );
}
