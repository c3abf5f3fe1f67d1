/** What an inheriting table's columns get from its parents. A child table lists only its local
 * columns; a column it only inherits has the attributes its parent gives it (default, NOT NULL,
 * storage, compression; never the comment) unless the child changed them with
 * `ALTER TABLE ONLY`, in which case `Table.inheritedColumns` holds them. Pure. */
import { isSerial } from './normalize.js';
import { nextvalDefault, ownedSequenceName } from './sequence.js';
import type { Column, InheritedColumn, Table } from './types.js';

/** Finds a table of the same schema model by name. */
export type FindTable = (schema: string, name: string) => Table | undefined;

/** The attributes of a local column as a child inherits them: a serial column's default is its
 * sequence's nextval; an identity column's child has NOT NULL and no default (identity is not
 * inherited). A generated column is left out: its child takes the expression, not a default. */
export function ownAttributes(t: Table, c: Column): InheritedColumn | undefined {
  if (c.generated !== undefined) return undefined;
  const def = isSerial(c.type) ? nextvalDefault(t.schema, ownedSequenceName(t.name, c.name)) : c.default;
  return {
    name: c.name,
    nullable: c.nullable,
    ...(def !== undefined ? { default: def } : {}),
    ...(c.storage !== undefined ? { storage: c.storage } : {}),
    ...(c.compression !== undefined ? { compression: c.compression } : {}),
    ...(c.comment !== undefined ? { comment: c.comment } : {}),
  };
}

/** The attributes `column` of `t` has: its own, its recorded ones, or its parents'. */
export function effectiveColumn(find: FindTable, t: Table, column: string, depth = 0): InheritedColumn | undefined {
  const local = t.columns.find((c) => c.name === column);
  if (local !== undefined) return ownAttributes(t, local);
  const recorded = t.inheritedColumns?.find((c) => c.name === column);
  if (recorded !== undefined) return recorded;
  return inheritedBaseline(find, t, column, depth);
}

/** What `column` of the child `t` gets from its first parent that has it (no comment), or
 * undefined when no parent has it. */
export function inheritedBaseline(find: FindTable, t: Table, column: string, depth = 0): InheritedColumn | undefined {
  // Inheritance has no cycles in PostgreSQL; the bound guards a malformed model.
  if (depth > 100) return undefined;
  for (const p of t.inherits ?? []) {
    const parent = find(p.schema, p.name);
    const got = parent !== undefined ? effectiveColumn(find, parent, column, depth + 1) : undefined;
    if (got !== undefined) {
      const { comment: _c, ...rest } = got;
      return rest;
    }
  }
  return undefined;
}

/** The fields of two attribute sets that differ. */
export type InheritedField = 'default' | 'nullable' | 'storage' | 'compression' | 'comment';
export const INHERITED_FIELDS: readonly InheritedField[] = ['default', 'nullable', 'storage', 'compression', 'comment'];

export function changedInheritedFields(a: InheritedColumn, b: InheritedColumn): InheritedField[] {
  return INHERITED_FIELDS.filter((f) => a[f] !== b[f]);
}
