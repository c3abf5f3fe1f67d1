/** The column definitions a statement introduces (CREATE TABLE columns, ADD COLUMN, ALTER COLUMN
 * TYPE) with their types, for the type-hygiene rules. */
import { type Node, alterCommands, columnConstraints, list, stringOf, typeOf, unwrap } from './tree.js';
import type { LintStatement } from './types.js';

export interface ColumnType {
  readonly column: string;
  readonly type: NonNullable<ReturnType<typeof typeOf>>;
  /** Declared as (part of) the primary key. */
  readonly primaryKey: boolean;
  readonly at?: number;
}

export function columnTypes(s: LintStatement): ColumnType[] {
  const out: ColumnType[] = [];
  const add = (def: Node | undefined, name: unknown, pkCols: ReadonlySet<string>) => {
    const type = typeOf(def?.['typeName']);
    const column = typeof name === 'string' ? name : undefined;
    if (!type || !column) return;
    const loc = (def?.['typeName'] as Node | undefined)?.['location'];
    const primaryKey = pkCols.has(column) || columnConstraints(def).some((c) => c['contype'] === 'CONSTR_PRIMARY');
    out.push({ column, type, primaryKey, ...(typeof loc === 'number' ? { at: loc } : {}) });
  };
  if (s.type === 'CreateStmt') {
    const elts = list(s.node, 'tableElts');
    const pk = new Set<string>();
    for (const e of elts) {
      const c = unwrap(e, 'Constraint');
      if (c?.['contype'] === 'CONSTR_PRIMARY') for (const k of list(c, 'keys')) pk.add(stringOf(k) ?? '');
    }
    for (const e of elts) {
      const def = unwrap(e, 'ColumnDef');
      if (def) add(def, def['colname'], pk);
    }
  }
  if (s.type === 'AlterTableStmt') {
    for (const cmd of alterCommands(s.node)) {
      const def = unwrap(cmd['def'], 'ColumnDef');
      if (cmd['subtype'] === 'AT_AddColumn') add(def, def?.['colname'], new Set());
      if (cmd['subtype'] === 'AT_AlterColumnType') add(def, cmd['name'], new Set());
    }
  }
  return out;
}
