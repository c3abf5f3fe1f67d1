/** A change to a varchar, text or numeric type: metadata-only when it widens a column of that
 * kind; a scan under an exclusive lock (failing on values that no longer fit) when it narrows;
 * a rewrite when the column was of another type. The old type is not in the migration, so this
 * is a warning to check, where `column-type-change` is sure. */
import { typeChanges } from '../altered.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const varcharLengthChange: Rule = {
  code: 'varchar-length-change',
  severity: 'warning',
  summary: 'ALTER COLUMN TYPE to varchar / text / numeric on an existing table: safe only when it widens a column of that kind',
  // gen's planner knows the old type: the hazards it declares for the change are the real ones.
  acknowledgedBy: ['TABLE_REWRITE', 'MAY_FAIL_ON_EXISTING_DATA', 'ACCESS_EXCLUSIVE_LOCK'],
  check(s, state) {
    const alter = typeChanges(state, s);
    if (!alter) return [];
    const table = relationName(alter.table);
    return alter.changes
      .filter((c) => c.stringLike)
      .map((c) => {
        const type = c.type!;
        return {
          message: `${table}.${c.column} becomes ${type.name}${type.mods.length ? `(${type.mods.join(',')})` : ''}: metadata-only if the column is already ${type.name === 'numeric' ? 'numeric' : 'varchar or text'} and this widens it; a narrower length or scale scans the table and fails on values that no longer fit, and a column of another type is rewritten`,
          lock: `ACCESS EXCLUSIVE on ${table}`,
          instead: 'to narrow, add a CHECK (length(col) <= n) NOT VALID and VALIDATE it in a later transaction (or keep text plus the check)',
        };
      });
  },
};
