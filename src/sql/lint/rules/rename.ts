/** Renaming a table or column breaks every running client that uses the old name. */
import { isNewTable } from '../state.js';
import { relationName, relationOf } from '../tree.js';
import type { Rule } from '../types.js';

export const rename: Rule = {
  code: 'rename',
  severity: 'warning',
  summary: 'RENAME of a table or column (breaks running clients)',
  acknowledgedBy: ['BREAKS_CLIENTS'],
  check(s, state) {
    if (s.type !== 'RenameStmt') return [];
    const kind = s.node['renameType'];
    if (kind !== 'OBJECT_TABLE' && kind !== 'OBJECT_COLUMN') return [];
    const table = relationOf(s.node['relation']);
    if (!table || isNewTable(state, table)) return [];
    const what = kind === 'OBJECT_TABLE' ? `table ${relationName(table)}` : `column ${relationName(table)}.${String(s.node['subname'])}`;
    return [
      {
        message: `renaming ${what} to ${String(s.node['newname'])} breaks every deployed client that still uses the old name`,
        lock: `ACCESS EXCLUSIVE on ${relationName(table)} (brief)`,
        instead:
          kind === 'OBJECT_TABLE'
            ? 'expand-contract: create the new table (or a view with the new name), move clients over, then drop the old name'
            : 'expand-contract: add the new column, write both and backfill, move readers over, then drop the old column',
      },
    ];
  },
};
