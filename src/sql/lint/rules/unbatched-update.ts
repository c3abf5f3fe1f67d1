/** UPDATE or DELETE of a whole existing table in one statement: every row locked at once, one
 * long transaction, bloat and replication lag. */
import { isNewTable } from '../state.js';
import { relationName, relationOf } from '../tree.js';
import type { Rule } from '../types.js';

export const unbatchedUpdate: Rule = {
  code: 'unbatched-update',
  severity: 'warning',
  summary: 'UPDATE or DELETE without WHERE on an existing table',
  check(s, state) {
    if ((s.type !== 'UpdateStmt' && s.type !== 'DeleteStmt') || s.node['whereClause'] !== undefined) return [];
    const table = relationOf(s.node['relation']);
    if (!table || isNewTable(state, table)) return [];
    const verb = s.type === 'UpdateStmt' ? 'UPDATE' : 'DELETE';
    return [
      {
        message: `${verb} of every row of ${relationName(table)} in one statement: all rows stay locked until it commits, and the table bloats`,
        lock: `ROW EXCLUSIVE on ${relationName(table)}, and a row lock on every row`,
        instead: `backfill in batches: ${verb === 'UPDATE' ? 'UPDATE' : 'DELETE FROM'} ${relationName(table)} … WHERE id IN (SELECT id … LIMIT 1000), repeated in separate transactions (a data migration, not a schema migration)`,
      },
    ];
  },
};
