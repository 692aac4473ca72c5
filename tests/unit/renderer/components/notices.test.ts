import { notifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src-renderer/src/api/client';
import { noticeOutcome, noticeRefusal, noticeSavedFile } from '../../../../src-renderer/src/components/notices';

/** The titles and messages of every notice shown or waiting to be shown. */
function shown() {
  const { notifications: visible, queue } = notificationsStore.getState();
  return [...visible, ...queue].map((n) => `${String(n.title)}: ${String(n.message)}`);
}

afterEach(() => notifications.clean());

describe('the outcome notice', () => {
  it('«Сохранено» takes the place of the «Не сохранено» said before it', () => {
    noticeRefusal(new ApiError({ code: 'invalid_input', message: 'Проверьте введённые данные.' }));
    expect(shown()).toEqual(['Не сохранено: Проверьте введённые данные.']);
    noticeOutcome({ color: 'teal', title: 'Сохранено', message: 'Сведения о школе сохранены.' });
    expect(shown()).toEqual(['Сохранено: Сведения о школе сохранены.']);
  });

  it('a file saved after a refused export, and a second file after it, leave one notice, the newest', () => {
    noticeRefusal(new Error('disk full'), 'Не сохранено', 'Не удалось сохранить реестр.');
    noticeSavedFile('/exports/Реестр договоров.xlsx');
    noticeSavedFile('/exports/Реестр договоров.pdf');
    expect(shown()).toEqual(['Готово: Файл сохранён: /exports/Реестр договоров.pdf']);
  });

  it('leaves the other notices alone, and a cancelled save says nothing', () => {
    notifications.show({ title: 'Договоры требуют внимания', message: '2 договора требуют внимания.' });
    noticeOutcome({ color: 'teal', title: null, message: 'Партнёр восстановлен.' });
    noticeSavedFile(null);
    expect(shown()).toEqual(['Договоры требуют внимания: 2 договора требуют внимания.', 'null: Партнёр восстановлен.']);
  });
});
