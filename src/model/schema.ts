/** Whole-schema helpers: canonical ordering, equality and the fingerprint used for drift checks. */
import { createHash } from 'node:crypto';
import type { Schema, SchemaObject, Table } from './types.js';

const byKey = <T extends { schema: string; name: string }>(a: T, b: T) => (a.schema < b.schema ? -1 : a.schema > b.schema ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** Objects by kind, schema, table and name. */
export const byObject = (a: SchemaObject, b: SchemaObject): number => {
  for (const [x, y] of [
    [a.kind, b.kind],
    [a.schema, b.schema],
    [a.table ?? '', b.table ?? ''],
    [a.name, b.name],
  ] as const)
    if (x !== y) return x < y ? -1 : 1;
  return 0;
};
export const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The canonical order: schemas, enums and tables by name; constraints and indexes by name.
 * Column order is meaningful and kept. */
export function sortSchema(s: Schema): Schema {
  // Introspected and lowered schemas are already in this order: then nothing is copied.
  const tableSorted = (t: Table) =>
    isSorted(t.uniques, byName) &&
    isSorted(t.indexes, byName) &&
    isSorted(t.foreignKeys, byName) &&
    isSorted(t.checks, byName) &&
    (t.exclusions === undefined || (t.exclusions.length > 0 && isSorted(t.exclusions, byName))) &&
    (t.inheritedColumns === undefined || (t.inheritedColumns.length > 0 && isSorted(t.inheritedColumns, byName)));
  // Optional lists: an empty one is dropped so that schemas without any compare equal.
  const sequencesSorted = s.sequences === undefined || (s.sequences.length > 0 && isSorted(s.sequences, byKey, true));
  const comments = s.schemaComments;
  const commentsOk = comments === undefined || (comments.length > 0 && isSorted(comments, byName, true));
  const heldOk = s.schemasWithUnmanaged === undefined || (s.schemasWithUnmanaged.length > 0 && isSorted(s.schemasWithUnmanaged, (a, b) => (a < b ? -1 : a > b ? 1 : 0), true));
  const objectsOk = s.objects === undefined || (s.objects.length > 0 && isSorted(s.objects, byObject, true));
  if (objectsOk && heldOk && commentsOk && sequencesSorted && isSorted(s.schemas, (a, b) => (a < b ? -1 : a > b ? 1 : 0), true) && isSorted(s.enums, byKey) && isSorted(s.tables, byKey) && s.tables.every(tableSorted)) return s;
  const { sequences, schemaComments: _drop, schemasWithUnmanaged: held, objects, ...rest } = s;
  return {
    ...rest,
    schemas: [...new Set(s.schemas)].sort(),
    // An empty list is the absent field: old literals and canonicalJson keep comparing equal.
    ...(comments !== undefined && comments.length > 0 ? { schemaComments: [...new Map(comments.map((c) => [c.name, c])).values()].sort(byName) } : {}),
    enums: [...s.enums].sort(byKey),
    tables: [...s.tables].sort(byKey).map((t) => {
      if (tableSorted(t)) return t;
      const { exclusions, inheritedColumns, ...rest } = t;
      return {
        ...rest,
        uniques: [...t.uniques].sort(byName),
        indexes: [...t.indexes].sort(byName),
        foreignKeys: [...t.foreignKeys].sort(byName),
        checks: [...t.checks].sort(byName),
        // Absent when empty, so schemas without exclusion constraints keep their old shape.
        ...(exclusions !== undefined && exclusions.length > 0 ? { exclusions: [...exclusions].sort(byName) } : {}),
        ...(inheritedColumns !== undefined && inheritedColumns.length > 0 ? { inheritedColumns: [...inheritedColumns].sort(byName) } : {}),
      };
    }),
    ...(sequences !== undefined && sequences.length > 0 ? { sequences: [...sequences].sort(byKey) } : {}),
    ...(held !== undefined && held.length > 0 ? { schemasWithUnmanaged: [...new Set(held)].sort() } : {}),
    ...(objects !== undefined && objects.length > 0 ? { objects: [...objects].sort(byObject) } : {}),
  };
}

/** True when `xs` is in `cmp` order (strictly, when `strict`: no duplicates). */
function isSorted<T>(xs: readonly T[], cmp: (a: T, b: T) => number, strict = false): boolean {
  for (let i = 1; i < xs.length; i++) {
    const c = cmp(xs[i - 1]!, xs[i]!);
    if (c > 0 || (strict && c === 0)) return false;
  }
  return true;
}

/** JSON with object keys sorted and undefined fields left out: a canonical serialisation. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .filter((k) => o[k] !== undefined)
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

/** True when two schemas mean the same database. */
export function schemasEqual(a: Schema, b: Schema): boolean {
  return canonicalJson(sortSchema(a)) === canonicalJson(sortSchema(b));
}

/** A stable sha256 fingerprint of a schema (hex), independent of declaration order. */
export function fingerprint(s: Schema): string {
  return createHash('sha256')
    .update(canonicalJson(sortSchema(s)))
    .digest('hex');
}
