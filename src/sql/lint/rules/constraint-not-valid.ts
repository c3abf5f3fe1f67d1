/** Adding a foreign key or check to an existing table validates every row under a lock. */
import { alterOfExistingTable } from '../state.js';
import { locationOf, relationName, relationOf, unwrap } from '../tree.js';
import type { Rule, RuleHit } from '../types.js';

export const constraintNotValid: Rule = {
  code: 'constraint-not-valid',
  severity: 'error',
  summary: 'ADD FOREIGN KEY or CHECK without NOT VALID on an existing table',
  check(s, state) {
    const alter = alterOfExistingTable(state, s);
    if (!alter) return [];
    const { table, commands } = alter;
    const hits: RuleHit[] = [];
    for (const cmd of commands) {
      const c = cmd['subtype'] === 'AT_AddConstraint' ? unwrap(cmd['def'], 'Constraint') : undefined;
      if (!c || c['skip_validation'] === true) continue;
      const at = locationOf(cmd['def']);
      if (c['contype'] === 'CONSTR_FOREIGN') {
        const ref = relationOf(c['pktable']);
        hits.push({
          message: `adding a foreign key to ${relationName(table)} checks every existing row while both tables are locked`,
          lock: `SHARE ROW EXCLUSIVE on ${relationName(table)}${ref ? ` and ${relationName(ref)}` : ''} (writes wait for the scan)`,
          instead: 'ADD CONSTRAINT … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a later transaction',
          ...(at !== undefined ? { at } : {}),
        });
      } else if (c['contype'] === 'CONSTR_CHECK') {
        hits.push({
          message: `adding a check to ${relationName(table)} scans every existing row under an exclusive lock`,
          lock: `ACCESS EXCLUSIVE on ${relationName(table)} (reads and writes wait for the scan)`,
          instead: 'ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a later transaction',
          ...(at !== undefined ? { at } : {}),
        });
      }
    }
    return hits;
  },
};
