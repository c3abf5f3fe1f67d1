/** ADD PRIMARY KEY / UNIQUE builds its index while holding an exclusive lock. */
import { alterOfExistingTable } from '../state.js';
import { relationName, unwrap } from '../tree.js';
import type { Rule } from '../types.js';

export const constraintWithoutIndex: Rule = {
  code: 'constraint-without-index',
  severity: 'error',
  summary: 'ADD PRIMARY KEY or UNIQUE without USING INDEX on an existing table',
  acknowledgedBy: ['ACCESS_EXCLUSIVE_LOCK', 'BLOCKING_INDEX_BUILD'],
  check(s, state) {
    const alter = alterOfExistingTable(state, s);
    if (!alter) return [];
    const { table, commands } = alter;
    return commands
      .map((cmd) => (cmd['subtype'] === 'AT_AddConstraint' ? unwrap(cmd['def'], 'Constraint') : undefined))
      .filter((c) => c !== undefined && (c['contype'] === 'CONSTR_PRIMARY' || c['contype'] === 'CONSTR_UNIQUE') && c['indexname'] === undefined)
      .map((c) => {
        const what = c!['contype'] === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
        return {
          message: `ADD ${what} on ${relationName(table)} builds its index while reads and writes wait`,
          lock: `ACCESS EXCLUSIVE on ${relationName(table)} for the whole index build`,
          instead: `CREATE UNIQUE INDEX CONCURRENTLY …, then ALTER TABLE … ADD CONSTRAINT … ${what} USING INDEX …`,
        };
      });
  },
};
