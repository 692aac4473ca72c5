import type { DocumentModel } from '../../../src-main/documents/model';

/** A document with one block of every kind, as an agreement or a plan would use them. */
export function sampleModel(orientation: DocumentModel['orientation'] = 'portrait'): DocumentModel {
  return {
    title: 'План совместной деятельности 2026/2027',
    orientation,
    blocks: [
      {
        type: 'approval',
        entries: [
          {
            caption: 'Согласовано',
            lines: ['Педагогическим советом', 'МБОУ Первомайская СОШ'],
            order: 'протокол от 28.08.2026 № 1',
          },
          {
            caption: 'Утверждаю',
            lines: ['Директор МБОУ Первомайская СОШ'],
            signer: 'И.И. Иванова',
            order: 'приказ от 29.08.2026 № 45',
          },
        ],
      },
      { type: 'heading', level: 1, text: 'План совместной деятельности с социальными партнёрами' },
      { type: 'heading', level: 2, text: '1. Предмет договора', align: 'left' },
      {
        type: 'paragraph',
        firstLineIndent: true,
        runs: [
          'Стороны ',
          { text: 'обязуются', bold: true },
          ' действовать ',
          { text: 'добросовестно', italic: true },
          '.',
        ],
      },
      { type: 'list', ordered: true, items: [['Первый пункт'], ['Второй пункт']] },
      { type: 'list', ordered: false, items: [['Пункт с тире']] },
      {
        type: 'table',
        columns: [
          { title: '№', width: 1, align: 'center' },
          { title: 'Мероприятие', width: 6 },
          { title: 'Партнёр', width: 3 },
        ],
        rows: [
          { group: 'Сентябрь' },
          { cells: ['1.', ['Экскурсия в музей', 'для 5А класса'], 'Музей'] },
          { group: 'Октябрь' },
          { cells: ['2.', 'Неделя безопасности', 'ГИБДД'] },
        ],
      },
      { type: 'signatures', signatures: [{ position: 'Заместитель директора по ВР', name: 'П.П. Петрова' }] },
      { type: 'pageBreak' },
      {
        type: 'parties',
        parties: [
          {
            title: 'Школа',
            lines: ['МБОУ Первомайская СОШ', 'ИНН 6148000000'],
            signature: { position: 'Директор', name: 'И.И. Иванова' },
            stamp: true,
          },
          {
            title: 'Партнёр',
            lines: ['ДК «Маяк»'],
            signature: { position: 'Директор', name: 'С.С. Сидоров' },
            stamp: true,
          },
        ],
      },
    ],
  };
}
