import { z } from 'zod';
import model from '../../resources/program-model.ru.json';

/** The school's program in structured form, as bundled in resources/: the first-run data. */
const programModelSchema = z.object({
  school: z.object({ shortName: z.string().min(1), levels: z.array(z.string()) }),
  goal: z.string().min(1),
  tasks: z.array(z.string().min(1)),
  principles: z.array(z.string().min(1)),
  stages: z
    .array(z.object({ n: z.number().int().min(1).max(4), name: z.string().min(1), content: z.string() }))
    .length(4),
  venues: z.array(z.string().min(1)),
  lendableResources: z.array(z.string().min(1)),
  staffDevelopmentForms: z.array(z.string().min(1)),
  partners: z.array(
    z.object({
      name: z.string().min(1),
      category: z.string().min(1),
      forms: z.array(z.string().min(1)),
      effects: z.array(z.string().min(1)),
      sourceRowShared: z.string().optional(),
    }),
  ),
});

export type ProgramModel = z.infer<typeof programModelSchema>;

export const programModel: ProgramModel = programModelSchema.parse(model);

/** The partner categories the office starts with; it can add more. */
export const DEFAULT_CATEGORIES = [
  'Семья',
  'Методическое сопровождение',
  'Культура',
  'Дополнительное образование',
  'Молодёжная политика',
  'Безопасность',
  'Здравоохранение',
  'Спорт',
  'Другое',
] as const;
