/** The planner's working state: steps collected with the phase that orders them. */
import type { TableRef } from '../diff/changes.js';
import { qualifiedName } from '../model/identifiers.js';
import type { Schema } from '../model/types.js';
import { HAZARDS, type Hazard, type Op, type Step } from './types.js';

/** Phases, in execution order. Within a phase, steps keep the order they were planned in. The
 * order encodes PostgreSQL's dependencies: names first (every later step uses target names),
 * then types, then what blocks a drop, then creations, then the keys new references need. */
export const PHASE = {
  timeouts: 0,
  createSchema: 10,
  rename: 15,
  // Constraint and index renames that went through a temporary name take their final one.
  renameSwap: 16,
  enum: 20,
  dropForeignKey: 30,
  dropKey: 31,
  // Parents go before their columns change; an unlogged table's referrers are gone by now.
  noInherit: 33,
  // What a dropped parent leaves on the table (its checks) is the table's own only after that.
  leftByParent: 33.5,
  setUnlogged: 34,
  // After foreign keys are off the columns it converts; before new tables use the new type.
  enumRebuild: 32,
  // An identity's sequence goes before sequences are created: a new one may take its name.
  dropIdentity: 34,
  // Before the tables and defaults that call nextval() of them.
  sequence: 35,
  createTable: 40,
  addColumn: 41,
  alterColumn: 45,
  // A child's own default, storage and compression on a column it inherits: after the parent's
  // (which reach the child), before sequences the old default called are dropped.
  inheritedDefault: 45.5,
  alterTable: 46,
  // After the owning table or column exists, before the old owner (and with it the sequence) goes.
  sequenceOwner: 50,
  addIndex: 52,
  replaceIndexDrop: 53,
  replaceIndexRename: 54,
  // After index replacements: dropping a column silently drops the old index of a replacement.
  dropColumn: 55,
  addKey: 56,
  // Before references to it are added back.
  setLogged: 58,
  addCheck: 60,
  addForeignKey: 61,
  validate: 70,
  setNotNull: 76,
  dropTemporary: 77,
  // Before identity is added (a new identity sequence may take a dropped one's name).
  dropSequence: 77,
  identity: 78,
  // Once the child holds every parent column as NOT NULL as the parent has it, and every key
  // column of a replica identity index is NOT NULL.
  inherit: 79,
  replicaIdentity: 79,
  // A child's own NOT NULL on a column it inherits: after every parent step that reaches it.
  inheritedColumn: 79.5,
  dropTable: 80,
  // A sequence that a dropped table's default calls goes after that table.
  dropSequenceAfterTables: 81,
  dropEnum: 85,
  dropSchema: 90,
  comment: 95,
} as const;

/** A step with its phase and whether it touches a table that already holds rows. */
export interface Planned {
  readonly phase: number;
  readonly step: Step;
  readonly existing: boolean;
  /** Index builds, validations and rewrites: run under the long statement timeout. */
  readonly long: boolean;
}

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

/** Collects planned steps for one plan. */
export class PlanContext {
  readonly planned: Planned[] = [];
  private readonly newTables = new Set<string>();
  /** The change being planned (an index into the plan's changes), for each step's provenance;
   * steps planned for several tables at once take their table's AddTable or DropTable. */
  private source: number | undefined;
  private readonly tableSources = new Map<string, number>();
  private readonly enumTypes = new Set<string>();

  constructor(
    readonly from: Schema,
    readonly to: Schema,
    readonly online: boolean,
    newTables: readonly TableRef[],
  ) {
    for (const t of newTables) this.newTables.add(k(t.schema, t.name));
    for (const e of [...from.enums, ...to.enums]) this.enumTypes.add(qualifiedName(e.schema, e.name));
  }

  /** True when the table is created by this plan (empty, so no lock or scan concerns). */
  isNew(t: TableRef): boolean {
    return this.newTables.has(k(t.schema, t.name));
  }

  /** True when a canonical type names a user enum (or an array of one). */
  isEnumType(type: string): boolean {
    return this.enumTypes.has(type.replace(/\[\]$/, ''));
  }

  /** Runs `plan` with every step it adds coming from `changes[index]`. */
  within(index: number, plan: () => void): void {
    const outer = this.source;
    this.source = index;
    try {
      plan();
    } finally {
      this.source = outer;
    }
  }

  /** Records which change created or dropped each table, for steps planned table by table. */
  tableChange(t: TableRef, index: number): void {
    this.tableSources.set(k(t.schema, t.name), index);
  }

  private sourceOf(op: Op): number | undefined {
    if (this.source !== undefined) return this.source;
    const t = 'table' in op ? (op.table as TableRef | undefined) : undefined;
    return t !== undefined ? this.tableSources.get(k(t.schema, t.name)) : undefined;
  }

  /** Adds a step. */
  add(phase: number, op: Op, why: string, opts: { hazards?: readonly Hazard[]; transactional?: boolean; isolate?: boolean; existing?: boolean; long?: boolean; lintIgnore?: Step['lintIgnore'] } = {}): void {
    const hazards = HAZARDS.filter((h) => opts.hazards?.includes(h));
    this.planned.push({
      phase,
      existing: opts.existing ?? false,
      long: opts.long ?? false,
      step: { op, hazards, transactional: opts.transactional ?? true, isolate: opts.isolate ?? false, why, ...(opts.lintIgnore ? { lintIgnore: opts.lintIgnore } : {}), ...provenance(this.sourceOf(op)) },
    });
  }
}

function provenance(index: number | undefined): { changes?: readonly number[] } {
  return index !== undefined ? { changes: [index] } : {};
}

/** `schema.table` for messages. */
export function label(t: TableRef, column?: string): string {
  return `${qualifiedName(t.schema, t.name)}${column !== undefined ? `.${column}` : ''}`;
}
