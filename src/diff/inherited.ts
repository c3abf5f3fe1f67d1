/** The attributes of columns a table only inherits (see src/model/inheritance.ts). A parent's
 * ALTER COLUMN (SET/DROP DEFAULT, SET/DROP NOT NULL, SET STORAGE, SET COMPRESSION, TYPE)
 * recurses to its children, so what a child's column holds after the parent's steps is the
 * parent's new value for each attribute the parent changes, and its own old value for the rest:
 * a change here is what remains between that and the target, applied after the parent's. */
import { type FindTable, changedInheritedFields, effectiveColumn, inheritedBaseline } from '../model/inheritance.js';
import type { Column, InheritedColumn, Schema, Table } from '../model/types.js';
import type { Change } from './changes.js';

const key = (schema: string, name: string) => `${schema}\u0000${name}`;

function finder(tables: readonly Table[]): FindTable {
  const m = new Map(tables.map((t) => [key(t.schema, t.name), t]));
  return (schema, name) => m.get(key(schema, name));
}

/** The local column that `column` of `t` comes from (the nearest ancestor's own). */
function definingColumn(find: FindTable, t: Table, column: string, depth = 0): Column | undefined {
  if (depth > 100) return undefined;
  const local = t.columns.find((c) => c.name === column);
  if (local !== undefined) return local;
  for (const p of t.inherits ?? []) {
    const parent = find(p.schema, p.name);
    const got = parent !== undefined ? definingColumn(find, parent, column, depth + 1) : undefined;
    if (got !== undefined) return got;
  }
  return undefined;
}

/** How deep `t` sits below tables without parents: parents' changes are listed first, so that a
 * child's step follows the parent's (whose ALTER reaches the child too). */
function depthOf(find: FindTable, t: Table, seen = 0): number {
  if (seen > 100 || (t.inherits ?? []).length === 0) return 0;
  return (
    1 +
    Math.max(
      ...(t.inherits ?? []).map((p) => {
        const parent = find(p.schema, p.name);
        return parent !== undefined ? depthOf(find, parent, seen + 1) : 0;
      }),
    )
  );
}

/** `from` carries the declared renames (table and column names as in `to`). */
export function diffInheritedColumns(from: readonly Table[], to: Schema): Change[] {
  const findFrom = finder(from);
  const findTo = finder(to.tables);
  const out: { depth: number; change: Change }[] = [];
  for (const t of to.tables) {
    const before = findFrom(t.schema, t.name);
    const names = new Set([...(t.inheritedColumns ?? []), ...(before?.inheritedColumns ?? [])].map((c) => c.name));
    for (const name of [...names].sort()) {
      const target = effectiveColumn(findTo, t, name);
      // A column the table now has as its own (or no longer has) is the table diff's business.
      if (target === undefined || t.columns.some((c) => c.name === name)) continue;
      const given = inheritedBaseline(findTo, t, name);
      const old = before !== undefined && !before.columns.some((c) => c.name === name) ? effectiveColumn(findFrom, before, name) : undefined;
      let predicted: InheritedColumn | undefined = given;
      if (old !== undefined && given !== undefined && before !== undefined) {
        const was = inheritedBaseline(findFrom, before, name);
        const retyped = storedType(definingColumn(findFrom, before, name)) !== storedType(definingColumn(findTo, t, name));
        // The parent's steps set each attribute they change on the child as well; a type change
        // drops and sets the default again.
        const moved = (f: 'default' | 'nullable' | 'storage' | 'compression') => was === undefined || was[f] !== given[f] || (f === 'default' && retyped);
        predicted = {
          name,
          nullable: moved('nullable') ? given.nullable : old.nullable,
          ...pick('default', moved('default') ? given : old),
          ...pick('storage', moved('storage') ? given : old),
          ...pick('compression', moved('compression') ? given : old),
          ...pick('comment', old),
        };
      }
      if (predicted === undefined) continue;
      const changed = changedInheritedFields(predicted, target);
      if (changed.length > 0) out.push({ depth: depthOf(findTo, t), change: { kind: 'AlterInheritedColumn', table: { schema: t.schema, name: t.name }, from: predicted, to: target, changed } });
    }
  }
  return out.sort((a, b) => a.depth - b.depth).map((x) => x.change);
}

const SERIAL_BASE: Record<string, string> = { serial: 'integer', bigserial: 'bigint', smallserial: 'smallint' };
/** A column's type as stored: a serial column is an integer one (the parent reads as `serial` or
 * not depending on how many defaults call its sequence, children's included). */
const storedType = (c: Column | undefined) => (c !== undefined ? (SERIAL_BASE[c.type] ?? c.type) : undefined);

function pick<F extends 'default' | 'storage' | 'compression' | 'comment'>(f: F, c: InheritedColumn): Partial<Pick<InheritedColumn, F>> {
  return c[f] !== undefined ? ({ [f]: c[f] } as Partial<Pick<InheritedColumn, F>>) : {};
}
