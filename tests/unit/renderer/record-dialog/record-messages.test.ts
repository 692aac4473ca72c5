import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src-renderer/src/api/client';
import { refusalText, savedNotification } from '../../../../src-renderer/src/components/record-dialog/record-messages';
import { refusal, useCores } from '../../../kit';

const core = useCores();

describe('what a record form says once saved', () => {
  it('says its text under «Сохранено»', () => {
    expect(savedNotification('Каникулы сохранены.')).toEqual({
      color: 'teal',
      title: 'Сохранено',
      message: 'Каникулы сохранены.',
    });
  });

  it('puts another title, or none, where the form gives one', () => {
    expect(savedNotification({ title: 'Создано', message: '«Опрос»: введите результаты.' })).toMatchObject({
      title: 'Создано',
    });
    expect(savedNotification({ title: null, message: 'Шаблон «Договор» сохранён.' })).toMatchObject({ title: null });
  });

  it('says nothing where the form leaves the notice out', () => {
    expect(savedNotification(undefined)).toBeNull();
  });
});

describe('why a record form was not saved', () => {
  it("gives the store's reason for a refusal", async () => {
    const refused = await refusal(await core(), 'settings:saveCalendar', {
      holidays: [{ name: '', from: 'x', to: 'y' }],
    });
    expect(refusalText(new ApiError(refused), 'Не удалось сохранить каникулы.')).toBe(refused.message);
  });

  it("gives the form's own words when the store gave no reason", () => {
    expect(refusalText(new Error('socket closed'), 'Не удалось сохранить анкету.')).toBe(
      'Не удалось сохранить анкету.',
    );
    expect(refusalText(new Error('socket closed'))).toBe('Не удалось сохранить.');
  });
});
