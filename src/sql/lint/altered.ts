/** What an ALTER TABLE on an existing table adds or retypes, read once for the rules that care:
 * the added columns (with their constraints and type) and the type changes (with their target
 * and USING). */
import { type LintState, alterOfExistingTable } from './state.js';
import { type Node, type Relation, columnConstraints, typeOf, unwrap } from './tree.js';
import type { LintStatement } from './types.js';

/** An ADD COLUMN: its name, its constraints and its type. */
export interface AddedColumn {
  readonly name: string;
  readonly constraints: Node[];
  readonly type: ReturnType<typeof typeOf>;
}

/** An ALTER COLUMN TYPE. `stringLike` marks a target that is binary-compatible with its usual
 * sources (varchar widening, varchar → text, numeric precision increase): metadata-only or a
 * rewrite depending on the old type, which the migration does not show. */
export interface TypeChange {
  readonly column: string;
  readonly type: ReturnType<typeof typeOf>;
  readonly using: boolean;
  readonly stringLike: boolean;
}

const STRINGLIKE = new Set(['varchar', 'text', 'numeric', 'varbit', 'bpchar']);

/** The columns an ALTER TABLE adds to an existing table (undefined for anything else). */
export function addedColumns(state: LintState, s: LintStatement): { table: Relation; columns: AddedColumn[] } | undefined {
  const alter = alterOfExistingTable(state, s);
  if (!alter) return undefined;
  const columns = alter.commands
    .filter((cmd) => cmd['subtype'] === 'AT_AddColumn')
    .map((cmd) => {
      const def = unwrap(cmd['def'], 'ColumnDef');
      return { name: String(def?.['colname']), constraints: columnConstraints(def), type: typeOf(def?.['typeName']) };
    });
  return { table: alter.table, columns };
}

/** The type changes of an ALTER TABLE on an existing table (undefined for anything else). */
export function typeChanges(state: LintState, s: LintStatement): { table: Relation; changes: TypeChange[] } | undefined {
  const alter = alterOfExistingTable(state, s);
  if (!alter) return undefined;
  const changes = alter.commands
    .filter((cmd) => cmd['subtype'] === 'AT_AlterColumnType')
    .map((cmd) => {
      const def = unwrap(cmd['def'], 'ColumnDef');
      const type = typeOf(def?.['typeName']);
      const using = def?.['raw_default'] !== undefined;
      return { column: String(cmd['name']), type, using, stringLike: !using && type !== undefined && STRINGLIKE.has(type.name) && !type.array };
    });
  return { table: alter.table, changes };
}
