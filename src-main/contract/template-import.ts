/**
 * «Новый шаблон из файла»: the school's own agreement form (.docx) read into the plain-text format of templates, with
 * the places that vary proposed as placeholders. The proposal is what the window shows; the office accepts, rejects
 * or changes each replacement, and the template is made from the same file with those decisions. Pure: the window
 * applies the decisions itself to show the resulting text as it will be saved.
 */
import { z } from 'zod';
import { agreementTypeSchema } from './agreements';
import { officeFileInput } from './office-files';
import { idSchema, requiredText } from './text';

const templateFileSchema = {
  ...officeFileInput,
  /** The partner the file was made for; null: recognised from the file against the registry. */
  partnerId: idSchema.nullable(),
};

export const templateReplacementSchema = z.object({
  id: z.number().int().min(0),
  kind: z.literal('replace'),
  /** The line of `lines` it is in, and where in it: `found` is `lines[line].slice(start, end)`. */
  line: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  found: z.string(),
  /** The placeholder proposed: `школа.инн`. */
  placeholder: z.string(),
  /** Why, in the office's words: «ИНН партнёра». */
  reason: z.string(),
});
export type TemplateReplacement = z.infer<typeof templateReplacementSchema>;

/** Lines left out of the template because the printed agreement makes them from the cards (title, requisites). */
export const templateDropSchema = z.object({
  id: z.number().int().min(0),
  kind: z.literal('drop'),
  line: z.number().int().min(0),
  lineCount: z.number().int().min(1),
  reason: z.string(),
});
export type TemplateDrop = z.infer<typeof templateDropSchema>;

export const templateProposalItemSchema = z.discriminatedUnion('kind', [templateReplacementSchema, templateDropSchema]);
export type TemplateProposalItem = z.infer<typeof templateProposalItemSchema>;

export const templateImportProposalSchema = z.object({
  /** A name for the template no other template has: the form's title, or the file's name. */
  suggestedName: z.string(),
  type: agreementTypeSchema,
  /** The partner whose data the file holds, and whether the office chose it or the program recognised it. */
  partner: z.object({ id: idSchema, name: z.string(), chosen: z.boolean() }).nullable(),
  /** The text of the form, one paragraph a line, each numbered as Word shows it («2.1. …»); tables a row a line. */
  lines: z.array(z.string()),
  items: z.array(templateProposalItemSchema),
  /** What the office should know: what the template cannot carry, what was not recognised. */
  notes: z.array(z.string()),
  /** Identifies this reading of the file, so that the template is made from the same proposal the office saw. */
  fingerprint: z.string(),
});
export type TemplateImportProposal = z.infer<typeof templateImportProposalSchema>;

/** The office's word on one item: accepted or not, and for a replacement the placeholder it chose. */
export const templateDecisionSchema = z
  .object({
    id: z.number().int().min(0).max(100_000),
    accept: z.boolean(),
    placeholder: z.string().max(100).optional(),
  })
  .strict();
export type TemplateDecision = z.infer<typeof templateDecisionSchema>;

export const templateImportChannels = {
  /** Reads the form (off the main thread) and proposes its template; writes nothing. */
  'templates:importRead': {
    input: z.object(templateFileSchema).strict(),
    output: templateImportProposalSchema,
  },
  /** Makes the template from the same file and the office's decisions; the proposal's other items are accepted. */
  'templates:importCreate': {
    input: z
      .object({
        ...templateFileSchema,
        fingerprint: z.string().max(100),
        name: requiredText(200, 'Назовите шаблон'),
        type: agreementTypeSchema,
        decisions: z.array(templateDecisionSchema).max(5000),
      })
      .strict(),
    output: z.object({ id: idSchema, name: z.string() }),
  },
} as const;

/**
 * The template's text: each accepted replacement put in as its `{{…}}`, each accepted drop left out, the rest of
 * the form as it was. An item without a decision is accepted.
 */
export function applyDecisions(
  lines: readonly string[],
  items: readonly TemplateProposalItem[],
  decisions: readonly TemplateDecision[],
): string {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const accepted = items.filter((item) => byId.get(item.id)?.accept ?? true);
  const dropped = new Set<number>();
  for (const item of accepted) {
    if (item.kind === 'drop') for (let i = 0; i < item.lineCount; i += 1) dropped.add(item.line + i);
  }
  const out: string[] = [];
  lines.forEach((text, index) => {
    if (dropped.has(index)) return;
    const here = accepted
      .filter((item): item is TemplateReplacement => item.kind === 'replace' && item.line === index)
      .sort((a, b) => b.start - a.start);
    let line = text;
    for (const item of here) {
      const placeholder = byId.get(item.id)?.placeholder ?? item.placeholder;
      line = `${line.slice(0, item.start)}{{${placeholder}}}${line.slice(item.end)}`;
    }
    out.push(line);
  });
  return out.join('\n');
}
