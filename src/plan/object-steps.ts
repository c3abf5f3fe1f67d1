/** Steps for managed objects (views, functions, triggers, ...): created in their kind's place
 * (extensions and types first, routines before tables, views and triggers after them), dropped
 * in reverse, and ordered among themselves and against tables by what each depends on. */
import type { Change, TableRef } from '../diff/changes.js';
import { objectLabel } from '../diff/describe.js';
import { attributeChanges } from '../diff/objects.js';
import type { ObjectKind, ObjectPart, Schema, SchemaObject } from '../model/types.js';
import { assertNever } from '../model/types.js';
import { PRIORITY, type PlanContext, type Planned } from './context.js';
import { old } from './graph.js';
import { key, refKey } from './keys.js';
import type { Hazard, Op } from './types.js';

/** Kinds whose objects live on a table or view (dropped with it). */
const ON_RELATION: ReadonlySet<ObjectKind> = new Set(['trigger', 'policy', 'row security', 'view index', 'privileges']);

/** Where a kind is created: extensions and types before tables, routines before the tables
 * whose defaults and checks call them, views and what hangs on tables after the tables. */
function createPriority(kind: ObjectKind): number {
  switch (kind) {
    case 'extension':
      return PRIORITY.createExtension;
    case 'collation':
    case 'domain':
    case 'composite type':
    case 'range type':
      return PRIORITY.createType;
    case 'function':
    case 'procedure':
    case 'aggregate':
      return PRIORITY.createRoutine;
    case 'view':
    case 'materialized view':
      return PRIORITY.createView;
    case 'view index':
    case 'trigger':
    case 'policy':
    case 'row security':
    case 'privileges':
      return PRIORITY.createOnTable;
    case 'default privileges':
      return PRIORITY.defaultPrivileges;
    default:
      return assertNever(kind, 'plan');
  }
}

/** Views and what hangs on tables go first (nothing on tables depends on them); types, routines
 * and extensions last, once the tables that use them are gone or changed. */
const dropPriority = (kind: ObjectKind) => (createPriority(kind) >= PRIORITY.createView ? PRIORITY.dropObjectEarly : PRIORITY.dropObjectLate);

const relKey = (schema: string, name: string) => `${schema}\u0000${name}`;
/** A key that a routine's drop step creates: what must follow the drop needs it. */
const gone = (routine: string) => `gone:${routine}`;

/** The kinds a table column can hold (as its type or collation). */
const COLUMN_TYPES: ReadonlySet<ObjectKind> = new Set(['collation', 'domain', 'composite type', 'range type']);

/** The tables, views and materialized views this plan drops (re-created ones too): what hangs
 * on them goes with them, so their own DROP would fail. */
export function droppedRelations(changes: readonly Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'DropTable') out.add(relKey(c.table.schema, c.table.name));
    const o = c.kind === 'DropObject' ? c.object : c.kind === 'AlterObject' && c.mode === 'recreate' ? c.from : undefined;
    if (o !== undefined && (o.kind === 'view' || o.kind === 'materialized view')) out.add(relKey(o.schema, o.name));
  }
  return out;
}

/** Dropping it, unless what it hangs on is dropped by this plan. One to be created again goes
 * first of all, whatever its kind: it may stand in the way of a column type change. */
function drop(ctx: PlanContext, o: SchemaObject, gone: ReadonlySet<string>, why: string, again: boolean): void {
  if (o.table !== undefined && ON_RELATION.has(o.kind) && gone.has(relKey(o.schema, o.table))) return;
  const hazards: Hazard[] = o.kind === 'view' || o.kind === 'materialized view' || o.kind === 'function' || o.kind === 'procedure' ? ['BREAKS_CLIENTS'] : [];
  // It exists (and DROP VIEW, DROP TRIGGER, DROP POLICY lock what they are on): the timeouts apply.
  ctx.add(again ? PRIORITY.dropObjectEarly : dropPriority(o.kind), { op: 'dropObject', object: o }, why, { hazards, existing: true });
}

const onExistingTable = (ctx: PlanContext, o: SchemaObject) => o.table !== undefined && o.kind !== 'view index' && !ctx.isNew({ schema: o.schema, name: o.table });

function create(ctx: PlanContext, o: SchemaObject): void {
  ctx.add(createPriority(o.kind), { op: 'createObject', object: o }, `create ${objectLabel(o)}`, { existing: onExistingTable(ctx, o) });
  if (o.comment !== undefined && o.commentOn !== undefined) ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'object', object: o }, text: o.comment }, `comment on ${objectLabel(o)}`);
}

const missing = (xs: readonly ObjectPart[], ys: readonly ObjectPart[]) => xs.filter((x) => !ys.some((y) => y.add === x.add));

/** The steps of one object change. */
export function objectStep(ctx: PlanContext, c: Extract<Change, { kind: 'AddObject' | 'DropObject' | 'AlterObject' | 'AlterObjectComment' }>, gone: ReadonlySet<string>): void {
  switch (c.kind) {
    case 'AddObject':
      create(ctx, c.object);
      return;
    case 'DropObject':
      drop(ctx, c.object, gone, `drop ${objectLabel(c.object)}`, false);
      return;
    case 'AlterObject': {
      const o = c.to;
      if (c.mode === 'recreate') {
        // A type or collation that columns hold cannot be dropped under them.
        const holders = COLUMN_TYPES.has(c.from.kind) ? (c.from.usedBy ?? []).filter((t) => !gone.has(relKey(t.schema, t.name))) : [];
        if (holders.length > 0) {
          const message = `${objectLabel(c.from)} must be created again (${c.reason ?? 'its definition changes'}), but columns of ${holders.map((t) => `${t.schema}.${t.name}`).join(', ')} use it and PostgreSQL cannot drop it under them: move those columns to another type or collation in one migration, then change it`;
          ctx.add(PRIORITY.timeouts + 1, { op: 'refuse', message }, message, { existing: true });
          return;
        }
        drop(ctx, c.from, gone, `drop ${objectLabel(c.from)} to create it again: ${c.reason ?? 'its definition changes'}`, true);
        create(ctx, o);
        return;
      }
      const attributes = c.mode === 'replace' && o.kind === 'composite type' ? attributeChanges(c.from, o) : undefined;
      if (attributes !== undefined) ctx.add(createPriority(o.kind), { op: 'alterObjectParts', object: o, ...attributes }, `alter the attributes of ${objectLabel(o)}`, { hazards: attributes.remove.length > 0 ? ['DELETES_DATA'] : [] });
      else if (c.mode === 'replace') ctx.add(createPriority(o.kind), { op: 'replaceObject', object: o }, `replace ${objectLabel(o)}`, { existing: onExistingTable(ctx, o) });
      const remove = missing(c.from.parts ?? [], o.parts ?? []);
      const add = missing(o.parts ?? [], c.from.parts ?? []);
      if (remove.length + add.length > 0) ctx.add(createPriority(o.kind), { op: 'alterObjectParts', object: o, remove, add }, `alter ${objectLabel(o)}`, { existing: true });
      return;
    }
    case 'AlterObjectComment':
      ctx.add(PRIORITY.comment, { op: 'comment', target: { kind: 'object', object: c.object }, ...(c.to !== undefined ? { text: c.to } : {}) }, `comment on ${objectLabel(c.object)}`);
      return;
    default:
      assertNever(c, 'plan');
  }
}

/** The table a step works on, if any. */
function stepTable(op: Op): TableRef | undefined {
  if (!('table' in op)) return undefined;
  const t = op.table as TableRef | undefined;
  return t !== undefined && typeof t === 'object' && 'name' in t ? t : undefined;
}

/** Steps on a table that uses an object this plan creates (a domain column, a default calling a
 * new function) wait for it; steps on a table that used one this plan drops go before the drop,
 * except those that put back what called a dropped routine (`after`, see routine-users.ts):
 * they go after it (its drop step creates the key `gone:<routine>`, which they need). */
export function withObjectUses(
  planned: Planned[],
  from: Schema,
  to: Schema,
  changes: readonly Change[],
  routineUsers: { readonly before: ReadonlyMap<number, readonly string[]>; readonly after: ReadonlyMap<number, readonly string[]> } = { before: new Map(), after: new Map() },
): void {
  const { before, after } = routineUsers;
  const followed = new Set([...after.values()].flat());
  for (const [i, p] of planned.entries()) {
    if (p.step.op.op === 'dropObject' && followed.has(key.object(p.step.op.object))) planned[i] = { ...p, deps: { ...p.deps, creates: [...(p.deps.creates ?? []), gone(key.object(p.step.op.object))] } };
  }
  const added = new Set<string>();
  const dropped = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'AddObject') added.add(key.object(c.object));
    if (c.kind === 'DropObject') dropped.add(key.object(c.object));
  }
  if (added.size + dropped.size === 0 && after.size === 0) return;
  const follows = (p: Planned) => (p.step.changes ?? []).flatMap((c) => after.get(c) ?? []);
  const precedes = (p: Planned) => (p.step.changes ?? []).flatMap((c) => before.get(c) ?? []);
  const uses = new Map<string, string[]>();
  const note = (schema: Schema, keep: ReadonlySet<string>, wrap: (k: string) => string) => {
    for (const o of schema.objects ?? []) {
      const k = key.object(o);
      if (!keep.has(k)) continue;
      for (const t of o.usedBy ?? []) {
        const tk = relKey(t.schema, t.name);
        uses.set(tk, [...(uses.get(tk) ?? []), wrap(k)]);
      }
    }
  };
  note(to, added, (k) => k);
  note(from, dropped, old);
  // A trigger or policy goes with its dropped table (no DROP of its own): the function it
  // calls may only be dropped after that table.
  for (const x of from.objects ?? []) {
    if (x.table === undefined || !ON_RELATION.has(x.kind)) continue;
    const tk = relKey(x.schema, x.table);
    for (const r of x.dependsOn ?? []) {
      const k = refKey(r);
      if (dropped.has(k)) uses.set(tk, [...(uses.get(tk) ?? []), old(k)]);
    }
  }
  for (const [i, p] of planned.entries()) {
    const t = stepTable(p.step.op);
    const routines = follows(p);
    const extra = [...((t !== undefined ? uses.get(relKey(t.schema, t.name)) : undefined) ?? []).filter((k) => !routines.some((r) => k === old(r))), ...routines.map(gone), ...precedes(p).map(old)];
    if (extra.length > 0) planned[i] = { ...p, deps: { ...p.deps, needs: [...(p.deps.needs ?? []), ...extra] } };
  }
}
