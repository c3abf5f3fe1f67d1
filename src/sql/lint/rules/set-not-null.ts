/** SET NOT NULL scans the whole table under an exclusive lock, unless a validated
 * `CHECK (column IS NOT NULL)` already proves it (PostgreSQL 12+). */
import { alterOfExistingTable, hasValidatedNotNullCheck } from '../state.js';
import { relationName } from '../tree.js';
import type { Rule } from '../types.js';

export const setNotNull: Rule = {
  code: 'set-not-null',
  severity: 'error',
  summary: 'SET NOT NULL on an existing table without a validated CHECK (column IS NOT NULL)',
  acknowledgedBy: ['ACCESS_EXCLUSIVE_LOCK'],
  check(s, state) {
    const alter = alterOfExistingTable(state, s);
    if (!alter) return [];
    const { table, commands } = alter;
    return commands
      .filter((cmd) => cmd['subtype'] === 'AT_SetNotNull' && typeof cmd['name'] === 'string' && !hasValidatedNotNullCheck(state, table, cmd['name']))
      .map((cmd) => ({
        message: `SET NOT NULL on ${relationName(table)}.${String(cmd['name'])} scans every row to prove there is no NULL, under an exclusive lock`,
        lock: `ACCESS EXCLUSIVE on ${relationName(table)} (reads and writes wait for the scan)`,
        instead: `ADD CONSTRAINT … CHECK (${String(cmd['name'])} IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later transaction; then SET NOT NULL (no scan) and drop the check`,
      }));
  },
};
