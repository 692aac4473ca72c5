import type { Club } from '@contract/clubs';
import { invoke } from '../../api/client';
import { confirmDelete } from '../../components/confirm-action';
import { quoted } from '@contract/quote';

/** Asks, then deletes the club with the counts of its pupils. */
export function confirmDeleteClub(club: Club, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить кружок?',
      text: `Кружок ${quoted(club.name)} (${club.partnerName}) будет удалён вместе со сведениями о том, сколько обучающихся его посещают.`,
      run: () => invoke('clubs:delete', { id: club.id }),
      done: `Кружок ${quoted(club.name)} удалён.`,
      failText: 'Не удалось удалить кружок.',
    },
    afterDelete,
  );
}
