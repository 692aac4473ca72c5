import type Database from 'better-sqlite3';
import {
  acquisitionApprovalSchema,
  DEFAULT_ACQUISITION_CATEGORIES,
  planYearsText,
  type Acquisition,
  type AcquisitionApproval,
  type AcquisitionFields,
  type AcquisitionFilter,
  type PlanYears,
} from '../contract/acquisitions';
import { localIsoDate } from '../contract/academic-year';
import { formatDate } from '../contract/dates';
import { pickFields } from '../contract/pick';
import { AppError } from '../errors';
import type { PartnersService } from '../partners/service';
import { compareRussian } from '../contract/russian-order';
import { comparableName } from '../contract/text-folding';
import {
  deleteAcquisition,
  findAcquisitionRow,
  findApproval,
  insertAcquisition,
  listAcquisitionRows,
  saveApproval,
  setAcquisitionStatus,
  updateAcquisition,
  usedCategories,
  type AcquisitionRow,
} from './repository';
import { quoted } from '../contract/quote';

export interface AcquisitionsDeps {
  db: Database.Database;
  now: () => Date;
  /** Checks that a partner a record names is still in the registry. */
  partners: Pick<PartnersService, 'exists' | 'requireExisting'>;
  /** The approval a plan gets before the office fills it: the director named in Настройки, as for the annual plan. */
  defaultApproval: () => AcquisitionApproval;
}

const NOT_FOUND = 'Позиция плана приобретения не найдена: возможно, она уже удалена.';
const CHECK_INPUT = 'Проверьте введённые данные.';

/** The plan's order: by year, the items without a quarter first, then by quarter, category and name. */
function compareAcquisitions(a: Acquisition, b: Acquisition): number {
  return (
    a.plannedYear - b.plannedYear ||
    (a.plannedQuarter ?? 0) - (b.plannedQuarter ?? 0) ||
    compareRussian(a.category, b.category) ||
    compareRussian(a.name, b.name) ||
    a.id - b.id
  );
}

/** Only what the source uses is kept: a partner for `partner`, a note for a sponsor or another source. */
function normalized(fields: AcquisitionFields): AcquisitionFields {
  return {
    ...fields,
    partnerId: fields.source === 'partner' ? fields.partnerId : null,
    sourceNote: fields.source === 'sponsor' || fields.source === 'other' ? fields.sourceNote : '',
  };
}

export class AcquisitionsService {
  constructor(private readonly deps: AcquisitionsDeps) {}

  private get db() {
    return this.deps.db;
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  private require(id: number): AcquisitionRow {
    const row = findAcquisitionRow(this.db, id);
    if (!row) throw new AppError('not_found', NOT_FOUND);
    return row;
  }

  list(filter: AcquisitionFilter): Acquisition[] {
    return listAcquisitionRows(this.db, filter).sort(compareAcquisitions);
  }

  item(id: number): Acquisition {
    return this.require(id);
  }

  /** The items of the years to print or export, whatever their status; none is refused. */
  printable(years: PlanYears): Acquisition[] {
    const items = this.list({ ...years, status: null, source: null });
    if (items.length === 0) {
      throw new AppError(
        'not_found',
        `В плане приобретения на ${planYearsText(years)} нет позиций: добавьте их или выберите другие годы.`,
      );
    }
    return items;
  }

  /** A partner named as the source exists (a partner deleted meanwhile is refused). */
  private check(fields: AcquisitionFields): void {
    if (fields.partnerId !== null) {
      this.deps.partners.requireExisting(fields.partnerId, {
        'fields.partnerId': 'Партнёр не найден: выберите партнёра из списка',
      });
    }
  }

  create(input: AcquisitionFields): Acquisition {
    const fields = normalized(input);
    this.check(fields);
    const id = this.db.transaction(() => insertAcquisition(this.db, fields, this.stamp()))();
    return this.item(id);
  }

  update(id: number, input: AcquisitionFields): Acquisition {
    this.require(id);
    const fields = normalized(input);
    this.check(fields);
    this.db.transaction(() => updateAcquisition(this.db, id, fields, this.stamp()))();
    return this.item(id);
  }

  delete(id: number): void {
    this.require(id);
    this.db.transaction(() => deleteAcquisition(this.db, id))();
  }

  /** Marks the item bought (or received) on a day not after today; an acquired item may have its day corrected. */
  markAcquired(id: number, acquiredOn: string): Acquisition {
    this.require(id);
    const today = localIsoDate(this.deps.now());
    if (acquiredOn > today) {
      throw new AppError('invalid_input', CHECK_INPUT, {
        acquiredOn: `Дата приобретения не может быть позже сегодняшней (${formatDate(today)})`,
      });
    }
    this.db.transaction(() => setAcquisitionStatus(this.db, id, 'acquired', acquiredOn, this.stamp()))();
    return this.item(id);
  }

  /** Cancels a planned item; an acquired one must be returned to the plan first, so its date is not lost unseen. */
  cancel(id: number): Acquisition {
    const row = this.require(id);
    if (row.status === 'acquired') {
      throw new AppError(
        'conflict',
        `${quoted(row.name)} уже приобретено ${row.acquiredOn ? formatDate(row.acquiredOn) : ''}`.trim() +
          '. Чтобы отменить позицию, сначала верните её в план.',
      );
    }
    if (row.status !== 'cancelled') {
      this.db.transaction(() => setAcquisitionStatus(this.db, id, 'cancelled', null, this.stamp()))();
    }
    return this.item(id);
  }

  /** Back to planned, from acquired or cancelled; the day of acquisition is forgotten. */
  restore(id: number): Acquisition {
    const row = this.require(id);
    if (row.status !== 'planned') {
      this.db.transaction(() => setAcquisitionStatus(this.db, id, 'planned', null, this.stamp()))();
    }
    return this.item(id);
  }

  /** The default categories, then those the school typed (each once, whatever its case), alphabetically. */
  categories(): string[] {
    const seen = new Set(DEFAULT_ACQUISITION_CATEGORIES.map(comparableName));
    const own = usedCategories(this.db)
      .map((category) => category.trim())
      .filter((category) => {
        const key = comparableName(category);
        return category !== '' && !seen.has(key) && (seen.add(key), true);
      })
      .sort(compareRussian);
    return [...DEFAULT_ACQUISITION_CATEGORIES, ...own];
  }

  /** The plan's «УТВЕРЖДАЮ»; before the office saves one, the director of Настройки approves it. */
  approval(): AcquisitionApproval {
    return findApproval(this.db) ?? pickFields(acquisitionApprovalSchema, this.deps.defaultApproval());
  }

  saveApproval(approval: AcquisitionApproval): AcquisitionApproval {
    this.db.transaction(() => saveApproval(this.db, approval, this.stamp()))();
    return this.approval();
  }
}
