/** Foreign keys that depend on a key this plan drops, or on a column whose type it changes. PostgreSQL refuses to drop a primary key,
 * unique constraint or unique index that a foreign key uses, so such a foreign key is dropped
 * first and added back (online: NOT VALID, then validated) once the new key exists. */
import type { Change } from '../diff/changes.js';
import type { Schema } from '../model/types.js';

const k = (schema: string, name: string, columns: readonly string[]) => `${schema}\u0000${name}\u0000${[...columns].sort().join('\u0000')}`;

/** `changes` plus a drop and re-add of every foreign key that references a dropped key. */
export function withDependentForeignKeys(changes: readonly Change[], to: Schema): Change[] {
  const droppedKeys = new Set<string>();
  const newTables = new Set<string>();
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'DropPrimaryKey') droppedKeys.add(k(c.table.schema, c.table.name, c.primaryKey.columns));
    else if (c.kind === 'DropUnique') droppedKeys.add(k(c.table.schema, c.table.name, c.unique.columns));
    else if ((c.kind === 'DropIndex' && c.index.unique) || (c.kind === 'ReplaceIndex' && c.from.unique)) {
      const ix = c.kind === 'DropIndex' ? c.index : c.from;
      if (ix.parts.every((p) => p.kind === 'column') && ix.where === undefined)
        droppedKeys.add(
          k(
            c.table.schema,
            c.table.name,
            ix.parts.map((p) => (p.kind === 'column' ? p.name : '')),
          ),
        );
    } else if (c.kind === 'AddTable') newTables.add(`${c.table.schema}\u0000${c.table.name}`);
    else if (c.kind === 'AddForeignKey' || c.kind === 'DropForeignKey') touched.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.foreignKey.name}`);
  }
  // A column whose type changes takes its foreign keys apart: PostgreSQL re-checks them after
  // each ALTER, and a key between old and new types is refused.
  const retyped = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'AlterColumn' && c.changed.includes('type')) retyped.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.to.name}`);
    // A rebuilt enum converts its columns one by one: a key between two of them breaks too.
    if (c.kind === 'RecreateEnum') for (const u of c.users) retyped.add(`${u.table.schema}\u0000${u.table.name}\u0000${u.column.name}`);
  }
  if (droppedKeys.size === 0 && retyped.size === 0) return [...changes, ...recreatedColumnDependents(changes, to)];
  const extra: Change[] = [];
  for (const t of to.tables) {
    if (newTables.has(`${t.schema}\u0000${t.name}`)) continue;
    for (const f of t.foreignKeys) {
      if (touched.has(`${t.schema}\u0000${t.name}\u0000${f.name}`)) continue;
      const usesRetyped = f.columns.some((c) => retyped.has(`${t.schema}\u0000${t.name}\u0000${c}`)) || f.refColumns.some((c) => retyped.has(`${f.refSchema}\u0000${f.refTable}\u0000${c}`));
      if (!usesRetyped && !droppedKeys.has(k(f.refSchema, f.refTable, f.refColumns))) continue;
      const table = { schema: t.schema, name: t.name };
      extra.push({ kind: 'DropForeignKey', table, foreignKey: f }, { kind: 'AddForeignKey', table, foreignKey: f });
    }
  }
  // A foreign key added back whole already has its target deferrability: no ALTER CONSTRAINT.
  const readded = new Set(extra.map((c) => (c.kind === 'AddForeignKey' ? `${c.table.schema}\u0000${c.table.name}\u0000${c.foreignKey.name}` : '')));
  const kept = changes.filter((c) => c.kind !== 'AlterForeignKeyDeferrable' || !readded.has(`${c.table.schema}\u0000${c.table.name}\u0000${c.foreignKey.name}`));
  return [...kept, ...extra, ...recastExpressions(changes, to, retyped), ...recreatedColumnDependents(changes, to)];
}

/** A generated column whose expression changes is dropped and added again (PostgreSQL before
 * 17 cannot alter it), which silently drops the keys, indexes and checks on it: they are
 * dropped explicitly first and added again afterwards. */
function recreatedColumnDependents(changes: readonly Change[], to: Schema): Change[] {
  const recreated = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'AlterColumn' && c.changed.includes('generated') && c.to.generated !== undefined) recreated.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.to.name}`);
  }
  if (recreated.size === 0) return [];
  const touched = new Set<string>();
  for (const c of changes) {
    const name = 'index' in c ? c.index.name : 'unique' in c ? c.unique.name : 'check' in c ? c.check.name : 'foreignKey' in c ? c.foreignKey.name : c.kind === 'ReplaceIndex' ? c.to.name : undefined;
    if (name !== undefined && 'table' in c && typeof c.table === 'object' && 'schema' in c.table) touched.add(`${c.table.schema}\u0000${c.table.name}\u0000${name}`);
  }
  const out: Change[] = [];
  for (const t of to.tables) {
    const cols = t.columns.filter((c) => recreated.has(`${t.schema}\u0000${t.name}\u0000${c.name}`)).map((c) => c.name);
    if (cols.length === 0) continue;
    const table = { schema: t.schema, name: t.name };
    const uses = (names: readonly string[]) => names.some((n) => cols.includes(n));
    const free = (name: string) => !touched.has(`${t.schema}\u0000${t.name}\u0000${name}`);
    if (t.primaryKey && uses(t.primaryKey.columns) && free(t.primaryKey.name)) out.push({ kind: 'DropPrimaryKey', table, primaryKey: t.primaryKey }, { kind: 'AddPrimaryKey', table, primaryKey: t.primaryKey });
    for (const u of t.uniques) if (uses(u.columns) && free(u.name)) out.push({ kind: 'DropUnique', table, unique: u }, { kind: 'AddUnique', table, unique: u });
    for (const i of t.indexes) {
      const names = [...i.parts.flatMap((p) => (p.kind === 'column' ? [p.name] : [])), ...i.include];
      const inExpr = [...i.parts.flatMap((p) => (p.kind === 'expression' ? [p.expression] : [])), ...(i.where !== undefined ? [i.where] : [])].some((e) => cols.some((c) => mentions(e, c)));
      if ((uses(names) || inExpr) && free(i.name)) out.push({ kind: 'DropIndex', table, index: i }, { kind: 'AddIndex', table, index: i });
    }
    for (const ck of t.checks) if (cols.some((c) => mentions(ck.expression, c)) && free(ck.name)) out.push({ kind: 'DropCheck', table, check: ck }, { kind: 'AddCheck', table, check: ck });
    for (const f of t.foreignKeys) if (uses(f.columns) && free(f.name)) out.push({ kind: 'DropForeignKey', table, foreignKey: f }, { kind: 'AddForeignKey', table, foreignKey: f });
  }
  return out;
}

/** True when an SQL expression mentions the column (plainly or double-quoted). */
export function mentions(expression: string, column: string): boolean {
  const quoted = `"${column.replace(/"/g, '""')}"`;
  if (expression.includes(quoted)) return true;
  if (!/^[a-z_][a-z0-9_$]*$/.test(column)) return false;
  return new RegExp(`(^|[^a-zA-Z0-9_$".])${column.replace(/\$/g, '\\$')}($|[^a-zA-Z0-9_$"(])`).test(expression);
}

/** Checks and expression or partial indexes over a column whose type changes: PostgreSQL keeps
 * them, re-spelled with casts to the new type (`(data)::numeric > (0)::numeric`), which is not
 * what the target says. They are dropped before the change and added again after it. */
function recastExpressions(changes: readonly Change[], to: Schema, retyped: ReadonlySet<string>): Change[] {
  if (retyped.size === 0) return [];
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'AddCheck' || c.kind === 'DropCheck') touched.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.check.name}`);
    if (c.kind === 'AddIndex' || c.kind === 'DropIndex') touched.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.index.name}`);
    if (c.kind === 'ReplaceIndex') touched.add(`${c.table.schema}\u0000${c.table.name}\u0000${c.to.name}`);
  }
  const out: Change[] = [];
  for (const t of to.tables) {
    const cols = t.columns.filter((c) => retyped.has(`${t.schema}\u0000${t.name}\u0000${c.name}`)).map((c) => c.name);
    if (cols.length === 0) continue;
    const table = { schema: t.schema, name: t.name };
    const key = (name: string) => `${t.schema}\u0000${t.name}\u0000${name}`;
    for (const ck of t.checks) {
      if (touched.has(key(ck.name)) || !cols.some((c) => mentions(ck.expression, c))) continue;
      out.push({ kind: 'DropCheck', table, check: ck }, { kind: 'AddCheck', table, check: ck });
    }
    for (const ix of t.indexes) {
      const exprs = [...ix.parts.flatMap((p) => (p.kind === 'expression' ? [p.expression] : [])), ...(ix.where !== undefined ? [ix.where] : [])];
      if (touched.has(key(ix.name)) || !exprs.some((e) => cols.some((c) => mentions(e, c)))) continue;
      out.push({ kind: 'ReplaceIndex', table, from: ix, to: ix });
    }
  }
  return out;
}
