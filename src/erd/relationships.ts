/** The relationships a diagram draws: one per foreign key, with the cardinality of each end read
 * from the referencing table (nullable columns, unique keys). */
import type { ForeignKey, Schema, Table, TableName } from '../model/types.js';
import { tableKey } from './names.js';

/** How many referenced rows a referencing row has: exactly one when every foreign key column is
 * NOT NULL; else zero or one (a row with a NULL in the key references nothing). */
export type ParentEnd = 'one' | 'zero-or-one';

/** How many referencing rows a referenced row has: zero or one when the foreign key columns hold
 * a unique key (a one-to-one relationship), else any number. */
export type ChildEnd = 'zero-or-one' | 'zero-or-many';

/** A foreign key as a line between two tables. */
export interface Relationship {
  /** The referenced table. */
  readonly parent: TableName;
  /** The table that holds the foreign key. */
  readonly child: TableName;
  readonly name: string;
  readonly columns: readonly string[];
  readonly refColumns: readonly string[];
  readonly parentEnd: ParentEnd;
  readonly childEnd: ChildEnd;
}

/** A column of `t` is NOT NULL: declared so, or in the primary key. A column the table only
 * inherits is looked up among its own settings for inherited columns; unknown counts as nullable. */
function notNull(t: Table, column: string): boolean {
  if (t.primaryKey?.columns.includes(column)) return true;
  const c = t.columns.find((x) => x.name === column) ?? t.inheritedColumns?.find((x) => x.name === column);
  return c !== undefined && !c.nullable;
}

/** The column sets of `t` that are unique on their own: the primary key, unique constraints, and
 * unique indexes on plain columns without a WHERE (a partial index is unique only where it holds). */
export function uniqueColumnSets(t: Table): string[][] {
  const sets: string[][] = [];
  if (t.primaryKey) sets.push([...t.primaryKey.columns]);
  for (const u of t.uniques) sets.push([...u.columns]);
  for (const i of t.indexes) {
    if (!i.unique || i.where !== undefined) continue;
    const names = i.parts.flatMap((p) => (p.kind === 'column' ? [p.name] : []));
    if (names.length === i.parts.length) sets.push(names);
  }
  return sets.filter((s) => s.length > 0);
}

function relationshipOf(t: Table, fk: ForeignKey): Relationship {
  // Columns that contain a unique key are unique together.
  const unique = uniqueColumnSets(t).some((set) => set.every((c) => fk.columns.includes(c)));
  return {
    parent: { schema: fk.refSchema, name: fk.refTable },
    child: { schema: t.schema, name: t.name },
    name: fk.name,
    columns: fk.columns,
    refColumns: fk.refColumns,
    parentEnd: fk.columns.every((c) => notNull(t, c)) ? 'one' : 'zero-or-one',
    childEnd: unique ? 'zero-or-one' : 'zero-or-many',
  };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The foreign keys between tables in `kept` (keys from `tableKey`), sorted by the referencing
 * table, then the foreign key's name. */
export function relationships(schema: Schema, kept: ReadonlySet<string>): Relationship[] {
  const out: Relationship[] = [];
  for (const t of schema.tables) {
    if (!kept.has(tableKey(t))) continue;
    for (const fk of t.foreignKeys) if (kept.has(tableKey({ schema: fk.refSchema, name: fk.refTable }))) out.push(relationshipOf(t, fk));
  }
  return out.sort((a, b) => order(a.child.schema, b.child.schema) || order(a.child.name, b.child.name) || order(a.name, b.name));
}
