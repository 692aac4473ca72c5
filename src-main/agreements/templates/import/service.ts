import { createHash } from 'node:crypto';
import type { AgreementType } from '../../../contract/agreements';
import type { SchoolProfile } from '../../../contract/settings';
import {
  applyDecisions,
  type TemplateDecision,
  type TemplateImportProposal,
  type TemplateProposalItem,
} from '../../../contract/template-import';
import { foldForSearch } from '../../../contract/text-folding';
import { quoted } from '../../../contract/quote';
import { AppError } from '../../../errors';
import { matchPartner } from '../../../imports/partner-match';
import type { JobRunner } from '../../../jobs/runner';
import type { PartnersService } from '../../../partners/service';
import type { TemplatesService } from '../service';
import { findPlaceholder } from '../placeholders';
import { partnerScore, partnerTraces, recogniseLine, secondParty, type SamplePartner } from './recognise';
import { formStructure, type FormBlock } from './structure';

export interface TemplateFile {
  fileName: string;
  content: string;
  partnerId: number | null;
}

interface Sample {
  id: number;
  name: string;
  chosen: boolean;
  data: SamplePartner;
}

const STALE =
  'Сведения изменились после того, как файл был прочитан (профиль школы, партнёр или сам файл). Прочитайте файл ' +
  'заново и проверьте замены ещё раз. Шаблон не создан.';

/** A partner's card as the recognition compares it. */
function sampleOf(record: ReturnType<PartnersService['record']>): SamplePartner {
  return {
    fullName: record.fullName,
    shortName: record.shortName,
    headName: record.headName,
    headNameGenitive: record.headNameGenitive,
    legalAddress: record.legalAddress,
    postalAddress: record.postalAddress,
    inn: record.inn,
    kpp: record.kpp,
    ogrn: record.ogrn,
    contacts: record.contacts.map((c) => ({ phone: c.phone, email: c.email })),
  };
}

/**
 * «Новый шаблон из файла»: the school's agreement form read off the main thread, turned into a proposal (its lines,
 * the replacements and the lines left out), and, with the office's decisions, into a template. Stateless: the
 * file travels again with the decisions, and the proposal is made anew and must be the one the office saw.
 */
export class TemplateImportService {
  constructor(
    private readonly deps: {
      templates: TemplatesService;
      partners: PartnersService;
      school: () => SchoolProfile;
      jobs: JobRunner;
    },
  ) {}

  private async blocks(file: TemplateFile): Promise<FormBlock[]> {
    const bytes = new Uint8Array(Buffer.from(file.content, 'base64'));
    return this.deps.jobs.run('templateImport', 'readAgreementForm', { fileName: file.fileName, bytes });
  }

  /** The partner chosen, or the one of the registry whose data the text holds most of (its name in the preamble). */
  private sample(partnerId: number | null, lines: readonly string[]): Sample | null {
    const { partners } = this.deps;
    if (partnerId !== null) {
      const record = partners.record(partnerId);
      return { id: record.id, name: record.fullName, chosen: true, data: sampleOf(record) };
    }
    const text = lines.join('\n');
    const all = partners.list({ sort: 'name' }).map((p) => partners.record(p.id));
    const scored = all
      .map((record) => ({ record, score: partnerScore(text, sampleOf(record)) }))
      .filter((s) => s.score >= 4)
      .sort((a, b) => b.score - a.score);
    let best = scored[0] && scored[0].score > (scored[1]?.score ?? 0) ? scored[0].record : undefined;
    if (!best) {
      const named = lines.map(secondParty).find((p) => p !== null);
      const match = named ? matchPartner(named.text, all) : null;
      best = match?.id != null ? all.find((p) => p.id === match.id) : undefined;
    }
    return best ? { id: best.id, name: best.fullName, chosen: false, data: sampleOf(best) } : null;
  }

  private uniqueName(base: string): string {
    const taken = new Set(this.deps.templates.list().map((t) => foldForSearch(t.name)));
    for (let n = 1; ; n += 1) {
      const name = n === 1 ? base : `${base} (${n})`;
      if (!taken.has(foldForSearch(name))) return name;
    }
  }

  private propose(blocks: readonly FormBlock[], fileName: string, partnerId: number | null): TemplateImportProposal {
    const structure = formStructure(blocks);
    const { lines } = structure;
    const sample = this.sample(partnerId, lines);
    const items: TemplateProposalItem[] = [];
    const dropped = new Set<number>();
    for (const drop of structure.drops) {
      items.push({ id: items.length, kind: 'drop', ...drop });
      for (let i = 0; i < drop.lineCount; i += 1) dropped.add(drop.line + i);
    }
    const sources = { school: this.deps.school(), partner: sample?.data ?? null, facts: structure.facts };
    let partnerNamed = false;
    lines.forEach((line, index) => {
      if (dropped.has(index)) return;
      const found = recogniseLine(line, sources);
      // A partner the registry does not know: its name where the parties' sentence puts it.
      const party = sample || partnerNamed ? null : secondParty(line);
      if (party && !found.some((f) => f.start < party.end && party.start < f.end)) {
        partnerNamed = true;
        found.push({
          ...party,
          placeholder: 'партнёр.полное_наименование',
          reason: 'полное наименование партнёра (по месту в тексте)',
        });
        found.sort((a, b) => a.start - b.start);
      }
      for (const f of found) {
        items.push({ id: items.length, kind: 'replace', line: index, found: line.slice(f.start, f.end), ...f });
      }
    });
    const notes = [...structure.notes];
    if (structure.city) {
      notes.push(
        `Город заключения («${structure.city}») печатается из карточки договора; для новых договоров его берут из ` +
          'Настроек (раздел «Договоры»).',
      );
    }
    const traces = sample ? partnerTraces(applyDecisions(lines, items, []), sample.data) : [];
    if (traces.length > 0) {
      notes.push(
        `В тексте остались сведения партнёра, которые программа не распознала: ${traces.map(quoted).join(', ')}. ` +
          'После создания шаблона замените их полями в его тексте.',
      );
    }
    if (!sample) {
      notes.unshift(
        'Партнёр, для которого составлен файл, не распознан: выберите его выше, и программа предложит заменить ' +
          'его сведения (наименование, руководитель, ИНН и т. д.).',
      );
    }
    const base = structure.title || fileName.replace(/\.[^.]+$/, '').trim() || 'Договор';
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ lines, items, partner: sample?.id ?? null }))
      .digest('hex')
      .slice(0, 32);
    return {
      suggestedName: this.uniqueName(`${base} (форма школы)`),
      type: structure.type,
      partner: sample ? { id: sample.id, name: sample.name, chosen: sample.chosen } : null,
      lines,
      items,
      notes,
      fingerprint,
    };
  }

  async read(file: TemplateFile): Promise<TemplateImportProposal> {
    return this.propose(await this.blocks(file), file.fileName, file.partnerId);
  }

  async create(
    input: TemplateFile & { fingerprint: string; name: string; type: AgreementType; decisions: TemplateDecision[] },
  ): Promise<{ id: number; name: string }> {
    const proposal = this.propose(await this.blocks(input), input.fileName, input.partnerId);
    if (proposal.fingerprint !== input.fingerprint) throw new AppError('conflict', STALE);
    const decisions = input.decisions.map((decision) => {
      if (decision.placeholder === undefined) return decision;
      const key = findPlaceholder(decision.placeholder)?.key;
      if (!key) {
        throw new AppError('invalid_input', `Неизвестное поле {{${decision.placeholder}}}: выберите поле из списка.`);
      }
      return { ...decision, placeholder: key };
    });
    const body = applyDecisions(proposal.lines, proposal.items, decisions);
    if (body.trim() === '') {
      throw new AppError('invalid_input', 'В шаблоне не осталось текста: не убирайте все строки. Шаблон не создан.');
    }
    const template = this.deps.templates.create({ name: input.name, type: input.type, body });
    return { id: template.id, name: template.name };
  }
}
