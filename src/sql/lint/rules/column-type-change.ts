/** ALTER COLUMN TYPE rewrites the table and its indexes, unless the change is binary-compatible. */
import { alterOfExistingTable } from '../state.js';
import { relationName, typeOf, unwrap } from '../tree.js';
import type { Rule } from '../types.js';

/** Target types that are binary-compatible with their usual sources (varchar widening, varchar
 * → text, numeric precision increase): `varchar-length-change` speaks about those. */
export const STRINGLIKE = new Set(['varchar', 'text', 'numeric', 'varbit', 'bpchar']);

/** The new type of an ALTER COLUMN TYPE command, and whether it has USING. */
export function typeChange(cmd: Readonly<Record<string, unknown>>) {
  const def = unwrap(cmd['def'], 'ColumnDef');
  return { column: String(cmd['name']), type: typeOf(def?.['typeName']), using: def?.['raw_default'] !== undefined };
}

export const columnTypeChange: Rule = {
  code: 'column-type-change',
  severity: 'error',
  summary: 'ALTER COLUMN TYPE that rewrites an existing table',
  acknowledgedBy: ['TABLE_REWRITE'],
  check(s, state) {
    const alter = alterOfExistingTable(state, s);
    if (!alter) return [];
    const { table, commands } = alter;
    return commands
      .filter((cmd) => cmd['subtype'] === 'AT_AlterColumnType')
      .map(typeChange)
      .filter((c) => c.using || !c.type || !STRINGLIKE.has(c.type.name) || c.type.array)
      .map((c) => ({
        message: `changing the type of ${relationName(table)}.${c.column}${c.type ? ` to ${c.type.name}` : ''} rewrites the table and rebuilds its indexes`,
        lock: `ACCESS EXCLUSIVE on ${relationName(table)} for the whole rewrite`,
        instead: 'add a column of the new type, backfill it in batches (a trigger keeps it current), switch readers over, then drop the old column',
      }));
  },
};
