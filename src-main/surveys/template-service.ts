import type Database from 'better-sqlite3';
import type { SurveyTemplate, SurveyTemplateFields, SurveyTemplateSummary } from '../contract/surveys';
import { AppError } from '../errors';
import { foldForSearch } from '../contract/text-folding';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  templateTitles,
  updateTemplate,
} from './template-repository';
import { quoted } from '../contract/quote';

const NOT_FOUND = 'Анкета не найдена: возможно, она уже удалена. Обновите список анкет.';
const MAX_TITLE = 300;

/** The questionnaires the office edits: titles unique, the built-in one kept. */
export class SurveyTemplatesService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(): SurveyTemplateSummary[] {
    return listTemplates(this.db);
  }

  get(id: number): SurveyTemplate {
    const template = findTemplate(this.db, id);
    if (!template) throw new AppError('not_found', NOT_FOUND);
    return template;
  }

  create(fields: SurveyTemplateFields): SurveyTemplate {
    this.checkTitle(fields.title, null);
    const id = this.db.transaction(() => insertTemplate(this.db, fields, false, this.now().toISOString()))();
    return this.get(id);
  }

  /** Changes the template only: runs made from it keep the questions they were made with. */
  update(id: number, fields: SurveyTemplateFields): SurveyTemplate {
    this.get(id);
    this.checkTitle(fields.title, id);
    this.db.transaction(() => updateTemplate(this.db, id, fields, this.now().toISOString()))();
    return this.get(id);
  }

  /** A copy the office can change freely, titled «… (копия)», «… (копия 2)» … */
  duplicate(id: number): SurveyTemplate {
    const source = this.get(id);
    const taken = new Set(templateTitles(this.db, null).map((t) => foldForSearch(t.title)));
    const base = source.title.slice(0, MAX_TITLE - 12);
    let title = `${base} (копия)`;
    for (let n = 2; taken.has(foldForSearch(title)); n += 1) title = `${base} (копия ${n})`;
    const fields: SurveyTemplateFields = { title, intro: source.intro, questions: source.questions };
    const copy = this.db.transaction(() => insertTemplate(this.db, fields, false, this.now().toISOString()))();
    return this.get(copy);
  }

  delete(id: number): void {
    const template = this.get(id);
    if (template.builtIn) {
      throw new AppError(
        'forbidden',
        `Анкета ${quoted(template.title)} встроена в программу, её нельзя удалить. Её можно изменить или скопировать.`,
      );
    }
    deleteTemplate(this.db, id);
  }

  private checkTitle(title: string, id: number | null): void {
    const key = foldForSearch(title);
    const twin = templateTitles(this.db, id).find((t) => foldForSearch(t.title) === key);
    if (twin) {
      throw new AppError('conflict', `Анкета ${quoted(twin.title)} уже есть. Назовите анкету иначе.`, {
        'fields.title': 'Анкета с таким названием уже есть',
      });
    }
  }
}
