import { modals } from '@mantine/modals';
import { STAFF_FORM_LABELS, type StaffMember, type StaffRecord } from '@contract/staff';
import { invoke } from '../../api/client';
import { confirmDelete, runAction } from '../../components/confirm-action';
import { quoted } from '@contract/quote';

/**
 * Asks, then deletes a teacher entered by mistake. A teacher with records cannot be deleted (every year's summary
 * would change): the dialog says so and offers to mark them as left instead.
 */
export function confirmDeleteTeacher(member: StaffMember, afterChange: () => unknown) {
  if (member.recordsCount > 0) {
    modals.openConfirmModal({
      title: 'Удалить педагога нельзя',
      children: `У педагога ${quoted(member.fullName)} есть записи о повышении квалификации (${member.recordsCount}): они входят в итоги года. Если педагог больше не работает в школе, отметьте, что педагог уволился — записи сохранятся.`,
      labels: { confirm: 'Отметить, что педагог уволился', cancel: 'Отмена' },
      onConfirm: () => void setTeacherActive(member, false, afterChange),
    });
    return;
  }
  confirmDelete(
    {
      title: 'Удалить педагога?',
      text: `${quoted(member.fullName)} будет удалён(а) из списка педагогов.`,
      run: () => invoke('staff:delete', { id: member.id }),
      done: `${quoted(member.fullName)} удалён(а) из списка педагогов.`,
      failText: 'Не удалось удалить педагога.',
    },
    afterChange,
  );
}

/** Marks a teacher as left (their records stay in every year's summary) or back at the school. */
export function setTeacherActive(member: StaffMember, active: boolean, afterChange: () => unknown) {
  return runAction(
    {
      run: () => invoke('staff:setActive', { id: member.id, active }),
      done: active
        ? `${quoted(member.fullName)} снова в списке работающих педагогов.`
        : `${quoted(member.fullName)} отмечен(а) как уволившийся педагог. Записи о повышении квалификации сохранены.`,
      failTitle: 'Не сохранено',
      failText: 'Не удалось сохранить.',
    },
    afterChange,
  );
}

/** Asks, then deletes a record of professional development. */
export function confirmDeleteRecord(record: StaffRecord, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить запись?',
      text: `${STAFF_FORM_LABELS[record.form]}: ${quoted(record.title)}, ${record.staffName}. Запись будет удалена и не войдёт в итоги года.`,
      run: () => invoke('staffRecords:delete', { id: record.id }),
      done: `Запись ${quoted(record.title)} удалена.`,
      failText: 'Не удалось удалить запись.',
    },
    afterDelete,
  );
}
