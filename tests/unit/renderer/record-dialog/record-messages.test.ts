import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src-renderer/src/api/client';
import { blankPartnerFields } from '../../../../src-main/contract/partners';
import {
  fieldsToCheckText,
  refusalMessage,
  refusalText,
  savedNotification,
} from '../../../../src-renderer/src/components/record-dialog/record-messages';
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

describe('how many fields a refused save asks to check', () => {
  it('counts the fields in the right Russian form', () => {
    expect(fieldsToCheckText(1)).toBe('Проверьте 1 поле: оно отмечено красным.');
    expect(fieldsToCheckText(3)).toBe('Проверьте 3 поля: они отмечены красным.');
    expect(fieldsToCheckText(5)).toBe('Проверьте 5 полей: они отмечены красным.');
    expect(fieldsToCheckText(21)).toBe('Проверьте 21 поле: они отмечены красным.');
    expect(fieldsToCheckText(12)).toBe('Проверьте 12 полей: они отмечены красным.');
  });

  it("says the fields to check in place of the store's general «check the input»", async () => {
    const refused = await refusal(await core(), 'partners:create', {
      ...blankPartnerFields(0),
      fullName: '',
      inn: '7707083894',
    });
    const error = new ApiError(refused);
    expect(Object.keys(error.fields)).toHaveLength(3);
    expect(refusalMessage(error, 3)).toBe('Проверьте 3 поля: они отмечены красным.');
  });

  it("keeps the store's own reason, followed by the fields to check, and the reason alone without fields", () => {
    const conflict = new ApiError({ code: 'conflict', message: 'Такой номер уже есть.' });
    expect(refusalMessage(conflict, 1)).toBe('Такой номер уже есть. Проверьте 1 поле: оно отмечено красным.');
    expect(refusalMessage(conflict, 0)).toBe('Такой номер уже есть.');
  });
});

describe('a refusal with a reason of its own and a field', () => {
  it('keeps the reason and adds the field to check, as the tally of a survey does', () => {
    const tally = new ApiError({
      code: 'invalid_input',
      message: 'Ответов на вопрос не может быть больше, чем анкет: проверьте числа.',
      fields: { respondents: 'Меньше, чем ответов на вопрос 2' },
    });
    expect(refusalMessage(tally, 1)).toBe(
      'Ответов на вопрос не может быть больше, чем анкет: проверьте числа. Проверьте 1 поле: оно отмечено красным.',
    );
  });
});
