/** ALTER COLUMN TYPE rewrites the table and its indexes, unless the change is binary-compatible
 * (varchar / text / numeric targets: `varchar-length-change` speaks about those). */
import { typeChanges } from '../altered.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const columnTypeChange: Rule = {
  code: 'column-type-change',
  severity: 'error',
  summary: 'ALTER COLUMN TYPE that rewrites an existing table',
  acknowledgedBy: ['TABLE_REWRITE'],
  check(s, state) {
    const alter = typeChanges(state, s);
    if (!alter) return [];
    const table = relationName(alter.table);
    return alter.changes
      .filter((c) => !c.stringLike)
      .map((c) => ({
        message: `changing the type of ${table}.${c.column}${c.type ? ` to ${c.type.name}` : ''} rewrites the table and rebuilds its indexes`,
        lock: `ACCESS EXCLUSIVE on ${table} for the whole rewrite`,
        instead: 'add a column of the new type, backfill it in batches (a trigger keeps it current), switch readers over, then drop the old column',
      }));
  },
};
