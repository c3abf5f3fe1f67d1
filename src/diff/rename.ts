/** Applies declared renames to the `from` schema, so that the rest of the diff compares by name.
 * PostgreSQL carries a rename through to everything that refers to the object by number:
 * constraint column lists, foreign keys in other tables, index keys. Expressions are stored as
 * trees too, but we only hold their text, so checks and index expressions that mention a renamed
 * column are compared as written (at worst they are dropped and re-created). */
import type { Column, ForeignKey, Index, Schema, Table } from '../model/types.js';
import { quoteLiteral } from '../model/identifiers.js';
import { makeObjectName } from '../model/naming.js';
import type { Rename } from './changes.js';

const k = (schema: string, name: string) => `${schema}\u0000${name}`;

/** Renames that apply, split by kind and keyed for lookup. */
export interface RenameIndex {
  /** from table key → new table name */
  readonly tables: ReadonlyMap<string, string>;
  /** target table key → (old column → new column) */
  readonly columns: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** enum key → (old value → new value) */
  readonly enumValues: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Indexes renames against the two schemas; a rename naming something that does not exist on
 * its side is an error worth stopping for (a typo would otherwise silently drop data). */
export function indexRenames(from: Schema, to: Schema, renames: readonly Rename[]): RenameIndex {
  const fromTables = new Set(from.tables.map((t) => k(t.schema, t.name)));
  const toTables = new Map(to.tables.map((t) => [k(t.schema, t.name), t]));
  const tables = new Map<string, string>();
  const columns = new Map<string, Map<string, string>>();
  const enumValues = new Map<string, Map<string, string>>();
  for (const r of renames) {
    switch (r.kind) {
      case 'table':
        if (!fromTables.has(k(r.schema, r.from))) continue;
        if (!toTables.has(k(r.schema, r.to))) throw new Error(`diff: rename ${r.schema}.${r.from} → ${r.to}: no table ${r.schema}.${r.to} in the target`);
        tables.set(k(r.schema, r.from), r.to);
        break;
      case 'column': {
        const map = columns.get(k(r.schema, r.table)) ?? new Map<string, string>();
        map.set(r.from, r.to);
        columns.set(k(r.schema, r.table), map);
        break;
      }
      case 'enumValue': {
        const map = enumValues.get(k(r.schema, r.enum)) ?? new Map<string, string>();
        map.set(r.from, r.to);
        enumValues.set(k(r.schema, r.enum), map);
        break;
      }
    }
  }
  return { tables, columns, enumValues };
}

/** The target name of a `from` table. */
export function renamedTable(ix: RenameIndex, schema: string, name: string): string {
  return ix.tables.get(k(schema, name)) ?? name;
}

/** Column renames of a table, looked up by its target name (or its old name). */
export function columnRenames(ix: RenameIndex, schema: string, fromName: string, toName: string): ReadonlyMap<string, string> {
  return ix.columns.get(k(schema, toName)) ?? ix.columns.get(k(schema, fromName)) ?? new Map();
}

/** `from` as it reads after the declared renames (tables, columns, and references to them). */
export function applyRenames(from: Schema, to: Schema, ix: RenameIndex): Schema {
  if (ix.tables.size === 0 && ix.columns.size === 0 && ix.enumValues.size === 0) return from;
  const toTable = new Map(to.tables.map((t) => [k(t.schema, t.name), t]));
  // Only column renames whose old name exists and whose new name is in the target apply.
  const colMaps = new Map<string, ReadonlyMap<string, string>>();
  for (const t of from.tables) {
    const newName = renamedTable(ix, t.schema, t.name);
    const wanted = columnRenames(ix, t.schema, t.name, newName);
    const target = toTable.get(k(t.schema, newName));
    const map = new Map<string, string>();
    for (const [o, n] of wanted) {
      if (t.columns.some((c) => c.name === o) && target?.columns.some((c) => c.name === n)) map.set(o, n);
    }
    colMaps.set(k(t.schema, t.name), map);
  }
  const col = (schema: string, table: string, name: string) => colMaps.get(k(schema, table))?.get(name) ?? name;
  const enumRename = (e: { schema: string; name: string }) => ix.enumValues.get(k(e.schema, e.name));
  const tables: Table[] = from.tables.map((t) => {
    const c = (n: string) => col(t.schema, t.name, n);
    const fk = (f: ForeignKey): ForeignKey => ({
      ...f,
      columns: f.columns.map(c),
      refTable: renamedTable(ix, f.refSchema, f.refTable),
      refColumns: f.refColumns.map((n) => col(f.refSchema, f.refTable, n)),
      ...(f.onDeleteColumns !== undefined ? { onDeleteColumns: f.onDeleteColumns.map(c) } : {}),
    });
    const index = (i: Index): Index => ({
      ...i,
      parts: i.parts.map((p) => (p.kind === 'column' ? { ...p, name: c(p.name) } : p)),
      include: i.include.map(c),
    });
    const column = (x: Column): Column => {
      let def = x.default;
      for (const e of from.enums) {
        const map = enumRename(e);
        if (!map || def === undefined) continue;
        for (const [o, n] of map) if (def.startsWith(`${quoteLiteral(o)}::`)) def = quoteLiteral(n) + def.slice(quoteLiteral(o).length);
      }
      // PostgreSQL 18 keeps a NOT NULL constraint's name through renames: the old default
      // name is now a name of its own, which the plan renames (where the server has one).
      const newTable = renamedTable(ix, t.schema, t.name);
      const keptName = !x.nullable && x.notNullName === undefined && makeObjectName(t.name, x.name, 'not_null') !== makeObjectName(newTable, c(x.name), 'not_null') ? { notNullName: makeObjectName(t.name, x.name, 'not_null') } : {};
      return { ...x, name: c(x.name), ...(def !== undefined ? { default: def } : {}), ...keptName };
    };
    return {
      ...t,
      name: renamedTable(ix, t.schema, t.name),
      columns: t.columns.map(column),
      ...(t.primaryKey ? { primaryKey: { ...t.primaryKey, columns: t.primaryKey.columns.map(c), ...(t.primaryKey.include !== undefined ? { include: t.primaryKey.include.map(c) } : {}) } } : {}),
      uniques: t.uniques.map((u) => ({ ...u, columns: u.columns.map(c), ...(u.include !== undefined ? { include: u.include.map(c) } : {}) })),
      indexes: t.indexes.map(index),
      foreignKeys: t.foreignKeys.map(fk),
      ...(t.inherits ? { inherits: t.inherits.map((p) => ({ schema: p.schema, name: renamedTable(ix, p.schema, p.name) })) } : {}),
    };
  });
  const enums = from.enums.map((e) => {
    const map = enumRename(e);
    return map ? { ...e, values: e.values.map((v) => map.get(v) ?? v) } : e;
  });
  return { ...from, tables, enums };
}
