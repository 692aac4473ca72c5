import type Database from 'better-sqlite3';
import type { Template, TemplateFields } from '../../contract/agreements';
import { AppError } from '../../errors';
import { checkTemplate } from './placeholders';
import { foldForSearch } from '../../contract/text-folding';
import { deleteTemplate, findTemplate, insertTemplate, listTemplates, updateTemplate } from './repository';
import { quoted } from '../../contract/quote';

const NOT_FOUND = 'Шаблон не найден: возможно, он уже удалён. Обновите список шаблонов.';

const sameName = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);

/** The rules of agreement templates: known placeholders only, names unique, the bundled ones kept. */
export class TemplatesService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(): Template[] {
    return listTemplates(this.db);
  }

  create(fields: TemplateFields): Template {
    this.check(fields, null);
    const id = insertTemplate(this.db, fields, this.now().toISOString());
    return this.get(id);
  }

  update(id: number, fields: TemplateFields): Template {
    const current = this.get(id);
    if (current.builtIn && fields.type !== current.type) {
      throw new AppError(
        'invalid_input',
        'Вид встроенного шаблона изменить нельзя. Чтобы сделать шаблон другого вида, создайте новый шаблон.',
        { type: 'Вид встроенного шаблона не меняется' },
      );
    }
    this.check(fields, id);
    updateTemplate(this.db, id, fields, this.now().toISOString());
    return this.get(id);
  }

  delete(id: number): void {
    const current = this.get(id);
    if (current.builtIn) {
      throw new AppError(
        'forbidden',
        `Шаблон ${quoted(current.name)} встроен в программу, его нельзя удалить. Его текст можно изменить.`,
      );
    }
    deleteTemplate(this.db, id);
  }

  private get(id: number): Template {
    const template = findTemplate(this.db, id);
    if (!template) throw new AppError('not_found', NOT_FOUND);
    return template;
  }

  private check(fields: TemplateFields, id: number | null): void {
    const twin = listTemplates(this.db).find((t) => t.id !== id && sameName(t.name, fields.name));
    if (twin) {
      throw new AppError('conflict', `Шаблон ${quoted(twin.name)} уже есть. Назовите шаблон иначе.`, {
        name: 'Шаблон с таким названием уже есть',
      });
    }
    checkTemplate(fields.body);
  }
}
