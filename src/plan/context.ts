/** The planner's working state: steps collected with what they create, drop and need (the
 * edges of graph.ts) and the priority that orders them where no edge does. */
import type { TableRef } from '../diff/changes.js';
import { makeObjectName } from '../model/naming.js';
import { qualifiedName } from '../model/identifiers.js';
import type { Schema } from '../model/types.js';
import type { Deps } from './graph.js';
import { key, opDeps, type TypeKeys } from './keys.js';
import { HAZARDS, type Hazard, type Op, type Step } from './types.js';

/** Each kind of step's conventional place, lowest first: the order among steps that no declared
 * dependency (graph.ts, keys.ts) orders; equal priorities keep planning order. `edge:` marks
 * what is also declared as a dependency, so that the order holds whatever the priorities say;
 * `priority only:` what is not (yet) expressible as an object key. Where every edge agrees
 * with these numbers, the plan is exactly the priority order. */
export const PRIORITY = {
  timeouts: 0,
  // edge: every step on an object in a schema needs the schema.
  createSchema: 10,
  // edge: before what the view, trigger or policy depends on is dropped. priority only: before
  // a column it uses changes type (PostgreSQL refuses that under a view).
  dropObjectEarly: 12,
  // edge: after its schema; before the types, routines and tables that use it.
  createExtension: 17,
  // edge: after what it is built on (an extension's type, an enum); before the tables using it.
  createType: 21,
  // edge: after the types it takes and returns; before tables whose defaults or checks call it.
  // priority only: before the tables a SQL body names (bodies are not checked at creation).
  createRoutine: 24,
  // edge: a rename drops the old name's key and creates the new one, which later steps need.
  rename: 15,
  // edge: constraint and index renames that went through a temporary name take their final one.
  renameSwap: 16,
  // edge: before the tables, columns and type changes that use the type. priority only: a
  // default or check that uses an added value.
  enum: 20,
  // priority only: a partition leaves its parent before its own keys and columns change (it
  // then holds copies of the parent's keys, and the parent's column changes pass it by).
  detachPartition: 29,
  // edge: before the key it references is dropped, and before its table is.
  dropForeignKey: 30,
  // edge: frees the name for a key re-added later. priority only: the columns a dropped
  // constraint lists (keys.ts does not read them).
  dropKey: 31,
  // priority only: parents go before their columns change; an unlogged table's referrers are
  // gone by now.
  noInherit: 33,
  // priority only: what a dropped parent leaves on the table (its checks) is the table's own
  // only after that.
  leftByParent: 33.5,
  // priority only (a fraction per level of references, table-options.ts).
  setUnlogged: 34,
  // edge: the value check, the old type moved aside, the new one created, the columns converted.
  // priority only: after foreign keys are off the columns it converts.
  enumRebuild: 32,
  // edge: an identity's sequence goes before sequences are created: a new one may take its name.
  dropIdentity: 34,
  // edge: before the tables, columns and defaults that call nextval() of them.
  sequence: 35,
  // edge: after parents and the tables inline foreign keys reference (creationOrder).
  createTable: 40,
  addColumn: 41,
  // edge: after renames and the column's creation. priority only: the attributes among
  // themselves (alterColumn plans them in PostgreSQL's order).
  alterColumn: 45,
  // edge: before sequences the old default called are dropped. priority only: a child's own
  // default, storage and compression on a column it inherits go after the parent's.
  inheritedDefault: 45.5,
  alterTable: 46,
  // edge: after the owning table or column exists, before the old owner (and with it the
  // sequence) goes.
  sequenceOwner: 50,
  // edge: after the columns it lists.
  addIndex: 52,
  // edge: after the new index is built (priority only) and before its columns are dropped.
  replaceIndexDrop: 53,
  // edge: after the old index is dropped (its name is free) and the new one built.
  replaceIndexRename: 54,
  // edge: after the drops of indexes on it (dropping a column silently drops them, and the
  // DROP INDEX would fail).
  dropColumn: 55,
  // edge: before the foreign keys that reference it.
  addKey: 56,
  // priority only: before references to it are added back.
  setLogged: 58,
  addCheck: 60,
  // edge: after the referenced key and both tables: the cycle between new tables that
  // reference each other is broken by adding such keys here, not in CREATE TABLE.
  addForeignKey: 61,
  // edge: after the constraint it validates.
  validate: 70,
  // edge: after the temporary check is added. priority only: after it is validated.
  setNotNull: 76,
  dropTemporary: 77,
  // edge: before identity is added (a new identity sequence may take a dropped one's name).
  dropSequence: 77,
  identity: 78,
  // edge: after the parent is created. priority only: once the child holds every parent column
  // as NOT NULL as the parent has it, and every key column of a replica identity index is NOT
  // NULL (the index itself is an edge).
  inherit: 79,
  replicaIdentity: 79,
  // priority only: a partition's copies of its parent's indexes take their names once the
  // partition is attached and the parent's indexes built (edges: the index and the table).
  partitionIndexName: 79.2,
  // priority only: a child's own NOT NULL on a column it inherits, after every parent step
  // that reaches it.
  inheritedColumn: 79.5,
  // edge: after its foreign keys are dropped; children before their parents.
  dropTable: 80,
  // edge: a sequence that a dropped table's default calls goes after that table.
  dropSequenceAfterTables: 81,
  // edge: after the tables, columns and type changes that held it.
  dropEnum: 85,
  // edge: after the tables that used it and the objects that depended on it.
  dropObjectLate: 86,
  // edge: after every step on an object in it.
  dropSchema: 90,
  // edge: after the tables, columns, routines and views it selects from.
  createView: 92,
  // edge: after its table or view and the function it calls.
  createOnTable: 93,
  // edge: after the object it is on.
  comment: 95,
  // priority only: after everything this plan creates, which PostgreSQL would otherwise grant
  // them on (the target's own grants on those are their privileges).
  defaultPrivileges: 96,
} as const;

/** A step with its priority, its dependencies and whether it touches a table that already
 * holds rows. */
export interface Planned {
  readonly priority: number;
  readonly deps: Deps;
  readonly step: Step;
  readonly existing: boolean;
  /** Index builds, validations and rewrites: run under the long statement timeout. */
  readonly long: boolean;
}

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

/** Collects planned steps for one plan. */
export class PlanContext implements TypeKeys {
  readonly planned: Planned[] = [];
  private readonly newTables = new Set<string>();
  /** The change being planned (an index into the plan's changes), for each step's provenance;
   * steps planned for several tables at once take their table's AddTable or DropTable. */
  private source: number | undefined;
  private readonly tableSources = new Map<string, number>();
  /** Enum type keys by canonical name; a rebuilt enum's old columns hold the type moved aside. */
  private readonly enumTypes = new Map<string, string>();
  private readonly rebuiltEnums = new Map<string, string>();

  constructor(
    readonly from: Schema,
    readonly to: Schema,
    readonly online: boolean,
    newTables: readonly TableRef[],
  ) {
    for (const t of newTables) this.newTables.add(k(t.schema, t.name));
    for (const e of [...from.enums, ...to.enums]) this.enumTypes.set(qualifiedName(e.schema, e.name), key.type(e.schema, e.name));
  }

  /** The key of an enum type (or an array of one) by its canonical name. */
  typeKey(type: string): string | undefined {
    return this.enumTypes.get(type.replace(/\[\]$/, ''));
  }

  /** Records an enum this plan rebuilds: its old name moves aside (enum-steps.ts). */
  rebuilt(schema: string, name: string): string {
    const aside = makeObjectName(name, undefined, 'gen_old');
    this.rebuiltEnums.set(key.type(schema, name), key.type(schema, aside));
    return aside;
  }

  /** The key of the type an existing column holds until this plan changes it. */
  oldTypeKey(type: string): string | undefined {
    const k = this.typeKey(type);
    return k !== undefined ? (this.rebuiltEnums.get(k) ?? k) : undefined;
  }

  /** Whether to use the online tactics (CONCURRENTLY, USING INDEX, NOT VALID foreign keys) on
   * `t`: PostgreSQL supports none of them on a partitioned table. */
  onlineFor(t: TableRef): boolean {
    const partitioned = (s: Schema) => s.tables.some((x) => x.schema === t.schema && x.name === t.name && x.partitionBy !== undefined);
    return this.online && !partitioned(this.to) && !partitioned(this.from);
  }

  /** True when the table is created by this plan (empty, so no lock or scan concerns). */
  isNew(t: TableRef): boolean {
    return this.newTables.has(k(t.schema, t.name));
  }

  /** True when a canonical type names a user enum (or an array of one). */
  isEnumType(type: string): boolean {
    return this.typeKey(type) !== undefined;
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

  /** Adds a step: what it creates, drops and needs comes from its operation (keys.ts), plus
   * `deps` for what only the caller knows. */
  add(priority: number, op: Op, why: string, opts: { hazards?: readonly Hazard[]; transactional?: boolean; isolate?: boolean; existing?: boolean; long?: boolean; lintIgnore?: Step['lintIgnore']; deps?: Deps } = {}): void {
    const hazards = HAZARDS.filter((h) => opts.hazards?.includes(h));
    this.planned.push({
      priority,
      deps: merge(opDeps(op, this), opts.deps),
      existing: opts.existing ?? false,
      long: opts.long ?? false,
      step: { op, hazards, transactional: opts.transactional ?? true, isolate: opts.isolate ?? false, why, ...(opts.lintIgnore ? { lintIgnore: opts.lintIgnore } : {}), ...provenance(this.sourceOf(op)) },
    });
  }
}

function merge(a: Deps, b: Deps | undefined): Deps {
  if (b === undefined) return a;
  return { creates: [...(a.creates ?? []), ...(b.creates ?? [])], drops: [...(a.drops ?? []), ...(b.drops ?? [])], needs: [...(a.needs ?? []), ...(b.needs ?? [])] };
}

function provenance(index: number | undefined): { changes?: readonly number[] } {
  return index !== undefined ? { changes: [index] } : {};
}

/** `schema.table` for messages. */
export function label(t: TableRef, column?: string): string {
  return `${qualifiedName(t.schema, t.name)}${column !== undefined ? `.${column}` : ''}`;
}
