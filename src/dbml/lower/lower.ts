/** Lowering: a bound `DbmlDocument` becomes the PostgreSQL `Schema` — partials expanded, types
 * and defaults canonical, every constraint and index named as PostgreSQL would name it. */
import { NameScope } from '../../model/naming.js';
import { byName, sortSchema } from '../../model/schema.js';
import type { Enum, Schema, Table } from '../../model/types.js';
import type { Rename } from '../../diff/changes.js';
import { expandColumns, expandIndexesAndChecks, partialMap } from '../bind/bind.js';
import { type Custom, type DbmlDocument, type DbmlTable, RENAMED_FROM } from '../document.js';
import { Canon } from './canon.js';
import { constraints } from './constraints.js';
import { type Draft, type LowerWarning, draftKey, draftTable } from './draft.js';
import { foreignKeys } from './foreign-keys.js';

export type { LowerWarning };

/** Lowers a document to the schema model. */
export function lower(doc: DbmlDocument): { schema: Schema; warnings: LowerWarning[]; renames: Rename[] } {
  const warnings: LowerWarning[] = [];
  const partials = partialMap(doc);
  // Asked once per column: schema first, so no key string is built per lookup.
  const enumNames = new Map<string, Set<string>>();
  for (const e of doc.enums) {
    let names = enumNames.get(e.schema);
    if (!names) enumNames.set(e.schema, (names = new Set()));
    names.add(e.name);
  }
  const canon = new Canon((s, n) => enumNames.get(s)?.has(n) === true);
  const scopes = new Map<string, NameScope>();
  const scope = (s: string) => {
    let sc = scopes.get(s);
    if (!sc) scopes.set(s, (sc = new NameScope()));
    return sc;
  };
  // (Indexed loops over tables here and below: lowering runs after the young generation has
  // grown on a large schema, and everything it allocates touches memory of its own — a `for … of`
  // not yet optimised allocates an iterator result per step.)
  const all = doc.tables;
  for (let i = 0; i < all.length; i++) scope(all[i]!.schema).reserveRelation(all[i]!.name);

  // By name (junction tables are added and must not collide), and by table for lookups.
  const drafts = new Map<string, Draft>();
  const draftOf = new Map<DbmlTable, Draft>();
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    const d = draftTable(t, partials, canon, warnings);
    drafts.set(draftKey(t.schema, t.name), d);
    draftOf.set(t, d);
  }

  // Names of explicitly named objects are reserved before any implicit name is chosen.
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    const { indexes, checks } = expandIndexesAndChecks(t, partials);
    for (let j = 0; j < indexes.length; j++) {
      const ix = indexes[j]!;
      if (ix.name === undefined) continue;
      if (ix.pk) scope(t.schema).reserveKey(ix.name);
      else scope(t.schema).reserveRelation(ix.name);
    }
    for (let j = 0; j < checks.length; j++) if (checks[j]!.name !== undefined) scope(t.schema).reserveConstraint(checks[j]!.name!);
  }
  for (const r of doc.refs) if (r.name !== undefined) scope(r.left.schema || 'public').reserveConstraint(r.name);

  for (let i = 0; i < all.length; i++) constraints(all[i]!, draftOf.get(all[i]!)!, partials, scope(all[i]!.schema), canon);
  foreignKeys(doc, drafts, draftOf, scope);

  const tables: Table[] = [];
  for (const d of drafts.values()) {
    // In the model's canonical order already (the drafts' lists are ours to sort): `sortSchema`
    // would otherwise copy every table whose indexes are not written in name order.
    // (The lists are the draft's own, at their exact size: sorted in place, kept as they are.)
    sortByName(d.uniques);
    sortByName(d.indexes);
    sortByName(d.foreignKeys);
    sortByName(d.checks);
    // (Keys in the model's usual order — goldens print it — every one in the literal: see
    // `columnOf` in canon.ts.)
    const { schema, name, columns, primaryKey, comment, uniques, indexes, foreignKeys, checks } = d;
    if (primaryKey) tables.push(comment === undefined ? { schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks } : { schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment });
    else tables.push(comment === undefined ? { schema, name, columns, uniques, indexes, foreignKeys, checks } : { schema, name, columns, uniques, indexes, foreignKeys, checks, comment });
  }
  const enums: Enum[] = doc.enums.map((e) => ({ schema: e.schema, name: e.name, values: e.values.map((v) => v.name) }));
  const schemas = new Set(['public', ...tables.map((t) => t.schema), ...enums.map((e) => e.schema)]);
  return { schema: sortSchema({ schemas: [...schemas], enums, tables }), warnings, renames: declaredRenames(doc, partials) };
}

/** Renames declared with `renamed_from` on tables, columns (partials' included) and enum values. */
function declaredRenames(doc: DbmlDocument, partials: ReadonlyMap<string, DbmlTable>): Rename[] {
  const out: Rename[] = [];
  const from = (custom: Custom) => custom.find(([k]) => k === RENAMED_FROM)?.[1];
  // Custom settings are rare: without any on a table or a column, there is nothing to expand.
  if (!doc.enums.some((e) => e.values.some((v) => v.renamedFrom !== undefined)) && !hasCustom(doc.tables) && !hasCustom(doc.partials)) return out;
  for (const t of doc.tables) {
    const old = from(t.custom);
    if (old !== undefined) out.push({ kind: 'table', schema: t.schema, from: old, to: t.name });
    for (const c of expandColumns(t, partials)) {
      const oldCol = from(c.custom);
      if (oldCol !== undefined) out.push({ kind: 'column', schema: t.schema, table: t.name, from: oldCol, to: c.name });
    }
  }
  for (const e of doc.enums) {
    for (const v of e.values) if (v.renamedFrom !== undefined) out.push({ kind: 'enumValue', schema: e.schema, enum: e.name, from: v.renamedFrom, to: v.name });
  }
  return out;
}

function hasCustom(tables: readonly DbmlTable[]): boolean {
  for (const t of tables) {
    if (t.custom.length > 0) return true;
    for (const it of t.items) if (it.kind === 'column' && it.custom.length > 0) return true;
  }
  return false;
}

/** Sorts a table's short list of named objects in place (an insertion sort: `Array#sort`
 * allocates a work list per call, and this runs four times per table). */
function sortByName<T extends { readonly name: string }>(xs: T[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && byName(xs[j]!, x) > 0; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
}
