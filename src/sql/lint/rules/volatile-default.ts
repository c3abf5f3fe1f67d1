/** ADD COLUMN whose default must be computed per row (a volatile function, a serial or identity
 * sequence, a stored generated expression) rewrites the whole table. */
import { addedColumns } from '../altered.js';
import { type Node, list, relationName, stringOf, unwrap, walk } from '../tree.js';
import type { Rule } from '../types.js';

// Volatile built-ins commonly used as defaults (now() and CURRENT_TIMESTAMP are stable: one
// value per statement, stored once in the catalog, no rewrite).
const VOLATILE = new Set(['random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'txid_current', 'random_normal']);
const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

function volatileCall(expr: unknown): string | undefined {
  let found: string | undefined;
  walk(expr, (n: Node) => {
    const f = unwrap(n, 'FuncCall');
    const name = f ? list(f, 'funcname').map(stringOf).at(-1) : undefined;
    if (name && VOLATILE.has(name.toLowerCase())) found ??= `${name}()`;
  });
  return found;
}

export const volatileDefault: Rule = {
  code: 'volatile-default',
  severity: 'error',
  summary: 'ADD COLUMN with a per-row default (volatile function, serial, identity, stored generated) on an existing table',
  acknowledgedBy: ['TABLE_REWRITE'],
  check(s, state) {
    const added = addedColumns(state, s);
    if (!added) return [];
    const table = relationName(added.table);
    return added.columns.flatMap((col) => {
      let why: string | undefined;
      for (const c of col.constraints) {
        const call = c['contype'] === 'CONSTR_DEFAULT' ? volatileCall(c['raw_expr']) : undefined;
        if (call) why ??= `its default ${call} is computed for every row`;
        if (c['contype'] === 'CONSTR_IDENTITY') why ??= 'an identity column numbers every existing row';
        // A virtual generated column (PostgreSQL 18) is computed on read: no rewrite.
        if (c['contype'] === 'CONSTR_GENERATED' && c['generated_kind'] === 's') why ??= 'a stored generated column is computed for every row';
      }
      if (col.type && SERIAL.has(col.type.name)) why ??= `${col.type.name} numbers every existing row from its sequence`;
      if (!why) return [];
      return [
        {
          message: `adding ${col.name} to ${table} rewrites the table: ${why}`,
          lock: `ACCESS EXCLUSIVE on ${table} for the whole rewrite`,
          instead: 'add the column without that default (or with a constant one), backfill existing rows in batches, then set the default for new rows',
        },
      ];
    });
  },
};
