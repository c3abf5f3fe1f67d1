/** CREATE INDEX without CONCURRENTLY on a table that already exists blocks its writes. */
import { isNewTable } from '../state.js';
import { relationName, relationOf } from '../tree.js';
import type { Rule } from '../types.js';

export const blockingIndexBuild: Rule = {
  code: 'blocking-index-build',
  severity: 'error',
  summary: 'CREATE INDEX without CONCURRENTLY on an existing table',
  acknowledgedBy: ['BLOCKING_INDEX_BUILD'],
  check(s, state) {
    if (s.type !== 'IndexStmt' || s.node['concurrent'] === true) return [];
    const table = relationOf(s.node['relation']);
    if (!table || isNewTable(state, table)) return [];
    return [
      {
        message: `CREATE INDEX on ${relationName(table)} blocks every write to the table until the index is built`,
        lock: `SHARE on ${relationName(table)} (writes wait for the whole build)`,
        instead: 'CREATE INDEX CONCURRENTLY, as a statement of its own outside a transaction block',
      },
    ];
  },
};
