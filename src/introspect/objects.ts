/** Rows of objects.sql and dependencies.sql → `SchemaObject`s with what each depends on and the
 * tables that use it. Pure. */
import type { ObjectKind, ObjectRef, SchemaObject, TableName } from '../model/types.js';
import type { DependencyRow, ObjectRow, TableRow } from './rows.js';

const OBJECT_KINDS: ReadonlySet<string> = new Set<ObjectKind>([
  'extension',
  'collation',
  'domain',
  'composite type',
  'range type',
  'function',
  'procedure',
  'aggregate',
  'view',
  'materialized view',
  'view index',
  'trigger',
  'policy',
  'row security',
  'privileges',
  'default privileges',
]);

/** True for the kinds `SchemaObject` has. */
export const isObjectKind = (kind: string): kind is ObjectKind => OBJECT_KINDS.has(kind);

/** A dependency row as a reference, or undefined for what gen does not track (a TOAST table). */
function refOf(r: DependencyRow): ObjectRef | undefined {
  if (r.kind === null || r.schema === null || r.name === null) return undefined;
  if (r.kind === 'table') return { kind: 'table', schema: r.schema, name: r.name, ...(r.column !== null ? { column: r.column } : {}) };
  if (r.kind === 'enum' || r.kind === 'sequence') return { kind: r.kind, schema: r.schema, name: r.name };
  return isObjectKind(r.kind) ? { kind: r.kind, schema: r.schema, name: r.name } : undefined;
}

const same = (o: ObjectRow, r: ObjectRef) => r.kind === o.kind && r.schema === o.schema && r.name === o.name;

/** What each dependent depends on, by its handle: each list without repeats, in code-point order
 * of kind, schema, name and column (sorted here rather than in SQL, where a sort of every
 * pg_depend row spills to disk on a large schema and follows the database's collation). */
export function dependenciesByHandle(deps: readonly DependencyRow[]): Map<string, ObjectRef[]> {
  const keyed = new Map<string, Map<string, ObjectRef>>();
  for (const d of deps) {
    const ref = refOf(d);
    if (ref === undefined) continue;
    const key = `${ref.kind}\u0000${ref.schema}\u0000${ref.name}\u0000${'column' in ref ? ref.column : ''}`;
    const refs = keyed.get(d.handle);
    if (refs === undefined) keyed.set(d.handle, new Map([[key, ref]]));
    else if (!refs.has(key)) refs.set(key, ref);
  }
  const byHandle = new Map<string, ObjectRef[]>();
  for (const [handle, refs] of keyed) {
    byHandle.set(
      handle,
      [...refs.keys()].sort(codePoints).map((k) => refs.get(k) as ObjectRef),
    );
  }
  return byHandle;
}

const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The managed objects, each with its dependencies and the tables that use it. */
export function mapObjects(rows: readonly ObjectRow[], byHandle: ReadonlyMap<string, readonly ObjectRef[]>, tables: readonly TableRow[]): SchemaObject[] {
  // Tables by handle, for what their columns, defaults, checks and indexes use.
  const usedBy = new Map<string, TableName[]>();
  for (const t of tables) {
    for (const ref of byHandle.get(`pg_class:${t.oid}`) ?? []) {
      if (!isObjectKind(ref.kind)) continue;
      const k = `${ref.kind}\u0000${ref.schema}\u0000${ref.name}`;
      const list = usedBy.get(k) ?? [];
      if (!list.some((x) => x.schema === t.schema && x.name === t.name)) list.push({ schema: t.schema, name: t.name });
      usedBy.set(k, list);
    }
  }
  const rowsByHandle = new Map(rows.map((o) => [o.handle, o]));
  return rows.map((o) => {
    // Privileges depend on what they are on: granted again when it is created again.
    const target = o.handle.startsWith('acl:') ? rowsByHandle.get(o.handle.slice(4)) : undefined;
    const on: ObjectRef[] = target !== undefined && isObjectKind(target.kind) ? [{ kind: target.kind, schema: target.schema, name: target.name }] : [];
    // A column's privileges (handle `acl:column:<oid>:<name>`) depend on the column.
    if (o.handle.startsWith('acl:column:') && o.tbl !== null) on.push({ kind: 'table', schema: o.schema, name: o.tbl, column: o.handle.split(':').slice(3).join(':') });
    const dependsOn = dedupe([...(byHandle.get(o.handle) ?? []).filter((r) => !same(o, r)), ...on, ...(o.tbl !== null && o.kind !== 'view index' ? [{ kind: 'table' as const, schema: o.schema, name: o.tbl }] : [])]);
    const users = usedBy.get(`${o.kind}\u0000${o.schema}\u0000${o.name}`);
    const parts = o.parts ?? [];
    return {
      kind: o.kind as ObjectKind,
      schema: o.schema,
      name: o.name,
      ...(o.tbl !== null ? { table: o.tbl } : {}),
      create: o.create,
      ...(parts.length > 0 ? { parts: parts.map((add, i) => ({ add, remove: o.parts_remove?.[i] ?? '' })) } : {}),
      drop: o.drop,
      ...(o.comment_on !== null ? { commentOn: o.comment_on } : {}),
      ...(o.shape !== null ? { shape: o.shape } : {}),
      ...(o.comment !== null ? { comment: o.comment } : {}),
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
      ...(users !== undefined ? { usedBy: users } : {}),
    };
  });
}

/** References without repeats, in a stable order. */
function dedupe(refs: readonly ObjectRef[]): ObjectRef[] {
  const seen = new Map<string, ObjectRef>();
  for (const r of refs) seen.set(JSON.stringify([r.kind, r.schema, r.name, 'table' in r ? r.table : undefined, 'column' in r ? r.column : undefined]), r);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}
