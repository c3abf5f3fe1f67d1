/** Changes of managed objects (views, functions, triggers, ...). An object whose definition
 * differs is replaced in place where PostgreSQL allows it (`CREATE OR REPLACE` with the same
 * arguments, a view whose columns only grow at the end), else dropped and created; so is every
 * object that depends on something this migration drops, re-creates or retypes (PostgreSQL
 * refuses to alter a column type under a view, a trigger or a policy that uses it). */
import type { ObjectPart, ObjectRef, SchemaObject } from '../model/types.js';
import type { Change } from './changes.js';

/** An object's identity: an extension's name alone (one per database), else kind, schema,
 * table and name. */
export function objectKey(o: Pick<SchemaObject, 'kind' | 'schema' | 'name' | 'table'>): string {
  return o.kind === 'extension' ? `extension\u0000${o.name}` : `${o.kind}\u0000${o.schema}\u0000${o.table ?? ''}\u0000${o.name}`;
}

export const refKey = (r: ObjectRef): string => {
  switch (r.kind) {
    case 'table':
      return r.column !== undefined ? `column\u0000${r.schema}\u0000${r.name}\u0000${r.column}` : `table\u0000${r.schema}\u0000${r.name}`;
    case 'enum':
    case 'sequence':
      return `${r.kind}\u0000${r.schema}\u0000${r.name}`;
    default:
      return objectKey(r);
  }
};

/** What an object `from` needs is gone or changed by the table changes: dropped tables and
 * columns, retyped columns, rebuilt enums. */
export function goneByTables(changes: readonly Change[]): Set<string> {
  const gone = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'DropTable') {
      gone.add(`table\u0000${c.table.schema}\u0000${c.table.name}`);
      for (const col of c.table.columns) gone.add(`column\u0000${c.table.schema}\u0000${c.table.name}\u0000${col.name}`);
    } else if (c.kind === 'DropColumn') gone.add(`column\u0000${c.table.schema}\u0000${c.table.name}\u0000${c.column.name}`);
    else if (c.kind === 'AlterColumn' && c.changed.some((f) => f === 'type' || f === 'collation' || f === 'generated')) gone.add(`column\u0000${c.table.schema}\u0000${c.table.name}\u0000${c.from.name}`);
    else if (c.kind === 'RecreateEnum') gone.add(`enum\u0000${c.from.schema}\u0000${c.from.name}`);
  }
  return gone;
}

/** A composite type's attributes, each as the statements that add and drop it (its `shape`). */
const attributesOf = (o: SchemaObject): ObjectPart[] => (JSON.parse(o.shape ?? '[]') as [string, string][]).map(([add, remove]) => ({ add, remove }));

/** The attributes to drop and to append that turn composite type `from` into `to`, or undefined
 * when that cannot (an attribute that stays moves, or a new one comes before one that stays). */
export function attributeChanges(from: SchemaObject, to: SchemaObject): { remove: ObjectPart[]; add: ObjectPart[] } | undefined {
  const a = attributesOf(from);
  const b = attributesOf(to);
  const inB = new Set(b.map((x) => x.add));
  const inA = new Set(a.map((x) => x.add));
  const kept = a.filter((x) => inB.has(x.add));
  const keptCount = b.findIndex((x) => !inA.has(x.add));
  const prefix = keptCount < 0 ? b : b.slice(0, keptCount);
  if (prefix.length !== kept.length || prefix.some((x, i) => x.add !== kept[i]!.add)) return undefined;
  return { remove: a.filter((x) => !inB.has(x.add)), add: b.slice(prefix.length) };
}

/** True when `CREATE OR REPLACE` (for a composite type, ALTER TYPE) turns `from` into `to`. */
function replaceableInPlace(from: SchemaObject, to: SchemaObject): boolean {
  switch (from.kind) {
    case 'composite type':
      return attributeChanges(from, to) !== undefined;
    case 'function':
    case 'procedure':
      return from.shape !== undefined && from.shape === to.shape;
    case 'view':
      // CREATE OR REPLACE VIEW may add columns at the end, never change or drop one.
      return from.shape !== undefined && to.shape !== undefined && (to.shape === from.shape || to.shape.startsWith(`${from.shape}\n`));
    default:
      return false;
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Equal definitions: the version-independent form where there is one, else the statements. */
const sameDefinition = (a: SchemaObject, b: SchemaObject) => (a.compare !== undefined && b.compare !== undefined ? a.compare === b.compare : sameList(a.create, b.create));
const partsOf = (o: SchemaObject) => (o.parts ?? []).map((p) => p.add);

/** The object changes from `from` to `to`, given the table changes planned beside them. */
export function diffObjects(from: readonly SchemaObject[], to: readonly SchemaObject[], tableChanges: readonly Change[]): Change[] {
  const toByKey = new Map(to.map((o) => [objectKey(o), o]));
  const fromByKey = new Map(from.map((o) => [objectKey(o), o]));
  const gone = goneByTables(tableChanges);
  const recreate = new Map<string, string>();
  const inPlace = new Set<string>();
  for (const o of from) {
    const k = objectKey(o);
    const t = toByKey.get(k);
    if (t === undefined) gone.add(k);
    else if (!sameDefinition(o, t)) {
      if (replaceableInPlace(o, t)) inPlace.add(k);
      else {
        recreate.set(k, 'its definition changes');
        gone.add(k);
      }
    }
  }
  // Dependents of whatever goes are re-created, transitively.
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of from) {
      const k = objectKey(o);
      if (gone.has(k) || !toByKey.has(k)) continue;
      const hit = (o.dependsOn ?? []).find((r) => gone.has(refKey(r)));
      if (hit === undefined) continue;
      recreate.set(k, `it depends on ${hit.kind} ${hit.schema}.${hit.name}${'column' in hit && hit.column !== undefined ? `.${hit.column}` : ''}, which this migration drops or changes`);
      inPlace.delete(k);
      gone.add(k);
      grew = true;
    }
  }
  const out: Change[] = [];
  for (const o of from) {
    const k = objectKey(o);
    const t = toByKey.get(k);
    if (t === undefined) out.push({ kind: 'DropObject', object: o });
    else if (recreate.has(k)) out.push({ kind: 'AlterObject', from: o, to: t, mode: 'recreate', reason: recreate.get(k)! });
    else {
      if (inPlace.has(k)) out.push({ kind: 'AlterObject', from: o, to: t, mode: 'replace' });
      else if (!sameList(partsOf(o), partsOf(t))) out.push({ kind: 'AlterObject', from: o, to: t, mode: 'parts' });
      if (o.comment !== t.comment) out.push({ kind: 'AlterObjectComment', object: t, ...(o.comment !== undefined ? { from: o.comment } : {}), ...(t.comment !== undefined ? { to: t.comment } : {}) });
    }
  }
  for (const t of to) if (!fromByKey.has(objectKey(t))) out.push({ kind: 'AddObject', object: t });
  return out;
}
